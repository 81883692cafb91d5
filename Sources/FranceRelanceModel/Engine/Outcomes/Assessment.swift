/// Every finding about one dossier and the overall verdict.
///
/// All rules are evaluated, not only up to the first failure, so a dossier's author sees
/// everything to fix at once. The status is derived from the findings: ineligible when any
/// rule is violated, otherwise incomplete when any rule lacks input, otherwise eligible.
public struct Assessment: Sendable, Hashable {
  // MARK: Stored properties

  /// The programme or call the dossier was filed in.
  public let programme: ProgrammeIdentifier
  /// The dossier's reference, when it has one.
  public let reference: String?
  /// One finding per rule of the programme, in catalogue order.
  public let findings: [Finding]

  // MARK: Creating assessments

  /// Creates an assessment.
  public init(programme: ProgrammeIdentifier, reference: String?, findings: [Finding]) {
    self.programme = programme
    self.reference = reference
    self.findings = findings
  }

  // MARK: Verdict

  /// The overall verdict, derived from the findings.
  public var status: AssessmentStatus { Outcome.Kind.status(of: findings.lazy.map(\.outcome.kind)) }

  /// The findings whose rule is violated.
  public var violations: [Finding] { findings.filter { $0.outcome == .violated } }

  /// The finding of a rule, if the programme has that rule.
  public func finding(for rule: RuleIdentifier) -> Finding? {
    findings.first { $0.rule.id == rule }
  }
}
