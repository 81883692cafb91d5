public import FranceRelanceModel

/// The co-financing of an FTAP dossier: the two limits, which one binds, the cap, the
/// administration's share and the effective rate.
///
/// The cap is the lower of 50 % of the total cost (rounded down to the cent) and the total
/// cost minus personnel (Titre 2) costs, which stay in the administration's share
/// (`ftap.cofinancing.personnel`, an interpretation).
///
/// ```swift
/// let money = FTAPCoFinancing(totalCost: .thousands(400), personnelCost: .thousands(250),
///                             requested: .thousands(160))
/// money.cap           // 150 000 €: 400 000 − 250 000 is below 50 % (200 000 €)
/// money.bindingLimit  // .personnel
/// ```
public struct FTAPCoFinancing: Sendable, Hashable {
  // MARK: Nested types

  /// Which limit sets the cap.
  public enum Limit: String, Sendable, Hashable, Codable {
    /// 50 % of the total cost.
    case rate
    /// The total cost minus personnel costs.
    case personnel
    /// Both limits are equal.
    case both
  }

  // MARK: Stored properties

  /// The project's total cost.
  public let totalCost: Euros
  /// The personnel costs, when known.
  public let personnelCost: Euros?
  /// The co-financing requested, when known.
  public let requested: Euros?

  // MARK: Creating

  /// Analyses a dossier's figures.
  @inlinable @inline(__always)
  public init(totalCost: Euros, personnelCost: Euros?, requested: Euros?) {
    self.totalCost = totalCost
    self.personnelCost = personnelCost
    self.requested = requested
  }

  // MARK: Limits

  /// 50 % of the total cost, rounded down to the cent.
  @inlinable @inline(__always)
  public var rateLimit: Euros {
    // 50 % of an amount within the limit is within the limit.
    FTAPRules.coFinancingRate.appliedIfRepresentable(to: totalCost) ?? .zero
  }

  /// The total cost minus personnel costs; `nil` when personnel costs are unknown.
  @inlinable @inline(__always)
  public var personnelLimit: Euros? {
    personnelCost.flatMap { Euros(representableCents: totalCost.cents - $0.cents) }
  }

  /// The largest admissible co-financing: the lower of the known limits.
  @inlinable @inline(__always)
  public var cap: Euros {
    guard let personnelLimit else { return rateLimit }
    return min(rateLimit, personnelLimit)
  }

  /// Which limit sets ``cap``; ``Limit/rate`` while personnel costs are unknown.
  @inlinable
  public var bindingLimit: Limit {
    guard let personnelLimit else { return .rate }
    if personnelLimit == rateLimit { return .both }
    return personnelLimit < rateLimit ? .personnel : .rate
  }

  /// The largest request that would be admissible: ``cap``.
  public var largestAdmissibleRequest: Euros { cap }

  /// What the administration pays itself: total cost minus the request.
  public var administrationShare: Euros? {
    requested.flatMap { try? totalCost.subtracting($0) }
  }

  /// The effective co-financing rate: request / total cost, exact.
  public var effectiveRate: Rate? {
    requested.flatMap { try? Rate($0, of: totalCost) }
  }

  /// Whether the request is within the cap; `nil` when the request is unknown.
  public var isAdmissible: Bool? { requested.map { $0 <= cap } }
}
