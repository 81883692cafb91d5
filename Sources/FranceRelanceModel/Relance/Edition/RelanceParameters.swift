/// The numbers of one call as plain values: what the rules read.
public struct RelanceParameters: Sendable, Hashable {
  /// The call.
  public let call: RelanceCall
  /// The window in force (the actual one where seed 001 gives it).
  public let window: DateWindow
  /// The planned opening, when the actual one differs.
  public let plannedOpening: StatedDate?
  /// Whether a text gives the window's closing; `false` for AAP2 and AAP3, whose texts
  /// give only the opening quarter.
  public let closingIsStated: Bool
  /// The later closing another text reports (the first call: 31 December 2020), read
  /// under `relance.aap1.closing = yearEnd`; `nil` for the other calls.
  public let reportedClosing: CalendarDate?
  /// The window a contradicting sentence gives (the third call: the second quarter of
  /// 2021), in force under `relance.aap3.quarter = secondQuarter`; `nil` for the other
  /// calls.
  public let alternativeWindow: DateWindow?
  /// The largest co-financing rate.
  public let coFinancingRate: Rate
  /// The same rate, prepared for the verdict path.
  public let coFinancingRateApplier: RateApplier
  /// The continuous window's size limit (excluded).
  public let continuousSizeLimit: Euros

  /// Creates parameters.
  public init(
    call: RelanceCall, window: DateWindow, plannedOpening: StatedDate?, closingIsStated: Bool,
    reportedClosing: CalendarDate? = nil, alternativeWindow: DateWindow? = nil, coFinancingRate: Rate,
    continuousSizeLimit: Euros
  ) {
    self.reportedClosing = reportedClosing
    self.alternativeWindow = alternativeWindow
    self.call = call
    self.window = window
    self.plannedOpening = plannedOpening
    self.closingIsStated = closingIsStated
    self.coFinancingRate = coFinancingRate
    coFinancingRateApplier = RateApplier(coFinancingRate)
    self.continuousSizeLimit = continuousSizeLimit
  }

  /// The window in force under `readings`: the alternative window when
  /// `relance.aap3.quarter = secondQuarter` and the call has one, otherwise ``window``.
  @inlinable
  public func window(_ readings: RelanceReadings) -> DateWindow {
    if let alternativeWindow, case .secondQuarter = readings.aap3Quarter { return alternativeWindow }
    return window
  }
}
