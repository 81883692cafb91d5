/// A rate prepared once for applying it to many amounts: what an edition's parameters keep
/// for the verdict path.
///
/// A rate whose denominator is a power of two and whose numerator is small (50 % = 1/2,
/// 75 % = 3/4) is applied with one 64-bit multiplication and an arithmetic shift; any other
/// rate goes through ``Rate/applied(to:)``'s exact 128-bit arithmetic. Both give the same
/// result.
///
/// Rounding rule: toward negative infinity, to the cent, as ``Rate/applied(to:)``.
public struct RateApplier: Sendable, Hashable {
  // MARK: Stored properties

  /// The rate.
  public let rate: Rate
  /// The numerator when the fast path applies, otherwise 0.
  @usableFromInline let multiplier: Int64
  /// The shift of the fast path (log₂ of the denominator); negative when the fast path
  /// does not apply.
  @usableFromInline let shift: Int64
  /// Whether the fast path applies and the rate is between 0 and 1: the result of an
  /// amount within the limit is then within the limit, unchecked.
  @usableFromInline let staysWithinLimit: Bool

  // MARK: Creating

  /// Prepares a rate.
  public init(_ rate: Rate) {
    self.rate = rate
    // |cents| ≤ 10¹⁴, so a numerator of at most 92 233 in magnitude keeps the product
    // within Int64.
    let fast =
      rate.denominator & (rate.denominator &- 1) == 0 && rate.numerator <= 92_233 && rate.numerator >= -92_233
    multiplier = fast ? rate.numerator : 0
    shift = fast ? Int64(rate.denominator.trailingZeroBitCount) : -1
    staysWithinLimit = fast && rate.numerator >= 0 && rate.numerator <= rate.denominator
  }

  // MARK: Applying

  /// The rate applied to an amount, rounded down to the cent; `nil` beyond the limit.
  @inlinable @inline(__always)
  public func applied(to amount: Euros) -> Euros? {
    guard shift >= 0 else { return rate.appliedIfRepresentable(to: amount) }
    let cents = (amount.cents &* multiplier) >> shift
    // |amount × rate| ≤ |amount| for a rate between 0 and 1.
    if staysWithinLimit { return Euros(uncheckedCents: cents) }
    return Euros(representableCents: cents)
  }
}
