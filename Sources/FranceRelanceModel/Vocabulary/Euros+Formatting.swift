extension Euros: CustomStringConvertible {
  // MARK: French rendering

  /// The amount as a French reader writes it: `1 000 000 €`, `600 000,50 €`, `-12,30 €`.
  ///
  /// Thousands are grouped with a space and decimals follow a comma; whole amounts show no
  /// decimals. The spaces are plain ASCII spaces so that messages stay easy to search.
  public var description: String {
    let magnitude = cents.magnitude
    // Sign, grouped digits, comma and 2 decimals when there are cents, space and € (3 bytes).
    let length =
      (cents < 0 ? 1 : 0) + TextWriter.length(of: magnitude / 100, grouped: true) + (magnitude % 100 != 0 ? 3 : 0) + 4
    return TextWriter.string(capacity: length) { text in
      if cents < 0 { text.append(UInt8(ascii: "-")) }
      text.append(magnitude / 100, grouped: true)
      if magnitude % 100 != 0 {
        text.append(UInt8(ascii: ","))
        text.append(magnitude % 100, minimumDigits: 2)
      }
      text.append(" €")
    }
  }

  /// A short French rendering for round amounts: `23 M€`, `1,5 M€`, `250 k€`.
  ///
  /// Amounts that are not a whole number of thousands fall back to ``description``.
  public var compactDescription: String {
    let magnitude = cents.magnitude
    let sign = cents < 0 ? "-" : ""
    let million: UInt64 = 100_000_000
    let thousand: UInt64 = 100_000
    if magnitude >= million, magnitude % (million / 10) == 0 {
      let tenths = magnitude / (million / 10)
      let whole = Self.grouped(tenths / 10)
      return sign + whole + (tenths % 10 == 0 ? "" : "," + String(tenths % 10)) + " M€"
    }
    if magnitude >= thousand, magnitude % thousand == 0 {
      return sign + Self.grouped(magnitude / thousand) + " k€"
    }
    return description
  }

  /// The amount as the interchange format writes it: a point and exactly two decimals,
  /// no grouping (`"600000.50"`, `"-12.30"`, `"0.00"`).
  public var decimalString: String {
    let magnitude = cents.magnitude
    // Sign, digits, point and 2 decimals.
    let length = (cents < 0 ? 1 : 0) + TextWriter.length(of: magnitude / 100) + 3
    return TextWriter.string(capacity: length) { text in
      if cents < 0 { text.append(UInt8(ascii: "-")) }
      text.append(magnitude / 100)
      text.append(UInt8(ascii: "."))
      text.append(magnitude % 100, minimumDigits: 2)
    }
  }

  private static func grouped(_ value: UInt64) -> String {
    TextWriter.string(capacity: TextWriter.length(of: value, grouped: true)) { $0.append(value, grouped: true) }
  }
}
