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
    TextWriter.string(capacity: 10) { text in
      text.append(UInt64(year), minimumDigits: 4)
      text.append(UInt8(ascii: "-"))
      text.append(UInt64(month), minimumDigits: 2)
      text.append(UInt8(ascii: "-"))
      text.append(UInt64(day), minimumDigits: 2)
    }
  }
}

// MARK: - Rendering

extension CalendarDate: CustomStringConvertible {
  /// The date written `YYYY-MM-DD`.
  public var description: String { isoString }

  /// The date as a French reader writes it: `16 novembre 2020`, `1er février 2021`.
  public var frenchDescription: String {
    // Day (« 1er » for the first), space, month name, space, year.
    let month = Self.frenchMonthNames[self.month - 1]
    let length =
      (day == 1 ? 3 : TextWriter.length(of: UInt64(day))) + 1 + month.utf8.count + 1
      + TextWriter.length(of: UInt64(year))
    return TextWriter.string(capacity: length) { text in
      if day == 1 { text.append("1er") } else { text.append(UInt64(day)) }
      text.append(UInt8(ascii: " "))
      text.append(month)
      text.append(UInt8(ascii: " "))
      text.append(UInt64(year))
    }
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
