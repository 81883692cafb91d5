extension Euros {
  // MARK: Checked arithmetic

  /// Returns the sum of this amount and another.
  ///
  /// - Throws: ``ArithmeticError/beyondLimit`` when the sum exceeds ``limit``.
  ///   Both operands are within the limit, so the `Int64` addition itself never overflows.
  @inlinable
  public func adding(_ other: Euros) throws(ArithmeticError) -> Euros {
    try Euros(cents: cents + other.cents)
  }

  /// Returns this amount minus another.
  ///
  /// - Throws: ``ArithmeticError/beyondLimit`` when the difference exceeds ``limit``.
  @inlinable
  public func subtracting(_ other: Euros) throws(ArithmeticError) -> Euros {
    try Euros(cents: cents - other.cents)
  }

  /// Returns the sum of a sequence of amounts, checking every partial sum.
  ///
  /// - Complexity: O(*n*).
  /// - Throws: ``ArithmeticError/beyondLimit`` as soon as a partial sum leaves the limit.
  public static func sum(_ amounts: some Sequence<Euros>) throws(ArithmeticError) -> Euros {
    var total = Euros.zero
    for amount in amounts {
      total = try total.adding(amount)
    }
    return total
  }

  /// Returns the amount multiplied by a whole number.
  ///
  /// - Throws: ``ArithmeticError/overflow`` or ``ArithmeticError/beyondLimit``.
  @inlinable
  public func multiplied(by factor: Int64) throws(ArithmeticError) -> Euros {
    let (product, overflow) = cents.multipliedReportingOverflow(by: factor)
    guard !overflow else { throw .overflow }
    return try Euros(cents: product)
  }

  /// Splits the amount into `parts` whole-cent shares that differ by at most one cent.
  ///
  /// The division rounds down: every share is `⌊amount / parts⌋` and the leftover cents
  /// (fewer than `parts`) are returned separately, so the caller decides where they go.
  ///
  /// - Returns: The equal share and the leftover cents, or `nil` when `parts < 1`.
  public func splitEvenly(into parts: Int) -> (share: Euros, leftover: Euros)? {
    guard parts >= 1 else { return nil }
    let count = Int64(parts)
    let share = cents / count
    return (Euros(uncheckedCents: share), Euros(uncheckedCents: cents - share * count))
  }
}

// MARK: - Comparable

extension Euros: Comparable {
  /// Compares two amounts by their value in cents.
  @inlinable
  public static func < (lhs: Euros, rhs: Euros) -> Bool { lhs.cents < rhs.cents }
}
