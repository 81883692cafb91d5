import Testing

@testable import FranceRelanceModel

@Suite("Rate: exact ratios that round down")
struct RateTests {
  @Test(
    "Applying 75 % rounds down to the cent",
    arguments: [
      (40_000_000, 30_000_000), (9_999_999, 7_499_999), (1, 0), (3, 2), (4, 3),
      (100_000_000_000_000, 75_000_000_000_000),
    ] as [(Int64, Int64)])
  func seventyFivePercent(total: Int64, cap: Int64) throws {
    #expect(try Rate.percent(75).applied(to: Euros(cents: total)).cents == cap)
  }

  @Test("A negative product floors toward negative infinity")
  func negativeFloor() throws {
    #expect(try Rate.percent(75).applied(to: Euros(cents: -1)).cents == -1)
    #expect(try Rate.percent(50).applied(to: Euros(cents: -4)).cents == -2)
  }

  @Test("Rates reduce to lowest terms and compare exactly")
  func reduceAndCompare() throws {
    let third = try Rate(numerator: 1, denominator: 3)
    let other = try Rate(numerator: 2, denominator: 6)
    #expect(third == other)
    #expect(try Rate(numerator: 3, denominator: -4) == Rate(numerator: -3, denominator: 4))
    #expect(Rate.percent(50) < Rate.percent(75))
    #expect(try Rate(Euros(cents: 333_333), of: Euros(cents: 1_000_000)) < third)
    #expect(throws: Euros.ArithmeticError.divisionByZero) { try Rate(numerator: 1, denominator: 0) }
  }

  @Test("Large rates applied to large amounts report an error instead of trapping")
  func largeProducts() throws {
    let huge = try Rate(numerator: .max, denominator: 1)
    #expect(throws: Euros.ArithmeticError.self) { try huge.applied(to: Euros.limit) }
  }

  @Test(
    "A percentage is reduced as the general initialiser reduces it",
    arguments: Array(-250...250).map(Int32.init) + [Int32.max, Int32.min, 1_000_000, 75, 50, 12])
  func percentReduction(value: Int32) throws {
    let reduced = Rate.percent(value)
    #expect(reduced == (try Rate(numerator: Int64(value), denominator: 100)))
  }

  @Test("applied(to:) names why it has no value, on both paths")
  func appliedErrors() throws {
    // A quotient beyond 64 bits: overflow.
    #expect(throws: Euros.ArithmeticError.overflow) {
      try Rate(numerator: .max, denominator: 1).applied(to: Euros.limit)
    }
    // Power-of-two denominator (shift path) and a result above the limit.
    #expect(throws: Euros.ArithmeticError.beyondLimit) {
      try Rate(numerator: 2, denominator: 1).applied(to: Euros.limit)
    }
    // General path (denominator 3) and a result above the limit.
    #expect(throws: Euros.ArithmeticError.beyondLimit) {
      try Rate(numerator: 4, denominator: 3).applied(to: Euros.limit)
    }
    #expect(Rate.percent(50).appliedIfRepresentable(to: .euros(3)) == Euros(uncheckedCents: 150))
    #expect(try Rate(numerator: 4, denominator: 3).appliedIfRepresentable(to: Euros.limit) == nil)
  }

  @Test("French percentages")
  func description() throws {
    #expect(Rate.percent(75).description == "75 %")
    #expect(try Rate(numerator: 1, denominator: 3).description == "33,33 %")
    #expect(try Rate(numerator: 1, denominator: 2).description == "50 %")
    #expect(try Rate(numerator: 1, denominator: 8).description == "12,5 %")
  }
}

/// Issue #22, bug 12: a large rate is displayed as what it is, never « 0 % ».
@Suite("Rates rendered exactly, however large")
struct LargeRateRenderingTests {
  @Test(
    "Percentages of any rate, truncated to hundredths",
    arguments: [
      (Int64.max, Int64(1), "922337203685477580700 %", "922337203685477580700.00"),
      (Int64.max, 3, "307445734561825860233,33 %", "307445734561825860233.33"),
      (Int64.min + 1, 1, "-922337203685477580700 %", "-922337203685477580700.00"),
      (1, 3, "33,33 %", "33.33"), (-1, 8, "-12,5 %", "-12.50"), (3, 4, "75 %", "75.00"), (1, Int64.max, "0 %", "0.00"),
      (1, 20, "5 %", "5.00"), (1, 1, "100 %", "100.00"), (101, 100, "101 %", "101.00"),
    ])
  func rendering(numerator: Int64, denominator: Int64, french: String, interchange: String) throws {
    let rate = try Rate(numerator: numerator, denominator: denominator)
    #expect(rate.description == french)
    #expect(rate.percentString == interchange)
  }
}
