import Testing

@testable import FranceRelanceModel

@Suite("Euros in a service: operators, whole euros, French form input")
struct EurosFormInputTests {
  @Test(
    "French form input: spaces and points between groups of three digits, a decimal comma, a trailing € or EUR",
    arguments: [
      ("640 000,00 €", Int64(64_000_000)), ("640000", 64_000_000), ("1 234,5", 123_450),
      ("640.000,00 EUR", 64_000_000), ("100.000", 10_000_000), ("640\u{202F}000,00\u{00A0}€", 64_000_000),
      ("  12,3  ", 1_230), ("0,01 €", 1), ("1 000 000", 100_000_000),
    ])
  func frenchInput(text: String, cents: Int64) throws {
    #expect(try Euros(frenchText: text).cents == cents)
  }

  @Test(
    "French form input refuses what French usage leaves ambiguous or over-precise",
    arguments: [
      ("", Euros.ParseError.empty), ("€", .empty), ("12.50", .malformed), ("1 23", .malformed),
      ("12,345", .tooManyDecimals), ("1,2,3", .malformed), ("-5", .negative), ("12 345 6", .malformed),
      ("abc", .malformed), ("1e6", .malformed), ("12,", .malformed),
    ])
  func frenchInputRefused(text: String, error: Euros.ParseError) {
    #expect(throws: error) { try Euros(frenchText: text) }
  }

  @Test("Operators add and subtract exactly, and throw beyond the limit")
  func operators() throws {
    #expect(try Euros.thousands(400) + .euros(50) == (try Euros(parsing: "400050")))
    #expect(try Euros.thousands(400) - .euros(50) == (try Euros(parsing: "399950")))
    #expect(throws: Euros.ArithmeticError.beyondLimit) { try Euros.limit + Euros(cents: 1) }
    #expect(throws: Euros.ArithmeticError.beyondLimit) { try Euros.zero - Euros.limit - Euros(cents: 1) }
  }

  @Test("Whole euros from an Int, overflow-checked", arguments: [(640_000, Int64(64_000_000)), (0, 0), (-3, -300)])
  func wholeEuros(euros: Int, cents: Int64) throws {
    #expect(try Euros(euros).cents == cents)
  }

  @Test("Whole euros beyond the limit or Int64 cents are errors, not traps")
  func wholeEurosRefused() {
    #expect(throws: Euros.ArithmeticError.beyondLimit) { try Euros(1_000_000_000_001) }
    #expect(throws: Euros.ArithmeticError.overflow) { try Euros(Int.max) }
    #expect(throws: Euros.ArithmeticError.overflow) { try Euros(Int.min) }
  }
}
