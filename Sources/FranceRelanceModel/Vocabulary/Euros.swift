/// An exact amount of money, in euro cents.
///
/// `Euros` never uses floating point. An amount is a whole number of cents held in an
/// `Int64`, limited to ±1 000 000 000 000 € (``Euros/limit``): the library refuses larger
/// amounts as absurd for a public funding programme, which also leaves headroom so that the
/// exact products used by ``Rate`` never overflow.
///
/// ```swift
/// let line = Euros.millions(23)                  // 23 M€
/// let request = try Euros(parsing: "600000.50")  // 600 000,50 €
/// let total = try line.adding(request)           // overflow-checked
/// print(total)                                   // "23 600 000,50 €"
/// ```
///
/// Arithmetic is checked: ``adding(_:)`` and ``subtracting(_:)`` throw
/// ``ArithmeticError`` rather than trap, so a sum over user-supplied values is always safe.
public struct Euros: Sendable, Hashable {
  // MARK: Stored value

  /// The amount in euro cents (centimes d'euro).
  public let cents: Int64

  // MARK: Limits

  /// The largest absolute amount the library accepts: 1 000 000 000 000 € in cents.
  public static let limitInCents: Int64 = 100_000_000_000_000

  /// The largest amount the library accepts: 1 000 000 000 000 €.
  @inlinable
  public static var limit: Euros { Euros(uncheckedCents: limitInCents) }

  /// Zero euros.
  @inlinable
  public static var zero: Euros { Euros(uncheckedCents: 0) }

  // MARK: Creating amounts

  /// Creates an amount from a number of cents.
  ///
  /// - Parameter cents: The amount in euro cents.
  /// - Throws: ``ArithmeticError/beyondLimit`` when `|cents|` exceeds ``limitInCents``.
  @inlinable
  public init(cents: Int64) throws(ArithmeticError) {
    guard let amount = Euros(representableCents: cents) else { throw .beyondLimit }
    self = amount
  }

  /// Creates an amount whose range the caller has already checked.
  /// An amount of `cents`, or `nil` when `|cents|` exceeds ``limitInCents``: the
  /// non-throwing form the library's hot paths use (a `throw` inlined into a caller calls
  /// the runtime's error hook, which the optimiser must treat as opaque).
  @inlinable
  package init?(representableCents cents: Int64) {
    guard cents >= -Self.limitInCents, cents <= Self.limitInCents else { return nil }
    self.cents = cents
  }

  @usableFromInline
  package init(uncheckedCents cents: Int64) {
    self.cents = cents
  }

  /// An amount of whole euros, for constants taken from the texts.
  ///
  /// `Int32` cannot exceed ``limit``, so this constructor never fails.
  ///
  /// ```swift
  /// let floor = Euros.euros(100_000)  // 100 000 €
  /// ```
  @inlinable
  public static func euros(_ amount: Int32) -> Euros {
    Euros(uncheckedCents: Int64(amount) * 100)
  }

  /// An amount of whole thousands of euros (k€), for constants taken from the texts.
  ///
  /// - Precondition: `|amount| ≤ 1 000 000 000` (that is, within ``limit``). Use
  ///   ``init(cents:)`` or ``init(parsing:allowsNegative:)`` for values not known when
  ///   the code is written: they throw instead.
  @inlinable
  public static func thousands(_ amount: Int32) -> Euros {
    precondition(amount.magnitude <= 1_000_000_000, "Euros.thousands beyond the limit")
    return Euros(uncheckedCents: Int64(amount) * 100_000)
  }

  /// An amount of whole millions of euros (M€), for constants taken from the texts.
  ///
  /// ```swift
  /// let plan = Euros.millions(500)  // 500 M€
  /// ```
  ///
  /// - Precondition: `|amount| ≤ 1 000 000` (that is, within ``limit``). Use
  ///   ``init(cents:)`` or ``init(parsing:allowsNegative:)`` for values not known when
  ///   the code is written: they throw instead.
  @inlinable
  public static func millions(_ amount: Int32) -> Euros {
    precondition(amount.magnitude <= 1_000_000, "Euros.millions beyond the limit")
    return Euros(uncheckedCents: Int64(amount) * 100_000_000)
  }

  // MARK: Properties

  /// Whether the amount is below zero.
  public var isNegative: Bool { cents < 0 }

  /// Whether the amount is zero.
  public var isZero: Bool { cents == 0 }

  /// The whole-euro part, truncated toward zero.
  public var wholeEuros: Int64 { cents / 100 }
}
