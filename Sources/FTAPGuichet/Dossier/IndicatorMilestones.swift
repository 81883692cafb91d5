/// The targets a dossier sets for one of the five indicators of seed 004, one per 6-month
/// milestone of the project, in the applicant's words (« les jalons des indicateurs
/// retenus »).
public struct IndicatorMilestones: Sendable, Hashable {
  /// The indicator.
  public var indicator: FTAPIndicator
  /// The target at each milestone, in order (« 500 usagers », « 20 % »…).
  public var milestones: [String]

  /// Creates the targets of an indicator.
  public init(_ indicator: FTAPIndicator, milestones: [String]) {
    self.indicator = indicator
    self.milestones = milestones
  }
}
