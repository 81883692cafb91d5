extension Euros {
  // MARK: Operators for services

  /// The sum of two amounts.
  ///
  /// ```swift
  /// let total = try .thousands(400) + .euros(50)  // 400 050 €
  /// ```
  ///
  /// - Throws: ``ArithmeticError/beyondLimit`` when the sum exceeds ``limit``.
  @inlinable
  public static func + (lhs: Euros, rhs: Euros) throws(ArithmeticError) -> Euros {
    try lhs.adding(rhs)
  }

  /// The difference of two amounts.
  ///
  /// - Throws: ``ArithmeticError/beyondLimit`` when the difference exceeds ``limit``.
  @inlinable
  public static func - (lhs: Euros, rhs: Euros) throws(ArithmeticError) -> Euros {
    try lhs.subtracting(rhs)
  }

  // MARK: Whole euros

  /// An amount of whole euros.
  ///
  /// ```swift
  /// let grant = try Euros(640_000)  // 640 000 €
  /// ```
  ///
  /// - Throws: ``ArithmeticError/overflow`` or ``ArithmeticError/beyondLimit`` when
  ///   `euros` is beyond ±1 000 000 000 000.
  @inlinable
  public init(_ euros: Int) throws(ArithmeticError) {
    let (cents, overflow) = Int64(clamping: euros).multipliedReportingOverflow(by: 100)
    guard !overflow, Int64(clamping: euros) == euros else { throw .overflow }
    try self.init(cents: cents)
  }
}
