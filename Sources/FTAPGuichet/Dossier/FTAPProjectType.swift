public import FranceRelanceModel

/// The three types of project the guichet accepts (seed 004); a project may combine them.
///
/// The raw values are the interchange identifiers of a dossier's `projectTypes`.
public enum FTAPProjectType: String, Sendable, Hashable, Codable, CaseIterable, EnumSetElement {
  /// Proactive administration (administration proactive): target users likely to be
  /// eligible to a right, an aid or a service, contact them, ideally grant it automatically.
  case proactiveAdministration
  /// Creating or improving the provision of data to third parties outside the producing
  /// ministry (mise à disposition de données à des tiers): open data, APIs, data spaces.
  case dataProvision
  /// Improving a public policy (user value, fight against fraud) with AI, data science or
  /// a decision dashboard (amélioration d'une politique publique).
  case policyImprovement

  /// The case's position in `allCases`, for `EnumSet`.
  @inlinable
  public var position: Int {
    switch self {
    case .proactiveAdministration: 0
    case .dataProvision: 1
    case .policyImprovement: 2
    }
  }

  /// The French name, as in seed 004.
  public var frenchName: String {
    switch self {
    case .proactiveAdministration: "Les projets d'administration proactive"
    case .dataProvision:
      "Les projets de création ou d'amélioration de la mise à disposition de données à des tiers (administrations, grand public...) externes au ministère producteur"
    case .policyImprovement:
      "Les projets d'amélioration d'une politique publique (augmentation de la valeur usager d'un service public, lutte contre la fraude) avec de l'intelligence artificielle (IA), des data sciences ou un tableau de bord d'aide à la décision"
    }
  }

  /// A short French name: `administration proactive`, `mise à disposition de données`…
  public var shortName: String {
    switch self {
    case .proactiveAdministration: "administration proactive"
    case .dataProvision: "mise à disposition de données à des tiers"
    case .policyImprovement: "amélioration d'une politique publique"
    }
  }

  /// The sentence of seed 004 that lists the type.
  public var citation: Citation {
    Citation(.ftapDataGuichet, at: "Objet du projet", quoting: frenchName)
  }
}
