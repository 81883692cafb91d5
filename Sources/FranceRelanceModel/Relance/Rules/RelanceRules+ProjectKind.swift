extension RelanceRules {
  /// `relance.projectKind`: « Cycle de vie de la donnée : projets éligibles - Pilotage par la
  /// donnée (tableau de bord, aide à la décision) - … - Archivage des données » (seed 003).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the eligible kinds declared.
  /// - Violated: that the dossier declares none of the six kinds.
  /// - Missing input: the project kinds.
  public enum ProjectKind: RuleDefinition {
    /// The rule book.
    public typealias Book = RelanceRules
    /// `relance.projectKind`.
    public static let id: RuleIdentifier = "relance.projectKind"
    /// The slide of the eligible kinds, quoted whole: its heading and its six items.
    public static func citations(_ parameters: RelanceParameters) -> [Citation] {
      [
        Citation(
          .relanceInformationMeeting, at: "Cycle de vie de la donnée : projets éligibles",
          quoting: "Cycle de vie de la donnée : projets éligibles "
            + RelanceProjectKind.allCases.map { "- " + $0.frenchName }.joined(separator: " "))
      ]
    }
    /// The project kinds.
    public static var inputs: EnumSet<RelanceField> { [.projectKinds] }

    /// « Au moins un type de projet éligible ».
    public static func title(_ parameters: RelanceParameters) -> String { "Au moins un type de projet éligible" }

    /// The decision: at least one kind.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing RelanceDossier, _ context: Context) -> Decision<
      EnumSet<RelanceProjectKind>, RelanceField
    > {
      guard let kinds = dossier.projectKinds else { return .missingField(.projectKinds) }
      return kinds.isEmpty ? .violated(kinds) : .satisfied(kinds)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ kinds: EnumSet<RelanceProjectKind>, _ context: Context)
      -> String
    {
      guard kind == .satisfied else { return "Le dossier ne déclare aucun des six types de projet éligibles." }
      return "Type(s) de projet éligible(s) : " + kinds.map { "« " + $0.frenchName + " »" }.joined(separator: ", ")
        + "."
    }
  }
}
