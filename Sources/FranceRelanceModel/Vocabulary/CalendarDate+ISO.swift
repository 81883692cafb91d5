extension CalendarDate {
  // MARK: ISO 8601 text

  /// Parses a date written `YYYY-MM-DD`, as in the interchange format.
  ///
  /// Exactly ten characters: no time, no time zone, no week dates. `2023-02-29`,
  /// `0000-00-00` and `2023-1-5` are refused.
  ///
  /// - Throws: ``InvalidDate``.
  public init(iso text: String) throws(InvalidDate) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      throw .malformed
    }
    func number(_ range: Range<Int>) throws(InvalidDate) -> Int {
      var value = 0
      for index in range {
        let byte = bytes[index]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw .malformed }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    try self.init(year: number(0..<4), month: number(5..<7), day: number(8..<10))
  }

  /// The date written `YYYY-MM-DD`.
  public var isoString: String {
    func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
  }
}

// MARK: - Rendering

extension CalendarDate: CustomStringConvertible {
  /// The date written `YYYY-MM-DD`.
  public var description: String { isoString }

  /// The date as a French reader writes it: `16 novembre 2020`, `1er février 2021`.
  public var frenchDescription: String {
    (day == 1 ? "1er" : String(day)) + " " + Self.frenchMonthNames[month - 1] + " " + String(year)
  }

  /// The French month name and year: `janvier 2023`.
  public var frenchMonthDescription: String {
    Self.frenchMonthNames[month - 1] + " " + String(year)
  }

  static let frenchMonthNames = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  ]
}

// MARK: - Codable

extension CalendarDate: Codable {
  /// Decodes a date written `YYYY-MM-DD`.
  ///
  /// - Throws: `DecodingError.dataCorrupted` with the ``InvalidDate`` explanation.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try CalendarDate(iso: text)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  /// Encodes the date as `YYYY-MM-DD`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(isoString)
  }
}
