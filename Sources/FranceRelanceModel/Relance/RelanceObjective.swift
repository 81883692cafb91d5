/// The six objectives of the « Cycle de vie de la donnée » line (seed 003, « Cycle de vie
/// de la donnée : les objectifs »).
public enum RelanceObjective: String, Sendable, Hashable, Codable, CaseIterable {
  /// Un meilleur pilotage de politique publique.
  case betterPolicySteering
  /// Une amélioration de l'efficacité de l'action publique.
  case moreEffectivePublicAction
  /// Développer une culture de la donnée au sein des administrations.
  case dataCulture
  /// Accroître la qualité des données mises à disposition.
  case betterDataQuality
  /// Modernisation des systèmes d'informations (extraction de données « by design »).
  case dataByDesign
  /// Une meilleure efficacité de l'action publique grâce aux data sciences ou à l'IA.
  case dataScienceAndAI

  /// The French text, as in seed 003.
  public var frenchName: String {
    switch self {
    case .betterPolicySteering: "Un meilleur pilotage de politique publique"
    case .moreEffectivePublicAction: "Une amélioration de l'efficacité de l'action publique"
    case .dataCulture: "Développer une culture de la donnée au sein des administrations"
    case .betterDataQuality: "Accroître la qualité des données mises à disposition (open data ou entre administration)"
    case .dataByDesign:
      "Modernisation des systèmes d'informations afin d'intégrer l'extraction de données « by design »"
    case .dataScienceAndAI:
      "Une meilleure efficacité de l'action publique grâce aux data sciences ou à l'intelligence artificielle"
    }
  }

  /// The sentence of seed 003 that states the objective.
  public var citation: Citation {
    Citation(.relanceInformationMeeting, at: "Cycle de vie de la donnée : les objectifs", quoting: frenchName)
  }
}
