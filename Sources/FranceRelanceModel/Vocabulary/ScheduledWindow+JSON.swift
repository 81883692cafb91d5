extension ScheduledWindow {
  // MARK: Interchange

  /// The window as `relance calendar --json` and the web API write it: `opening` and
  /// `closing` with their precision (`day`, `month`, `quarter`…), the sentences that set
  /// them and the interpretation, if any.
  public var json: JSONValue {
    .object([
      "opening": .string(window.opening.description),
      "openingPrecision": .string(window.opening.precision.rawValue),
      "closing": .string(window.closing.description),
      "closingPrecision": .string(window.closing.precision.rawValue),
      "citations": .array(citations.map(\.json)),
      "interpretation": .string(orNull: interpretation),
    ])
  }
}
