extension RelanceRules {
  /// `relance.commitments`: « AAP Cycle de vie de la donnée : les engagements du lauréat »
  /// (seed 003).
  ///
  /// Reading `relance.commitments.timing`: under `atFiling` (default) the dossier declares
  /// them; under `laureateOnly` they bind the laureate only and the rule is not applicable
  /// at filing.
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: that the four commitments are taken.
  /// - Violated: the commitments refused.
  /// - Not applicable (`laureateOnly`): that they bind the laureate only.
  /// - Missing input: the commitments not answered.
  public enum Commitments: RuleDefinition {
    /// The commitments refused.
    public typealias Figures = EnumSet<LaureateCommitment>

    /// The rule book.
    public typealias Book = RelanceRules
    /// `relance.commitments`.
    public static let id: RuleIdentifier = "relance.commitments"
    /// The slide of the commitments, quoted whole: its heading and its four items.
    public static func citations(_ parameters: RelanceParameters) -> [Citation] { [citation] }
    /// The sentence: the heading and the four commitments.
    public static let citation = Citation(
      .relanceInformationMeeting, at: "AAP Cycle de vie de la donnée : les engagements du lauréat",
      quoting: "AAP Cycle de vie de la donnée : les engagements du lauréat "
        + LaureateCommitment.allCases.map { "- " + $0.frenchName }.joined(separator: " "))
    /// `relance.commitments.timing`.
    public static func reading(_ parameters: RelanceParameters) -> ReadingIdentifier? { "relance.commitments.timing" }
    /// The four answers.
    public static var inputs: EnumSet<RelanceField> {
      [.demoWithinSixMonths, .fullTimeOwner, .dedicatedTeam, .usersInvolved]
    }

    /// « Les quatre engagements du lauréat ».
    public static func title(_ parameters: RelanceParameters) -> String { "Les quatre engagements du lauréat" }

    /// The commitments are declared at filing, also in the continuous window.
    public static func interpretation(_ parameters: RelanceParameters) -> String? {
      "Les engagements s'imposent au lauréat ; sous la lecture relance.commitments.timing = atFiling (par défaut), la pré-instruction demande au dossier de les déclarer dès le dépôt. Ils sont aussi exigés au guichet continu, qui relève du même volet."
    }

    /// The decision: a refusal violates, an unknown answer lacks input.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing RelanceDossier, _ context: Context) -> Decision<
      Figures, RelanceField
    > {
      guard case .atFiling = context.readings.commitmentsTiming else { return .notApplicable([]) }
      let declared = dossier.commitments ?? EnumFlags()
      if !declared.no.isEmpty { return .violated(declared.no) }
      let unknown = EnumSet<LaureateCommitment>.all.subtracting(declared.yes)
      if unknown.isEmpty { return .satisfied([]) }
      var missing = EnumSet<RelanceField>()
      for commitment in unknown { missing.insert(RelanceField.commitment(commitment)) }
      return .missing(missing)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ refused: Figures, _ context: Context) -> String {
      if kind == .notApplicable {
        return "Les engagements du lauréat ne s'imposent qu'au lauréat : ils ne décident rien au dépôt."
      }
      return kind == .satisfied
        ? "Les quatre engagements du lauréat sont pris."
        : "Engagement(s) non pris : " + refused.map { "« " + $0.frenchName + " »" }.joined(separator: " ; ") + "."
    }
  }
}
