extension Euros: Codable {
  // MARK: Codable

  /// Decodes an amount from a string such as `"600000.50"` or from a whole number of euros.
  ///
  /// A JSON number with decimals cannot reach `Codable` without floating point, so the
  /// `Codable` form takes decimals only as a string. The dossier reader of this library
  /// (``JSONValue``) reads decimal numbers exactly.
  ///
  /// - Throws: `DecodingError.dataCorrupted` with the ``ParseError`` explanation.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    do {
      if let text = try? container.decode(String.self) {
        self = try Euros(parsing: text, allowsNegative: true)
      } else {
        let whole = try container.decode(Int64.self)
        guard whole.magnitude <= UInt64(Self.limitInCents / 100) else { throw ParseError.beyondLimit }
        self = Euros(uncheckedCents: whole * 100)
      }
    } catch let error as ParseError {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  /// Encodes the amount as a string with two decimals, such as `"600000.50"`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(decimalString)
  }
}
