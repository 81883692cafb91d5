import TestSupport
import Testing

@testable import FranceRelanceModel

@Suite("Euros: exact amounts in cents")
struct EurosTests {
  @Test(
    "Parsing accepts at most two decimals, written with a point",
    arguments: [
      ("600000", Int64(60_000_000)), ("600000.5", 60_000_050), ("600000.50", 60_000_050), ("0", 0), ("-0", 0),
      ("0.01", 1), ("1000000000000", 100_000_000_000_000), ("1000000000000.00", 100_000_000_000_000),
    ])
  func parsesValidAmounts(text: String, cents: Int64) throws {
    #expect(try Euros(parsing: text).cents == cents)
  }

  @Test(
    "Parsing refuses malformed, over-precise, negative and absurd amounts",
    arguments: [
      ("", Euros.ParseError.empty), ("12.345", .tooManyDecimals), ("100.000", .tooManyDecimals),
      ("600000,50", .decimalComma), ("0100", .leadingZeros), ("-12", .negative), ("1e6", .malformed),
      (" 12", .malformed), ("12 ", .malformed), ("12.", .malformed), (".5", .malformed), ("NaN", .malformed),
      ("1000000000000.01", .beyondLimit), ("99999999999999999999999", .beyondLimit), ("--1", .malformed),
    ])
  func refusesInvalidAmounts(text: String, error: Euros.ParseError) {
    #expect(throws: error) { try Euros(parsing: text) }
  }

  @Test(
    "JSON number lexemes are read exactly, exponents included",
    arguments: [
      ("6e5", Int64(60_000_000)), ("1.5e-1", 15), ("1.50E2", 15_000), ("-0", 0), ("0e99999", 0), ("12.3", 1_230),
    ])
  func readsJSONNumbers(lexeme: String, cents: Int64) throws {
    #expect(try Euros(jsonNumber: lexeme).cents == cents)
  }

  @Test(
    "JSON numbers below the cent or beyond the limit are refused",
    arguments: [
      ("1e-3", Euros.ParseError.tooManyDecimals), ("1e400", .beyondLimit), ("12.345", .tooManyDecimals),
      ("1.0001e1", .tooManyDecimals), ("-5", .negative),
    ])
  func refusesJSONNumbers(lexeme: String, error: Euros.ParseError) {
    #expect(throws: error) { try Euros(jsonNumber: lexeme) }
  }

  /// Issue #22, bug 2: the value is computed from every written digit and the whole
  /// exponent, however long: `3` and 10 005 zeros `e-100000` is 3 × 10⁻⁸⁹⁹⁹⁵ €, below a
  /// cent, not 300 000 €; `1` and 100 000 zeros `e-100000` is exactly 1 €.
  static func zeros(_ count: Int) -> String { String(repeating: "0", count: count) }

  static let hugeCases: [(lexeme: String, cents: Int64?, error: Euros.ParseError?)] = [
    ("3" + zeros(10_005) + "e-100000", nil, .tooManyDecimals),
    ("1" + zeros(100_000) + "e-100000", 100, nil),
    ("1" + zeros(100_000) + "e-99998", 10_000, nil),
    ("3" + zeros(100_005) + "e-100000", 30_000_000, nil),
    ("1" + zeros(100_000) + "e-100003", nil, .tooManyDecimals),
    ("0." + zeros(50_000) + "1e50001", 100, nil),  // 10⁻⁵⁰⁰⁰¹ × 10⁵⁰⁰⁰¹ = 1 €
    ("1e-99999999999999999999", nil, .tooManyDecimals),
    ("1e99999999999999999999", nil, .beyondLimit),
    ("0e-99999999999999999999", 0, nil),
  ]

  @Test("A huge mantissa with a long negative exponent is read exactly from its digits", arguments: hugeCases)
  func hugeMantissas(lexeme: String, cents: Int64?, error: Euros.ParseError?) throws {
    // (The lexemes run to 100 000 digits: the arguments' descriptions are long, not wrong.)
    if let cents {
      #expect(try Euros(jsonNumber: lexeme).cents == cents)
    } else {
      #expect(throws: error!) { try Euros(jsonNumber: lexeme) }
    }
  }

  @Test("Negative amounts parse only when allowed")
  func negativeWhenAllowed() throws {
    #expect(try Euros(parsing: "-12.30", allowsNegative: true).cents == -1_230)
  }

  @Test("French rendering groups thousands and uses a decimal comma")
  func frenchRendering() throws {
    #expect(Euros.millions(1).description == "1 000 000 €")
    #expect(try Euros(parsing: "600000.50").description == "600 000,50 €")
    #expect(try Euros(parsing: "-12.05", allowsNegative: true).description == "-12,05 €")
    #expect(Euros.zero.description == "0 €")
    #expect(Euros.millions(23).compactDescription == "23 M€")
    #expect(Euros.thousands(1_500).compactDescription == "1,5 M€")
    #expect(Euros.thousands(250).compactDescription == "250 k€")
    #expect(try Euros(parsing: "1234.56").compactDescription == "1 234,56 €")
  }

  @Test("The interchange form always has two decimals")
  func decimalString() throws {
    #expect(try Euros(parsing: "600000.5").decimalString == "600000.50")
    #expect(try Euros(cents: -5).decimalString == "-0.05")
    #expect(Euros.zero.decimalString == "0.00")
  }

  @Test("Renderings at the ends of the cent range: every digit, every group, the sign")
  func extremes() {
    // Int64.max cents: 92 233 720 368 547 758 euros and 7 cents; Int64.min has one more cent.
    let largest = Euros(uncheckedCents: .max)
    let smallest = Euros(uncheckedCents: .min)
    #expect(largest.description == "92 233 720 368 547 758,07 €")
    #expect(largest.decimalString == "92233720368547758.07")
    #expect(smallest.description == "-92 233 720 368 547 758,08 €")
    #expect(smallest.decimalString == "-92233720368547758.08")
    #expect(Euros(uncheckedCents: 100_000).description == "1 000 €")
    #expect(Euros(uncheckedCents: 99_999).description == "999,99 €")
    #expect(Euros(uncheckedCents: 1).description == "0,01 €")
    #expect(Euros(uncheckedCents: 10).decimalString == "0.10")
    #expect(Euros(uncheckedCents: -100_000_000_000_000).compactDescription == "-1 000 000 M€")
  }

  @Test("Renderings agree with the plain-string ones on random amounts")
  func renderingsAgree() {
    var generator = SplitMix64(seed: 23)
    for _ in 0..<10_000 {
      let digits = Int.random(in: 1...18, using: &generator)
      let cents = Int64.random(in: 0..<Int64(pow10(digits)), using: &generator) * (generator.next() % 2 == 0 ? 1 : -1)
      let amount = Euros(uncheckedCents: cents)
      let magnitude = cents.magnitude
      let whole = String(magnitude / 100)
      var grouped = ""
      for (offset, character) in whole.enumerated() {
        if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append(" ") }
        grouped.append(character)
      }
      let sign = cents < 0 ? "-" : ""
      let decimals = (magnitude % 100 < 10 ? "0" : "") + String(magnitude % 100)
      #expect(amount.decimalString == sign + whole + "." + decimals, "\(cents)")
      #expect(amount.description == sign + grouped + (magnitude % 100 == 0 ? "" : "," + decimals) + " €", "\(cents)")
    }
  }

  private func pow10(_ exponent: Int) -> Int64 { (0..<exponent).reduce(1) { value, _ in value * 10 } }

  @Test("Sums are overflow-checked and never trap")
  func checkedSums() throws {
    #expect(try Euros.sum([.millions(208), .millions(292)]) == .millions(500))
    #expect(throws: Euros.ArithmeticError.beyondLimit) { try Euros.limit.adding(Euros(cents: 1)) }
    #expect(throws: Euros.ArithmeticError.beyondLimit) { try Euros.sum(Array(repeating: Euros.limit, count: 3)) }
    #expect(throws: Euros.ArithmeticError.overflow) { try Euros.limit.multiplied(by: .max) }
    #expect(throws: Euros.ArithmeticError.beyondLimit) { try Euros(cents: .min) }
  }

  @Test("An even split leaves fewer leftover cents than parts")
  func evenSplit() throws {
    let split = try #require(try Euros(parsing: "1000.00").splitEvenly(into: 3))
    #expect(split.share.cents == 33_333)
    #expect(split.leftover.cents == 1)
    #expect(Euros.zero.splitEvenly(into: 0) == nil)
  }
}
