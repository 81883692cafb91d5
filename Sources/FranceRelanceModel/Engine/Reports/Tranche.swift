/// One payment of a grant (tranche de financement).
public struct Tranche: Sendable, Hashable, Codable {
  /// The tranche number, from 1.
  public let number: Int
  /// The day the tranche can be released.
  public let date: CalendarDate
  /// The amount released.
  public let amount: Euros

  /// Creates a tranche.
  @inlinable
  public init(number: Int, date: CalendarDate, amount: Euros) {
    self.number = number
    self.date = date
    self.amount = amount
  }
}
