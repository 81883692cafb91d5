extension Euros {
  // MARK: Form input

  /// Parses an amount as people type it in a French form: « 640 000,00 € », « 640000 »,
  /// « 1 234,5 », « 640.000,00 EUR ».
  ///
  /// Lenient where French usage is unambiguous: spaces (also no-break and narrow no-break
  /// spaces) between groups of three digits, a decimal comma, points between groups of
  /// three digits, and a trailing « € » or « EUR ». Strict where it is not: at most two
  /// decimals, groups of exactly three digits after the first, and a point followed by one
  /// or two digits only (« 12.50 ») is refused, since it could be a decimal point or a
  /// slip. The JSON interchange keeps its strict grammar (``init(parsing:allowsNegative:)``).
  ///
  /// ```swift
  /// try Euros(frenchText: "640 000,00 €")  // 640 000 €
  /// try Euros(frenchText: "100.000")       // 100 000 €
  /// try Euros(frenchText: "12.50")         // throws .malformed
  /// ```
  ///
  /// - Throws: ``ParseError`` naming the problem.
  public init(frenchText text: String) throws(ParseError) {
    var scalars = Substring(text).unicodeScalars.drop { $0.properties.isWhitespace }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    var body = String(String.UnicodeScalarView(scalars))
    for suffix in ["€", "EUR", "euros", "euro"] where body.hasSuffix(suffix) {
      body.removeLast(suffix.count)
      break
    }
    body = String(body.unicodeScalars.reversed().drop { $0.properties.isWhitespace }.reversed().map(Character.init))
    guard !body.isEmpty else { throw .empty }
    let negative = body.hasPrefix("-")
    if negative { body.removeFirst() }
    let parts = body.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { throw .malformed }
    let separators: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "."]
    let groups = parts[0].split(omittingEmptySubsequences: false) { separators.contains($0) }
    guard let first = groups.first, !first.isEmpty, first.count <= (groups.count > 1 ? 3 : first.count),
      groups.dropFirst().allSatisfy({ $0.count == 3 }),
      groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { throw .malformed }
    var plain = (negative ? "-" : "") + groups.joined()
    if parts.count == 2 {
      guard !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .malformed }
      plain += "." + parts[1]
    }
    try self.init(parsing: plain)
  }
}
