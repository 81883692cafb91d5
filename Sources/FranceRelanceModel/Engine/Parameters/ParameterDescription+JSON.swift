extension ParameterDescription {
  // MARK: Interchange

  /// `{"name", "value", "from", "citation"}`: the French name, the value in French, the
  /// first day in force and the sentence that sets it.
  public var json: JSONValue {
    .object([
      "name": .string(name), "value": .string(value), "from": .string(start.description), "citation": citation.json,
    ])
  }
}
