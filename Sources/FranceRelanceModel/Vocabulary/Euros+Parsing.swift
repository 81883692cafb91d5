extension Euros {
  // MARK: Parsing

  /// Parses an amount written in euros with a point and at most two decimals.
  ///
  /// Accepted: `"600000"`, `"600000.5"`, `"600000.50"`, `"-12.30"` (when negative amounts
  /// are allowed). Refused: `"600000,50"`, `"12.345"`, `"100.000"` (three decimals: the
  /// French thousands point is a classic trap), `"1e6"`, `" 12"`, `"0100"`.
  ///
  /// - Parameters:
  ///   - text: The written amount.
  ///   - allowsNegative: Whether an amount below zero is acceptable. `"-0"` is zero.
  /// - Throws: ``ParseError`` naming the problem.
  public init(parsing text: String, allowsNegative: Bool = false) throws(ParseError) {
    var text = text
    let result = text.withUTF8 { bytes in
      Result { () throws(ParseError) in
        try Euros.parse(bytes, allowsExponent: false, allowsNegative: allowsNegative)
      }
    }
    self = try result.get()
  }

  /// Parses the text of a JSON number exactly, without going through floating point.
  ///
  /// The JSON grammar allows an exponent: `6e5` is 600 000 €, `1.5e-1` is 0,15 €, while
  /// `1e-3` and `12.345` are refused (not a whole number of cents) and `1e400` is refused
  /// as beyond the limit. Written decimals are limited to two, as for strings.
  ///
  /// - Throws: ``ParseError`` naming the problem.
  public init(jsonNumber text: String, allowsNegative: Bool = false) throws(ParseError) {
    var text = text
    let result = text.withUTF8 { bytes in
      Result { () throws(ParseError) in
        try Euros.parse(bytes, allowsExponent: true, allowsNegative: allowsNegative)
      }
    }
    self = try result.get()
  }

  // MARK: The decimal grammar

  private static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, allowsExponent: Bool, allowsNegative: Bool
  ) throws(ParseError) -> Euros {
    guard !bytes.isEmpty else { throw .empty }
    var index = 0
    let isNegative = bytes[0] == UInt8(ascii: "-")
    if isNegative { index += 1 }

    // Integer part.
    let integerStart = index
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    let integerCount = index - integerStart
    guard integerCount > 0 else { throw .malformed }
    if integerCount > 1, bytes[integerStart] == UInt8(ascii: "0") { throw .leadingZeros }

    // Fraction part.
    var fractionCount = 0
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      while index < bytes.count, isDigit(bytes[index]) {
        index += 1
        fractionCount += 1
      }
      guard fractionCount > 0 else { throw .malformed }
    } else if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
      throw .decimalComma
    }
    let fractionStart = integerStart + integerCount + (fractionCount > 0 ? 1 : 0)

    // Exponent (JSON numbers only).
    var exponent = 0
    var hasExponent = false
    if allowsExponent, index < bytes.count,
      bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")
    {
      hasExponent = true
      index += 1
      var exponentIsNegative = false
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        exponentIsNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      let exponentStart = index
      while index < bytes.count, isDigit(bytes[index]) {
        // Saturate far beyond any digit count a document can hold (a few million): an
        // exponent past ±10¹² puts the value beyond the limit or below a cent whatever
        // the digits, so the saturated value decides exactly as the written one would. A
        // lower bound would let `3` and 10 005 zeros `e-100000` read as 300 000 €.
        if exponent < Self.exponentSaturation { exponent = exponent * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
        index += 1
      }
      guard index > exponentStart else { throw .malformed }
      if exponentIsNegative { exponent = -exponent }
    }
    guard index == bytes.count else {
      if bytes[index] == UInt8(ascii: ",") { throw .decimalComma }
      throw .malformed
    }
    if !hasExponent, fractionCount > 2 { throw .tooManyDecimals }

    // The significant digits, as one digit string with a decimal point position.
    var digits: [UInt8] = []
    digits.reserveCapacity(integerCount + fractionCount)
    for offset in 0..<integerCount { digits.append(bytes[integerStart + offset] - UInt8(ascii: "0")) }
    for offset in 0..<fractionCount { digits.append(bytes[fractionStart + offset] - UInt8(ascii: "0")) }
    var point = integerCount + exponent
    var leading = 0
    while leading < digits.count, digits[leading] == 0 { leading += 1 }
    if leading == digits.count { return .zero }  // "0", "-0", "0.00", "0e5"
    point -= leading
    let significant = digits[leading...]

    // Keep the digits down to the cent; anything below must be zero.
    let centDigits = point + 2
    if centDigits <= 0 { throw .tooManyDecimals }
    if centDigits > 16 { throw .beyondLimit }  // at least 10^15 cents
    var cents: Int64 = 0
    for position in 0..<centDigits {
      let digit = position < significant.count ? significant[significant.startIndex + position] : 0
      cents = cents * 10 + Int64(digit)
    }
    if significant.count > centDigits, significant.dropFirst(centDigits).contains(where: { $0 != 0 }) {
      throw .tooManyDecimals
    }
    guard cents <= limitInCents else { throw .beyondLimit }
    if isNegative {
      guard allowsNegative else { throw .negative }
      cents = -cents
    }
    return Euros(uncheckedCents: cents)
  }

  /// Where the exponent of a JSON number stops growing: 10¹², beyond any number of digits.
  private static let exponentSaturation = 1_000_000_000_000

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
