extension JSONValue: Codable {
  // MARK: Codable

  /// Decodes any JSON value through `Codable`.
  ///
  /// `Codable` offers numbers only as integers or floating point; to stay exact, a number
  /// with decimals is refused here (write amounts as strings). Object member order is the
  /// decoder's.
  ///
  /// - Throws: `DecodingError` for a number with decimals.
  public init(from decoder: any Decoder) throws {
    if let container = try? decoder.container(keyedBy: AnyKey.self) {
      var members: [Member] = []
      for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
        members.append(Member(key.stringValue, try container.decode(JSONValue.self, forKey: key)))
      }
      self = .object(members)
    } else if var container = try? decoder.unkeyedContainer() {
      var elements: [JSONValue] = []
      while !container.isAtEnd { elements.append(try container.decode(JSONValue.self)) }
      self = .array(elements)
    } else {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if let flag = try? container.decode(Bool.self) {
        self = .bool(flag)
      } else if let whole = try? container.decode(Int64.self) {
        self = .number(String(whole))
      } else if let text = try? container.decode(String.self) {
        self = .string(text)
      } else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "nombre décimal : écrire les montants en chaîne, comme \"600000.50\"")
      }
    }
  }

  /// Encodes the value; numbers are written as integers when they are whole, otherwise as
  /// their exact text in a string.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .null:
      var container = encoder.singleValueContainer()
      try container.encodeNil()
    case .bool(let flag):
      var container = encoder.singleValueContainer()
      try container.encode(flag)
    case .number(let lexeme):
      var container = encoder.singleValueContainer()
      if let whole = Int64(lexeme) { try container.encode(whole) } else { try container.encode(lexeme) }
    case .string(let text):
      var container = encoder.singleValueContainer()
      try container.encode(text)
    case .array(let elements):
      var container = encoder.unkeyedContainer()
      for element in elements { try container.encode(element) }
    case .object(let members):
      var container = encoder.container(keyedBy: AnyKey.self)
      for member in members { try container.encode(member.value, forKey: AnyKey(member.key)) }
    }
  }

  private struct AnyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}
