/// A request against the largest co-financing rate of a total cost: the figures, the
/// decision and the message that the co-financing rate rules of every programme share
/// (`relance.cofinancing.rate`, `ftap.cofinancing.rate`).
///
/// Rounding rule: the limit is the rate applied to the total cost, rounded down to the
/// cent, so it is never exceeded.
public struct RateLimitFigures: Sendable, Hashable {
  /// The co-financing requested.
  public let requested: Euros
  /// The total cost.
  public let total: Euros
  /// The rate applied to the total cost, rounded down to the cent.
  public let limit: Euros

  /// Creates figures.
  @inlinable
  public init(requested: Euros, total: Euros, limit: Euros) {
    self.requested = requested
    self.total = total
    self.limit = limit
  }

  // MARK: The shared decision

  /// The largest request a rate admits for a total cost, rounded down to the cent.
  @inlinable @inline(__always)
  public static func limit(_ total: Euros, rate: RateApplier) -> Euros {
    // A rate of at most 100 % of an amount within the limit stays within the limit.
    rate.applied(to: total) ?? .zero
  }

  /// The decision: satisfied when the request is at most the limit; the two fields lack
  /// input when absent.
  @inlinable @inline(__always)
  public static func decide<Field: DossierField>(
    total: Euros?, requested: Euros?, rate: RateApplier, totalField: Field, requestField: Field
  ) -> Decision<RateLimitFigures, Field> {
    guard let total, let requested else {
      var missing = EnumSet<Field>()
      if total == nil { missing.insert(totalField) }
      if requested == nil { missing.insert(requestField) }
      return .missing(missing)
    }
    let figures = RateLimitFigures(requested: requested, total: total, limit: limit(total, rate: rate))
    return requested <= figures.limit ? .satisfied(figures) : .violated(figures)
  }

  /// The French message: « Le cofinancement demandé (…) ne dépasse pas 75 % du coût total
  /// de …, soit …. »
  public func message(_ kind: Outcome.Kind, rate: Rate) -> String {
    "Le cofinancement demandé (" + requested.description + ")"
      + (kind == .satisfied ? " ne dépasse pas " : " dépasse ") + rate.description + " du coût total de "
      + total.description + ", soit " + limit.description + "."
  }
}
