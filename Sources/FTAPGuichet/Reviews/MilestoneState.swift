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
  /// DINUM withheld the tranche: done, the money is not released.
  case trancheWithheld(reason: String)
  /// The last milestone is closed: done.
  case closed

  /// Whether the milestone is finished.
  public var isFinished: Bool {
    switch self {
    case .trancheUnlocked, .trancheWithheld, .closed: true
    case .pending, .reportSubmitted, .reviewed: false
    }
  }
}
