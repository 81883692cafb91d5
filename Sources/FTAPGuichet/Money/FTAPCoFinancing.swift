public import FranceRelanceModel

/// The co-financing of an FTAP dossier: the two limits, which one binds, the cap, the
/// administration's share and the effective rate.
///
/// The cap is the lower of the rate applied to the total cost (rounded down to the cent)
/// and, when personnel costs cap the request (a State administration under
/// `ftap.cofinancing.personnel = notCoFinanced`), the total cost minus those costs.
///
/// ```swift
/// let money = FTAPCoFinancing(totalCost: .thousands(400), personnelCost: .thousands(250),
///                             requested: .thousands(160))
/// money.cap           // 150 000 €: 400 000 − 250 000 is below 50 % (200 000 €)
/// money.bindingLimit  // .personnel
/// ```
public struct FTAPCoFinancing: Sendable, Hashable {
  // MARK: Stored properties

  /// The project's total cost.
  public let totalCost: Euros
  /// The personnel costs that cap the request; `nil` when they do not (unknown, or not
  /// capping under the applicant's kind and the reading).
  public let personnelCost: Euros?
  /// The co-financing requested, when known.
  public let requested: Euros?
  /// The largest co-financing rate.
  public let rate: Rate
  /// The rate applied to the total cost, rounded down to the cent.
  ///
  /// Rounding rule: toward negative infinity, to the cent (`RateApplier`).
  public let rateLimit: Euros

  // MARK: Creating

  /// Analyses a dossier's figures.
  ///
  /// - Parameters:
  ///   - totalCost: the project's total cost.
  ///   - personnelCost: the personnel costs that cap the request, or `nil`.
  ///   - requested: the co-financing requested, or `nil`.
  ///   - rate: the edition's largest rate, 50 % for the 2023 – 2025 guichet.
  @inlinable @inline(__always)
  public init(totalCost: Euros, personnelCost: Euros?, requested: Euros?, rate: Rate) {
    self.init(totalCost: totalCost, personnelCost: personnelCost, requested: requested, applier: RateApplier(rate))
  }

  /// Analyses a dossier's figures with a rate prepared once (an edition's
  /// `coFinancingRateApplier`): what the evaluation path uses.
  @inlinable @inline(__always)
  init(totalCost: Euros, personnelCost: Euros?, requested: Euros?, applier: RateApplier) {
    self.totalCost = totalCost
    self.personnelCost = personnelCost
    self.requested = requested
    self.rate = applier.rate
    // A rate of at most 100 % of an amount within the limit is within the limit.
    self.rateLimit = applier.applied(to: totalCost) ?? .zero
  }

  /// Analyses a dossier's figures under the 2023 – 2025 guichet's rate.
  public init(totalCost: Euros, personnelCost: Euros?, requested: Euros?) {
    self.init(
      totalCost: totalCost, personnelCost: personnelCost, requested: requested,
      rate: FTAPParameters.guichet2023.coFinancingRate)
  }

  // MARK: Limits

  /// The total cost minus personnel costs (at least zero); `nil` when personnel costs do
  /// not cap.
  @inlinable @inline(__always)
  public var personnelLimit: Euros? {
    personnelCost.map { Swift.max(.zero, FTAPRules.Personnel.limit(total: totalCost, personnel: $0)) }
  }

  /// The largest admissible co-financing: the lower of the limits.
  ///
  /// Rounding rule: the rate limit rounds down to the cent.
  @inlinable @inline(__always)
  public var cap: Euros {
    guard let personnelLimit else { return rateLimit }
    return Swift.min(rateLimit, personnelLimit)
  }

  /// Which limit sets ``cap``; `BindingLimit.rate` when personnel costs do not cap.
  @inlinable @inline(__always)
  public var bindingLimit: BindingLimit {
    guard let personnelLimit else { return .rate }
    if personnelLimit == rateLimit { return .both }
    return personnelLimit < rateLimit ? .personnel : .rate
  }

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
