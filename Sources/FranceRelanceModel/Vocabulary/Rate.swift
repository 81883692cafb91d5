/// An exact ratio, such as a co-financing rate (taux de cofinancement).
///
/// A rate is a fraction `numerator / denominator` in lowest terms, with a positive
/// denominator. It never goes through floating point.
///
/// ```swift
/// let cap = try Rate.percent(75).applied(to: .euros(100_001))  // 75 000,75 €
/// ```
public struct Rate: Sendable, Hashable {
  // MARK: Stored value

  /// The numerator, in lowest terms.
  public let numerator: Int64

  /// The denominator, in lowest terms, always positive.
  public let denominator: Int64

  // MARK: Creating rates

  /// Creates the rate `numerator / denominator`, reduced to lowest terms.
  ///
  /// - Throws: ``Euros/ArithmeticError/divisionByZero`` when `denominator` is zero.
  public init(numerator: Int64, denominator: Int64) throws(Euros.ArithmeticError) {
    guard denominator != 0 else { throw .divisionByZero }
    guard numerator != .min, denominator != .min else { throw .overflow }
    let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
    let sign: Int64 = denominator < 0 ? -1 : 1
    self.numerator = sign * numerator / Int64(divisor)
    self.denominator = sign * denominator / Int64(divisor)
  }

  /// A whole percentage, such as `Rate.percent(75)` for 75 %.
  ///
  /// The fraction is reduced without a loop (100 = 2² × 5², so the common divisor is the
  /// shared powers of 2 and 5), which lets a rate constant be initialised statically.
  @inlinable
  public static func percent(_ value: Int32) -> Rate {
    // 100 and an Int32 never make an invalid fraction.
    let whole = Int64(value)
    let twos: Int64 = whole % 4 == 0 ? 4 : whole % 2 == 0 ? 2 : 1
    let fives: Int64 = whole % 25 == 0 ? 25 : whole % 5 == 0 ? 5 : 1
    let divisor = twos * fives
    return Rate(reduced: whole / divisor, 100 / divisor)
  }

  /// The share that `part` is of `whole`, exactly (for instance an effective co-financing
  /// rate).
  ///
  /// - Throws: ``Euros/ArithmeticError/divisionByZero`` when `whole` is zero.
  public init(_ part: Euros, of whole: Euros) throws(Euros.ArithmeticError) {
    try self.init(numerator: part.cents, denominator: whole.cents)
  }

  @usableFromInline
  init(reduced numerator: Int64, _ denominator: Int64) {
    self.numerator = numerator
    self.denominator = denominator
  }

  private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var (a, b) = (a, b)
    while b != 0 { (a, b) = (b, a % b) }
    return a == 0 ? 1 : a
  }

  // MARK: Applying a rate

  /// Applies the rate to an amount, rounding down to the cent.
  ///
  /// Rounding rule: the exact product `amount × numerator / denominator` is rounded toward
  /// negative infinity, so a cap computed this way is never exceeded. The product is
  /// computed on 128 bits and cannot overflow in between.
  ///
  /// ```swift
  /// try Rate.percent(75).applied(to: Euros(cents: 1))  // 0,00 € (0.75 cent rounds down)
  /// ```
  ///
  /// - Throws: ``Euros/ArithmeticError/beyondLimit`` when the result exceeds the limit.
  @inlinable
  public func applied(to amount: Euros) throws(Euros.ArithmeticError) -> Euros {
    try flooredProduct(amount).get()
  }

  /// ``applied(to:)`` without throwing: `nil` where it throws.
  ///
  /// The library's own hot paths call this form: a `throw` inlined into a caller calls
  /// the runtime's error hook, which the optimiser must treat as opaque.
  ///
  /// Rounding rule: as ``applied(to:)``, toward negative infinity.
  @inlinable @inline(__always)
  package func appliedIfRepresentable(to amount: Euros) -> Euros? {
    switch flooredProduct(amount) {
    case .success(let result): result
    case .failure: nil
    }
  }

  /// The floor of `amount × numerator / denominator`, or why it has no value.
  @inlinable @inline(__always)
  func flooredProduct(_ amount: Euros) -> Result<Euros, Euros.ArithmeticError> {
    let product = amount.cents.multipliedFullWidth(by: numerator)
    let result: Int64
    if denominator & (denominator &- 1) == 0, product.high == Int64(bitPattern: product.low) >> 63 {
      // A power-of-two denominator (50 % = 1/2, 75 % = 3/4) and a product within 64 bits:
      // the arithmetic shift is the floor toward negative infinity, as below.
      result = Int64(bitPattern: product.low) >> Int64(denominator.trailingZeroBitCount)
    } else {
      let isNegative = product.high < 0
      // The magnitude of the 128-bit product (two's complement negation when negative).
      var high = UInt64(bitPattern: product.high)
      var low = product.low
      if isNegative {
        low = ~low &+ 1
        high = ~high &+ (low == 0 ? 1 : 0)
      }
      let divisor = UInt64(denominator)
      guard high < divisor else { return .failure(.overflow) }
      let (quotient, remainder) = divisor.dividingFullWidth((high: high, low: low))
      guard quotient <= UInt64(Euros.limitInCents) else { return .failure(.beyondLimit) }
      let signed = Int64(quotient)
      // Floor toward negative infinity: a negative inexact quotient goes one cent lower.
      result = isNegative ? -signed - (remainder == 0 ? 0 : 1) : signed
    }
    guard let amount = Euros(representableCents: result) else { return .failure(.beyondLimit) }
    return .success(amount)
  }

  // MARK: Properties

  /// Whether the rate is at most 100 %.
  public var isAtMostWhole: Bool { numerator <= denominator }
}

// MARK: - Comparable

extension Rate: Comparable {
  /// Compares two rates exactly, by cross-multiplying on 128 bits.
  public static func < (lhs: Rate, rhs: Rate) -> Bool {
    let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
    let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
    return left.high != right.high ? left.high < right.high : left.low < right.low
  }
}

// MARK: - Interchange rendering

extension Rate {
  /// The rate as a percentage truncated to hundredths, exactly for every rate: the sign,
  /// the integer part's decimal digits and the hundredths (0 to 99).
  ///
  /// - Complexity: O(1); 128-bit products, no overflow.
  func percentParts() -> (negative: Bool, integer: String, hundredths: Int) {
    let numerator = self.numerator.magnitude
    let denominator = self.denominator.magnitude
    let whole = numerator / denominator
    let rest = numerator % denominator
    // (rest × 100) / denominator and the next two digits, on 128 bits (rest < denominator).
    let (tensHigh, tensLow) = rest.multipliedFullWidth(by: 100)
    let (tens, tensRest) = denominator.dividingFullWidth((tensHigh, tensLow))
    let (hundredthsHigh, hundredthsLow) = tensRest.multipliedFullWidth(by: 100)
    let (hundredths, _) = denominator.dividingFullWidth((hundredthsHigh, hundredthsLow))
    // The percentage's integer part: whole × 100 + tens, written without multiplying.
    let integer = whole == 0 ? String(tens) : String(whole) + (tens < 10 ? "0" : "") + String(tens)
    let negative = (self.numerator < 0) != (self.denominator < 0) && (whole != 0 || tens != 0 || hundredths != 0)
    return (negative, integer, Int(hundredths))
  }

  /// The rate as a percentage with a point and two decimals, truncated: `"37.50"`,
  /// `"33.33"`, `"-12.50"`, exactly for every rate (`Int64.max` gives
  /// `"922337203685477580700.00"`).
  public var percentString: String {
    let (negative, integer, hundredths) = percentParts()
    return (negative ? "-" : "") + integer + "." + (hundredths < 10 ? "0" : "") + String(hundredths)
  }
}

// MARK: - French rendering

extension Rate: CustomStringConvertible {
  /// The rate as a French percentage: `75 %`, `33,33 %` (truncated to two decimals), exactly
  /// for every rate, however large.
  public var description: String {
    let (negative, integer, hundredths) = percentParts()
    var text = integer
    if hundredths != 0 {
      text += "," + (hundredths < 10 ? "0" : "") + String(hundredths)
      while text.hasSuffix("0") { text.removeLast() }
    }
    return (negative ? "-" : "") + text + " %"
  }
}
