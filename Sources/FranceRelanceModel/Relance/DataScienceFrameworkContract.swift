/// The 2015 data-science framework contract (marché-cadre) that ministries can use for
/// data-science projects (seed 000): the support instrument around the programmes.
public enum DataScienceFrameworkContract {
  /// The year the contract was established.
  public static let year = 2015

  /// The sentence that establishes it.
  public static let citation = Citation(
    .dataScienceFrameworkContract, at: "Appui aux administrations",
    quoting:
      "un marché-cadre a été établi en 2015 pour renforcer l'appui fourni aux administrations en matières de datasciences."
  )

  /// The number of providers retained.
  public static let providerCount = 10

  /// The sentence that gives the provider count.
  public static let providerCitation = Citation(
    .dataScienceFrameworkContract, at: "Appui aux administrations", quoting: "10 prestataires retenus")

  /// The five support areas, verbatim from seed 000.
  public static let supportAreas: [String] = [
    "recherche et exploration de données",
    "analyse de données",
    "modèles prédictifs",
    "détection de signaux faibles",
    "classifications et restitution des résultats adaptés selon le besoin (tableaux de bord, outils d'aide à la décision, datavisualisation …)",
  ]
}
