/// A value with one JSON definition that serves both the strict interchange reader and
/// `Codable`.
///
/// A conforming type reads itself from a ``JSONValue`` (naming the field path of every
/// error) and writes itself as one. Declaring `Codable` as well gives it `Codable` through
/// that same definition, so the two can never drift apart.
public protocol InterchangeCodable {
  /// Reads the value from JSON.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty field below `path`.
  init(json: JSONValue, at path: FieldPath) throws(InterchangeError)

  /// The value as JSON.
  var json: JSONValue { get }
}

extension InterchangeCodable {
  /// Reads the value from a UTF-8 JSON document.
  ///
  /// - Throws: ``InterchangeError``.
  public init(jsonDocument bytes: some Collection<UInt8>) throws(InterchangeError) {
    try self.init(json: JSONValue(parsing: bytes), at: .root)
  }

  /// Decodes the value through its interchange definition.
  ///
  /// - Throws: `DecodingError.dataCorrupted` carrying the ``InterchangeError`` text.
  public init(from decoder: any Decoder) throws {
    let value = try JSONValue(from: decoder)
    do {
      try self.init(json: value, at: .root)
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
    }
  }

  /// Encodes the value through its interchange definition.
  public func encode(to encoder: any Encoder) throws {
    try json.encode(to: encoder)
  }
}
