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
    JSONTreeBuilder.build { write(to: &$0, leadingMembers: leadingMembers) }
  }

  /// Appends the summary as one line of compact JSON (no line break), the bytes of
  /// ``json(leadingMembers:)`` serialised, written straight into `output` with no tree:
  /// the form of `relance assess --verdict`. A caller that keeps `output` from one summary
  /// to the next (emptied, its capacity kept) writes with no allocation.
  ///
  /// ```swift
  /// var line: [UInt8] = []
  /// summary.appendJSON(to: &line)
  /// ```
  ///
  /// - Parameters:
  ///   - output: The buffer the text is appended to.
  ///   - leadingMembers: Members written first, such as where the dossier came from.
  public func appendJSON(to output: inout [UInt8], leadingMembers: [JSONValue.Member] = []) {
    var writer = JSONByteWriter(appendingTo: [])
    swap(&writer.bytes, &output)
    write(to: &writer, leadingMembers: leadingMembers)
    swap(&writer.bytes, &output)
  }

  /// Writes the summary's members, after `leadingMembers`, as one object.
  func write<Sink: JSONSink>(to sink: inout Sink, leadingMembers: [JSONValue.Member]) {
    sink.openObject()
    for member in leadingMembers { sink.member(member) }
    sink.member("programme", string: programme.rawValue)
    sink.key("reference")
    sink.string(orNull: reference)
    sink.member("status", string: verdict.status.rawValue)
    sink.key("cap")
    sink.string(orNull: verdict.cap?.decimalString)
    sink.key("violated")
    sink.array(violated) { $0.string($1.rawValue) }
    sink.key("undetermined")
    sink.array(undetermined) { $0.string($1.rawValue) }
    sink.key("missing")
    sink.array(missing) { $0.string($1.rawValue) }
    sink.closeObject()
  }
}
