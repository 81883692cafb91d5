extension Question {
  // MARK: Interchange

  /// `{"field", "label", "rules"}`: the field's path, its French label and the rules that
  /// wait for it.
  public var json: JSONValue {
    .object([
      .init("field", .string(field.description)), .init("label", .string(label)),
      .init("rules", .array(rules.map { .string($0.rawValue) })),
    ])
  }

  /// `{"questions": […]}`, the most decisive first: what `relance questions --json`
  /// prints and the web API answers.
  public static func json(_ questions: [Question]) -> JSONValue {
    .object([.init("questions", .array(questions.map(\.json)))])
  }
}
