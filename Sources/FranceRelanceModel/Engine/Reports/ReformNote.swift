/// What a reform did to a report (issue #25): its name and text, the reform's periods in
/// force on the dossier's filing date, and each rule whose finding it changed, from what
/// to what. A finding under a reform still cites the texts' sentence; this note says which
/// findings the reform's values decided.
///
/// ```swift
/// var report = reformed.report(on: dossier)
/// report.reform = ReformNote(reform, filedOn: day, before: base.report(on: dossier), after: report)
/// ```
public struct ReformNote: Sendable, Hashable {
  /// A reform period applied to the dossier.
  public struct Applied: Sendable, Hashable {
    /// The parameter's identifier.
    public let parameter: String
    /// The day the reform's value starts.
    public let from: CalendarDate
    /// The value, as the reform writes it.
    public let value: JSONValue
  }

  /// A finding the reform changed.
  public struct Change: Sendable, Hashable {
    /// The rule.
    public let rule: RuleIdentifier
    /// The outcome under the texts.
    public let before: Outcome.Kind
    /// The outcome under the reform.
    public let after: Outcome.Kind
    /// The message under the reform.
    public let message: String
  }

  // MARK: Stored properties

  /// The reform's name.
  public let name: String
  /// The text it cites.
  public let citation: Reform.Text
  /// Its periods in force on the filing date (the latest of each parameter on or before it).
  public let applied: [Applied]
  /// The findings it changed, in report order.
  public let changes: [Change]

  /// The note of `reform` on a dossier filed on `day`: `before` is the report under the
  /// texts, `after` under the reform.
  public init(_ reform: Reform, filedOn day: CalendarDate?, before: AssessmentReport, after: AssessmentReport) {
    name = reform.name
    citation = reform.citation
    applied = reform.parameters.compactMap { parameter in
      guard let day, let period = parameter.periods.last(where: { $0.from <= day }) else { return nil }
      return Applied(parameter: parameter.id, from: period.from, value: period.value)
    }
    let previous = Dictionary(
      before.assessment.findings.map { ($0.rule.id, $0) }, uniquingKeysWith: { first, _ in first })
    changes = after.assessment.findings.compactMap { finding in
      guard let old = previous[finding.rule.id],
        old.outcome.kind != finding.outcome.kind || old.message != finding.message
      else { return nil }
      return Change(
        rule: finding.rule.id, before: old.outcome.kind, after: finding.outcome.kind, message: finding.message)
    }
  }

  // MARK: Rendering

  /// `{"name", "citation": {"source", "location", "quote"}, "applied": [{"parameter",
  /// "from", "value"}], "changed": [{"rule", "before", "after", "message"}]}`.
  public var json: JSONValue {
    .object([
      .init("name", .string(name)),
      .init(
        "citation",
        .object([
          .init("source", .string(citation.source)), .init("location", .string(citation.location)),
          .init("quote", .string(citation.quote)),
        ])),
      .init(
        "applied",
        .array(
          applied.map {
            .object([
              .init("parameter", .string($0.parameter)), .init("from", .string($0.from.description)),
              .init("value", $0.value),
            ])
          })),
      .init(
        "changed",
        .array(
          changes.map {
            .object([
              .init("rule", .string($0.rule.rawValue)), .init("before", .string($0.before.name)),
              .init("after", .string($0.after.name)), .init("message", .string($0.message)),
            ])
          })),
    ])
  }

  /// The note in French, one line per period applied and per finding changed.
  public var frenchLines: [String] {
    var lines = [
      "Réforme : " + name + " — « " + citation.quote + " » (" + citation.source + ", « " + citation.location + " »)"
    ]
    if applied.isEmpty { lines.append("  aucune de ses périodes n'est en vigueur à la date de dépôt du dossier") }
    for period in applied {
      let value: String =
        switch period.value {
        case .string(let text): text
        case .number(let text): text
        default: period.value.serialized(pretty: false)
        }
      lines.append(
        "  " + period.parameter + " = " + value + " depuis le " + period.from.frenchDescription)
    }
    if changes.isEmpty { lines.append("  elle ne change aucun constat de ce dossier") }
    for change in changes {
      lines.append(
        "  " + change.rule.rawValue + " : " + change.before.frenchName + " → " + change.after.frenchName + " ("
          + change.message + ")")
    }
    return lines
  }
}
