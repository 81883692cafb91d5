extension RelanceRules {
  /// `relance.commitments`: « AAP Cycle de vie de la donnée : les engagements du lauréat »
  /// (seed 003).
  ///
  /// Reading `relance.commitments.timing`: under `laureateOnly` (the default, the heading
  /// « les engagements du lauréat ») they bind the laureate only: the rule is not
  /// applicable at filing, and an explicit refusal is undetermined (the texts do not say
  /// what a candidate's refusal decides before the award); under `atFiling` the dossier
  /// declares them, a refusal violates and an unanswered one is missing input.
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied (`atFiling`): that the four commitments are taken.
  /// - Violated (`atFiling`): the commitments refused.
  /// - Undetermined (`laureateOnly`): the commitments refused, and that the texts bind the laureate only.
  /// - Not applicable (`laureateOnly`): that they bind the laureate only.
  /// - Missing input (`atFiling`): the commitments not answered.
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
    /// `relance.commitments.timing`; at the continuous window, also `relance.continu.terms`.
    public static func readings(_ parameters: RelanceParameters) -> [ReadingIdentifier] {
      parameters.call == .continuous
        ? [.relanceCommitmentsTiming, .relanceContinuTerms] : [.relanceCommitmentsTiming]
    }
    /// The four answers.
    public static var inputs: EnumSet<RelanceField> {
      [.demoWithinSixMonths, .fullTimeOwner, .dedicatedTeam, .usersInvolved]
    }

    /// « Les quatre engagements du lauréat ».
    public static func title(_ parameters: RelanceParameters) -> String { "Les quatre engagements du lauréat" }

    /// The commitments bind the laureate; whether a dossier declares them is a reading.
    public static func interpretation(_ parameters: RelanceParameters) -> String? {
      "Les engagements s'imposent au lauréat ; sous la lecture relance.commitments.timing = laureateOnly (par défaut), ils ne décident rien au dépôt, et sous atFiling la pré-instruction demande au dossier de les déclarer dès le dépôt. La diapositive vise les appels à projets : au guichet continu, ils relèvent de la lecture relance.continu.terms (indéterminé par défaut)."
    }

    /// The decision: a refusal violates, an unknown answer lacks input.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing RelanceDossier, _ context: Context) -> Decision<
      Figures, RelanceField
    > {
      let declared = dossier.commitments ?? EnumFlags()
      guard case .atFiling = context.readings.commitmentsTiming else {
        return declared.no.isEmpty ? .notApplicable([]) : .undetermined(declared.no)
      }
      // At the continuous window the texts do not say that the calls' commitments bind.
      if case .continuous = context.parameters.call, case .undetermined = context.readings.continuousTerms {
        return .undetermined(declared.no)
      }
      if !declared.no.isEmpty { return .violated(declared.no) }
      let unknown = EnumSet<LaureateCommitment>.all.subtracting(declared.yes)
      if unknown.isEmpty { return .satisfied([]) }
      var missing = EnumSet<RelanceField>()
      for commitment in unknown { missing.insert(RelanceField.commitment(commitment)) }
      return .missing(missing)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ refused: Figures, _ context: Context) -> String {
      switch kind {
      case .notApplicable:
        return "Les engagements du lauréat ne s'imposent qu'au lauréat : ils ne décident rien au dépôt."
      case .satisfied:
        return "Les quatre engagements du lauréat sont pris."
      case .undetermined where context.parameters.call == .continuous && refused.isEmpty:
        return
          "Les engagements du lauréat sont énoncés pour les appels à projets ; les textes ne disent pas s'ils valent au guichet continu."
      default:
        let names = refused.map { "« " + $0.frenchName + " »" }.joined(separator: " ; ")
        let head = (refused.count == 1 ? "Engagement refusé : " : "Engagements refusés : ") + names
        guard kind == .undetermined else { return head + "." }
        return head
          + " ; ces engagements ne s'imposent qu'au lauréat, et les textes ne disent pas ce qu'un refus au dépôt décide."
      }
    }
  }
}
