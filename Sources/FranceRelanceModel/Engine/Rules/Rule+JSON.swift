extension Rule {
  // MARK: Catalogue form

  /// The rule as `relance rules --json` and the web API's catalogue list it: `rule`,
  /// `title`, `citation` (the first), `citations`, `interpretation`, `reading` (the first),
  /// `readings`, `inputs` and `parameters` (the identifiers of the dated parameters it reads).
  ///
  /// ```swift
  /// FTAPGuichet().rules[0].json  // {"rule": "ftap.window", "title": "…", …}
  /// ```
  public var json: JSONValue {
    .object([
      "rule": .string(id.rawValue), "title": .string(title), "citation": citation.json,
      "citations": .array(citations.map(\.json)),
      "interpretation": .string(orNull: interpretation),
      "reading": .string(orNull: reading?.rawValue),
      "readings": .array(readings.map { .string($0.rawValue) }),
      "inputs": .array(inputs.map { .string($0.description) }),
      "parameters": .array(parameterIDs.map { .string($0) }),
    ])
  }
}
