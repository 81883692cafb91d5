/// A dossier's verdict in compact form, for services and batches that do not need the
/// French findings: the status, the cap and the rules violated, undetermined or lacking
/// input (`relance assess --verdict`).
///
/// It comes from the same decisions as the full report, without rendering a message.
///
/// ```swift
/// let summary = try programme.verdictSummary(onJSON: json, selection: ReadingSelection())
/// summary.json.serialized(pretty: false)
/// // {"programme":"ftap-data-2023","reference":"A","status":"ineligible","cap":"150000.00",
/// //  "violated":["ftap.applicant"],"undetermined":[],"missing":[]}
/// ```
public struct VerdictSummary: Sendable, Hashable {
  // MARK: Stored properties

  /// The programme.
  public let programme: ProgrammeIdentifier
  /// The dossier's reference, if any.
  public let reference: String?
  /// The status and the cap.
  public let verdict: Verdict
  /// The rules violated, in report order.
  public let violated: [RuleIdentifier]
  /// The rules the texts leave undetermined for the dossier, in report order.
  public let undetermined: [RuleIdentifier]
  /// The rules that lack input, in report order.
  public let missing: [RuleIdentifier]

  // MARK: Creating

  /// A summary from the rules' outcome kinds, in the order of `rules`.
  public init(
    programme: ProgrammeIdentifier, reference: String?, verdict: Verdict, rules: [Rule], outcomes: OutcomeKinds
  ) {
    self.programme = programme
    self.reference = reference
    self.verdict = verdict
    var violated: [RuleIdentifier] = []
    var undetermined: [RuleIdentifier] = []
    var missing: [RuleIdentifier] = []
    for (rule, kind) in zip(rules, outcomes) {
      switch kind {
      case .violated: violated.append(rule.id)
      case .undetermined: undetermined.append(rule.id)
      case .missingInput: missing.append(rule.id)
      case .satisfied, .notApplicable: break
      }
    }
    self.violated = violated
    self.undetermined = undetermined
    self.missing = missing
  }

  // MARK: Interchange

  /// `{"programme", "reference", "status", "cap", "violated", "undetermined", "missing"}`;
  /// the cap is a string with two decimals, or `null`.
  public var json: JSONValue { json(leadingMembers: []) }

  /// The summary after `leadingMembers` (a batch line's `"file"` and `"line"`).
  public func json(leadingMembers: [JSONValue.Member]) -> JSONValue {
    .object(
      leadingMembers + [
        .init("programme", .string(programme.rawValue)), .init("reference", .string(orNull: reference)),
        .init("status", .string(verdict.status.rawValue)),
        .init("cap", .string(orNull: verdict.cap?.decimalString)),
        .init("violated", .array(violated.map { .string($0.rawValue) })),
        .init("undetermined", .array(undetermined.map { .string($0.rawValue) })),
        .init("missing", .array(missing.map { .string($0.rawValue) })),
      ])
  }
}
