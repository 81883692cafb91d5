/// The six categories under which seed 001 lists the 18 laureates of the first call.
public enum LaureateCategory: String, Sendable, Hashable, Codable, CaseIterable {
  /// Plateforme d'échange, de collecte ou de visualisation intelligente des données.
  case dataPlatform
  /// Projets de pilotage par la donnée.
  case dataSteering
  /// Développement d'API.
  case apiDevelopment
  /// Exploitation des données / Data Sciences.
  case dataScience
  /// Montée en qualité et automatisation de la collecte des données.
  case dataQualityAndCollection
  /// Catalogue de données.
  case dataCatalogue

  /// The heading of seed 001, verbatim.
  public var frenchName: String {
    switch self {
    case .dataPlatform: "Plateforme d’échange, de collecte ou de visualisation intelligente des données"
    case .dataSteering: "Projets de pilotage par la donnée"
    case .apiDevelopment: "Développement d’API"
    case .dataScience: "Exploitation des données / Data Sciences"
    case .dataQualityAndCollection: "Montée en qualité et automatisation de la collecte des données"
    case .dataCatalogue: "Catalogue de données"
    }
  }

  /// The heading as a citation of seed 001.
  public var citation: Citation {
    Citation(.relanceResults, at: "Les projets sélectionnés", quoting: frenchName)
  }
}
