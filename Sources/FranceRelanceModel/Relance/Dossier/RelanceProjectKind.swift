/// The six kinds of project eligible to the « Cycle de vie de la donnée » calls (seed
/// 003, « Cycle de vie de la donnée : projets éligibles »).
///
/// The raw values are the interchange identifiers of a dossier's `projectKinds`.
public enum RelanceProjectKind: String, Sendable, Hashable, Codable, CaseIterable, EnumSetElement {
  /// Pilotage par la donnée (tableau de bord, aide à la décision).
  case dataSteering
  /// Amélioration de la qualité des données.
  case dataQuality
  /// Intelligence artificielle.
  case artificialIntelligence
  /// Automatisation des échanges de données.
  case dataExchangeAutomation
  /// Ouverture des données.
  case dataOpening
  /// Archivage des données.
  case dataArchiving

  /// The case's position in `allCases`, for ``EnumSet``.
  @inlinable
  public var position: Int {
    switch self {
    case .dataSteering: 0
    case .dataQuality: 1
    case .artificialIntelligence: 2
    case .dataExchangeAutomation: 3
    case .dataOpening: 4
    case .dataArchiving: 5
    }
  }

  /// The French name, as seed 003 lists the kind.
  public var frenchName: String {
    switch self {
    case .dataSteering: "Pilotage par la donnée (tableau de bord, aide à la décision)"
    case .dataQuality: "Amélioration de la qualité des données"
    case .artificialIntelligence: "Intelligence artificielle"
    case .dataExchangeAutomation: "Automatisation des échanges de données"
    case .dataOpening: "Ouverture des données"
    case .dataArchiving: "Archivage des données"
    }
  }

  /// The sentence of seed 003 that lists the kind.
  public var citation: Citation {
    Citation(.relanceInformationMeeting, at: "Cycle de vie de la donnée : projets éligibles", quoting: frenchName)
  }
}
