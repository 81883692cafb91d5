extension ParameterDescription {
  // MARK: Interchange

  /// `{"name", "value", "from", "citation"}`: the French name, the value in French, the
  /// first day in force and the sentence that sets it; with `"id"`, `"unit"` and
  /// `"amount"` (the value in JSON) when the parameter has an identifier.
  public var json: JSONValue {
    var members: [JSONValue.Member] = [
      .init("name", .string(name)), .init("value", .string(value)), .init("from", .string(start.description)),
      .init("citation", citation.json),
    ]
    if !id.isEmpty {
      members.insert(.init("id", .string(id)), at: 0)
      members.append(.init("unit", .string(orNull: unit?.rawValue)))
      members.append(.init("amount", jsonValue))
    }
    return .object(members)
  }
}
