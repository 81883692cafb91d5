public import FranceRelanceModel

/// Where a milestone stands.
public enum MilestoneState: Sendable, Hashable {
  /// Nothing happened yet.
  case pending
  /// The impact report is submitted, awaiting DINUM's review.
  case reportSubmitted(IndicatorReport)
  /// DINUM reviewed the report and decided on the strategy.
  case reviewed(StrategyDecision)
  /// DINUM unlocked the tranche: done.
  case trancheUnlocked
  /// DINUM did not unlock the tranche: done, the money is not released (it may be unlocked
  /// at a later review under `ftap.tranches.withheld = notUnlocked`).
  case trancheWithheld(reason: String)
  /// DINUM did not unlock the tranche at this milestone, then unlocked it at a later review.
  case trancheUnlockedLater(reason: String, on: CalendarDate)
  /// The last milestone is closed: done.
  case closed

  /// Whether the milestone is finished.
  public var isFinished: Bool {
    switch self {
    case .trancheUnlocked, .trancheWithheld, .trancheUnlockedLater, .closed: true
    case .pending, .reportSubmitted, .reviewed: false
    }
  }
}
