public import FranceRelanceModel

/// The mandatory indicators of the guichet (seed 004, « Indicateurs obligatoires liés au
/// projet »).
///
/// Proactive-administration projects report ``proactiveBeneficiaries`` and
/// ``proactiveConversionRate``; data-provision projects report ``provisionReuses`` when
/// data is provided as files (or open data), ``provisionTransmissions`` when it goes
/// through an API, and ``provisionAccessDelay`` always. Public-policy projects have none.
/// The raw values are the interchange identifiers of a dossier's `plannedIndicators`.
public enum FTAPIndicator: String, Sendable, Hashable, Codable, CaseIterable, EnumSetElement {
  /// Users who benefited from proactivity, split between information and automatic
  /// attribution.
  case proactiveBeneficiaries = "proactive.beneficiaries"
  /// Conversion rate after proactive information: procedures completed / users contacted,
  /// automatic attributions excluded.
  case proactiveConversionRate = "proactive.conversionRate"
  /// Projects reusing the data provided (for provision by files).
  case provisionReuses = "provision.reuses"
  /// Effective transmissions of the data (for an API).
  case provisionTransmissions = "provision.transmissions"
  /// Time between an access request and a third party's effective access to the data.
  case provisionAccessDelay = "provision.accessDelay"

  /// The case's position in `allCases`, for `EnumSet`.
  @inlinable
  public var position: Int {
    switch self {
    case .proactiveBeneficiaries: 0
    case .proactiveConversionRate: 1
    case .provisionReuses: 2
    case .provisionTransmissions: 3
    case .provisionAccessDelay: 4
    }
  }

  // MARK: Description

  /// The French title.
  public var frenchName: String {
    switch self {
    case .proactiveBeneficiaries: "Nombre d'usagers ayant bénéficié des effets d'une proactivité"
    case .proactiveConversionRate: "Taux de conversion suite à une information proactive"
    case .provisionReuses: "Nombre de projets réutilisant la donnée mise à disposition"
    case .provisionTransmissions: "Nombre de transmissions effectives de la donnée"
    case .provisionAccessDelay: "Délai d'accès effectif à la donnée"
    }
  }

  /// The French definition, as the text gives it.
  public var definition: String {
    switch self {
    case .proactiveBeneficiaries:
      "Usagers ayant bénéficié de la proactivité, en distinguant l'information et l'attribution automatique d'un droit ou d'une action de l'administration."
    case .proactiveConversionRate:
      "Nombre de démarches réalisées divisé par le nombre d'usagers contactés, hors attribution automatique de droit."
    case .provisionReuses: "Nombre de projets réutilisant la donnée, si elle est mise à disposition par fichiers."
    case .provisionTransmissions: "Nombre de transmissions effectives de la donnée, si elle passe par une API."
    case .provisionAccessDelay: "Temps écoulé entre la demande d'accès et l'accès effectif d'un tiers à la donnée."
    }
  }

  /// What the library reads beyond the text to compute the indicator, in French; `nil`
  /// when it computes what the text says.
  public var interpretation: String? {
    switch self {
    case .proactiveBeneficiaries, .provisionTransmissions: nil
    case .proactiveConversionRate: "Indéfini quand personne n'a été contacté (la division n'a pas de sens)."
    case .provisionReuses:
      "Sous la lecture ftap.indicators.reuses = filesOrOpenData, aussi pour des données ouvertes ; par défaut (files), seulement pour des fichiers."
    case .provisionAccessDelay:
      "Le texte ne dit pas comment résumer les délais d'une période : la bibliothèque compte chaque délai en jours et en donne la médiane et la moyenne, exactes ; le projet dit dans sa candidature laquelle il retient."
    }
  }

  /// The sentence of seed 004 that requires the indicator.
  public var citation: Citation {
    let heading = "Indicateurs obligatoires liés au projet"
    return switch self {
    case .proactiveBeneficiaries:
      Citation(
        .ftapDataGuichet, at: heading,
        quoting:
          "Nombre d'usagers ayant bénéficié des effets d'une proactivité (en distinguant information, et attribution automatique d'un droit / d'une action de l'administration)"
      )
    case .proactiveConversionRate:
      Citation(
        .ftapDataGuichet, at: heading,
        quoting:
          "Taux de conversion suite à une information proactive (nombre de démarches réalisées / nombre d'usagers contactés hors attribution automatique de droit)"
      )
    case .provisionReuses:
      Citation(
        .ftapDataGuichet, at: heading,
        quoting:
          "Nombre de projets réutilisant la donnée mise à dispositions (si c'est une mise à disposition par fichiers)")
    case .provisionTransmissions:
      Citation(
        .ftapDataGuichet, at: heading, quoting: "Nombre de transmission effective de la donnée (si c'est une API)")
    case .provisionAccessDelay:
      Citation(
        .ftapDataGuichet, at: heading,
        quoting: "Temps écoulé entre la demande d'accès et l'accès effectif à la donnée par un tiers")
    }
  }

  /// The project type that makes the indicator mandatory.
  public var projectType: FTAPProjectType {
    switch self {
    case .proactiveBeneficiaries, .proactiveConversionRate: .proactiveAdministration
    case .provisionReuses, .provisionTransmissions, .provisionAccessDelay: .dataProvision
    }
  }
}
