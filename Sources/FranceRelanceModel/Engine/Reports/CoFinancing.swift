/// The money side of an assessment: what is asked, the most that can be granted, and what
/// the administration pays itself.
public struct CoFinancing: Sendable, Hashable {
  /// The co-financing requested (cofinancement demandé); `nil` when the dossier omits it.
  public let requested: Euros?
  /// The largest admissible co-financing for the dossier's total cost, rounded down to the
  /// cent; `nil` when the total cost is unknown.
  public let cap: Euros?
  /// The administration's own share: total cost minus the request; `nil` when either is
  /// unknown.
  public let administrationShare: Euros?

  /// The request as an exact share of the total cost; `nil` when either is unknown.
  public let effectiveRate: Rate?
  /// Which limit sets the cap, when the programme has several (the FTAP guichet's rate
  /// and personnel limits); `nil` otherwise.
  public let bindingLimit: BindingLimit?

  /// Creates the money side of an assessment.
  public init(
    requested: Euros?, cap: Euros?, administrationShare: Euros?, effectiveRate: Rate? = nil,
    bindingLimit: BindingLimit? = nil
  ) {
    self.requested = requested
    self.cap = cap
    self.administrationShare = administrationShare
    self.effectiveRate = effectiveRate
    self.bindingLimit = bindingLimit
  }
}
