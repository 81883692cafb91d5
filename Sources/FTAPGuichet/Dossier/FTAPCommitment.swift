public import FranceRelanceModel

/// What an FTAP dossier commits to (seed 004): the quality principles and the referencing
/// obligations.
///
/// The raw values are the interchange keys of a dossier's `commitments` object.
public enum FTAPCommitment: String, Sendable, Hashable, Codable, CaseIterable, EnumSetElement {
  /// Source code produced is published as open source.
  case openSource
  /// Accessibility to people with disabilities.
  case accessibility
  /// Eco-responsibility (éco-responsabilité).
  case ecoResponsibility
  /// APIs are referenced on api.gouv.fr.
  case apiGouvReferencing
  /// Open data is referenced on data.gouv.fr.
  case dataGouvReferencing

  /// The case's position in `allCases`, for `EnumSet`.
  @inlinable
  public var position: Int {
    switch self {
    case .openSource: 0
    case .accessibility: 1
    case .ecoResponsibility: 2
    case .apiGouvReferencing: 3
    case .dataGouvReferencing: 4
    }
  }

  /// The French text of seed 004.
  public var frenchName: String {
    switch self {
    case .openSource: "Les codes sources produits dans le cadre des projets devront être publiés en open source ;"
    case .accessibility: "Accessibilité aux personnes en situation de handicap ;"
    case .ecoResponsibility: "Éco-responsabilité."
    case .apiGouvReferencing:
      "Si le projet s'incarne via des API, leur référencement dans api.gouv.fr est une obligation"
    case .dataGouvReferencing:
      "si le projet implique de la mise en open data, le référencement des données dans data.gouv.fr est obligatoire."
    }
  }

  /// What the commitment commits the project to, in French, as a message names it
  /// (« Engagement pris : référencer ses API sur api.gouv.fr. »); ``frenchName`` is the
  /// sentence of seed 004 that sets it, which the citation quotes.
  public var pledge: String {
    switch self {
    case .openSource: "publier en open source les codes sources produits"
    case .accessibility: "rendre le projet accessible aux personnes en situation de handicap"
    case .ecoResponsibility: "respecter le principe d'éco-responsabilité"
    case .apiGouvReferencing: "référencer ses API sur api.gouv.fr"
    case .dataGouvReferencing: "référencer ses données ouvertes sur data.gouv.fr"
    }
  }

  /// The sentence of seed 004 that sets the commitment.
  public var citation: Citation {
    switch self {
    case .openSource, .accessibility, .ecoResponsibility:
      Citation(
        .ftapDataGuichet, at: "Les projets devront respecter plusieurs principes de qualité", quoting: frenchName)
    case .apiGouvReferencing, .dataGouvReferencing:
      Citation(
        .ftapDataGuichet, at: "Pour les projets de création ou amélioration de la mise à disposition de données",
        quoting: frenchName)
    }
  }
}
