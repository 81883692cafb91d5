public import FranceRelanceModel

/// A 6-month milestone (jalon) of a funded project.
public struct Milestone: Sendable, Hashable {
  /// The milestone number, from 1.
  public let number: Int
  /// The day the milestone is reached: start + 6 × number months.
  public let date: CalendarDate
  /// The tranche this milestone's review unlocks; `nil` for the last milestone.
  public let tranche: Tranche?
  /// Where the milestone stands.
  public internal(set) var state: MilestoneState
}
