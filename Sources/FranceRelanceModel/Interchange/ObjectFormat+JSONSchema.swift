extension ObjectFormat {
  // MARK: JSON Schema

  /// The format as a JSON Schema document (draft 2020-12).
  ///
  /// The schema checks structure, types, enumerations, ranges and written forms; the
  /// reader checks in addition what a schema cannot say (a SIRET's Luhn key, personnel
  /// costs within the total cost).
  public func jsonSchema(title: String, identifier: String) -> JSONValue {
    var members: [JSONValue.Member] = [
      .init("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
      .init("$id", .string(identifier)),
      .init("title", .string(title)),
    ]
    guard case .object(let body) = Self.schema(of: .object(self)) else { return .object(members) }
    members += body
    return .object(members)
  }

  /// Written amounts above zero.
  static let positiveAmountPattern = "^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,12}(\\.[0-9]{1,2})?)$"
  /// Written non-negative amounts.
  static let nonNegativeAmountPattern = "^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,2})?$"

  static func schema(of type: FieldType) -> JSONValue {
    switch type {
    case .string: return .object(["type": .string("string")])
    case .text(let limit): return .object(["type": .string("string"), "maxLength": .number(String(limit))])
    case .boolean: return .object(["type": .string("boolean")])
    case .amount(let positive):
      return .object([
        "oneOf": .array([
          .object([
            "type": .string("string"),
            "pattern": .string(positive ? positiveAmountPattern : nonNegativeAmountPattern),
          ]),
          .object([
            "type": .string("number"), (positive ? "exclusiveMinimum" : "minimum"): .number("0"),
            "maximum": .number("1000000000000"),
            "description": .string("au plus deux décimales (vérifié par le lecteur)"),
          ]),
        ])
      ])
    case .date:
      return .object([
        "type": .string("string"), "format": .string("date"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
      ])
    case .integer(let range):
      return .object([
        "type": .string("integer"), "minimum": .number(String(range.lowerBound)),
        "maximum": .number(String(range.upperBound)),
      ])
    case .enumeration(let values):
      return .object(["type": .string("string"), "enum": .array(values.map(JSONValue.string))])
    case .constant(let value): return .object(["const": .string(value)])
    case .siret: return .object(["type": .string("string"), "pattern": .string("^[0-9]{14}$")])
    case .set(let element):
      return .object(["type": .string("array"), "items": schema(of: element), "uniqueItems": .bool(true)])
    case .array(let element): return .object(["type": .string("array"), "items": schema(of: element)])
    case .object(let format):
      var properties: [JSONValue.Member] = []
      for field in format.fields {
        // The reader reads an optional field given as null as absent; the schema says so.
        let valueSchema = schema(of: field.type)
        let property: JSONValue =
          field.required
          ? valueSchema : .object(["anyOf": .array([valueSchema, .object(["type": .string("null")])])])
        guard case .object(var members) = property else { continue }
        members.insert(.init("description", .string(field.description)), at: 0)
        properties.append(.init(field.name, .object(members)))
      }
      var members: [JSONValue.Member] = [
        .init("type", .string("object")),
        .init("properties", .object(properties)),
        .init("additionalProperties", .bool(false)),
      ]
      let required = format.fields.filter(\.required).map { JSONValue.string($0.name) }
      if !required.isEmpty { members.append(.init("required", .array(required))) }
      return .object(members)
    }
  }
}
