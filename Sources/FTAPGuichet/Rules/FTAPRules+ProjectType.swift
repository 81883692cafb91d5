public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.projectType`: « Ce guichet accepte 3 types de projets (ou des projets qui sont
  /// une combinaison de plusieurs de ces 3 types) » (seed 004).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the type, or the types the project combines.
  /// - Violated: that the dossier declares none of the three types.
  /// - Missing input: the project types.
  public enum ProjectType: RuleDefinition {
    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.projectType`.
    public static let id: RuleIdentifier = "ftap.projectType"
    /// The sentence that lists the types.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [
        Citation(
          .ftapDataGuichet, at: "Objet du projet",
          quoting:
            "Ce guichet accepte 3 types de projets (ou des projets qui sont une combinaison de plusieurs de ces 3 types)"
        )
      ]
    }
    /// The project types.
    public static var inputs: EnumSet<FTAPField> { [.projectTypes] }

    /// « Au moins un des trois types de projet ».
    public static func title(_ parameters: FTAPParameters) -> String { "Au moins un des trois types de projet" }

    /// The decision: at least one type.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<
      EnumSet<FTAPProjectType>, FTAPField
    > {
      guard let types = dossier.projectTypes else { return .missingField(.projectTypes) }
      return types.isEmpty ? .violated(types) : .satisfied(types)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ types: EnumSet<FTAPProjectType>, _ context: Context) -> String {
      guard kind == .satisfied else { return "Le dossier ne déclare aucun des trois types de projet." }
      return (types.count > 1 ? "Projet combinant les types " : "Projet de type ")
        + types.map { "« " + $0.shortName + " »" }.joined(separator: ", ") + "."
    }
  }
}
