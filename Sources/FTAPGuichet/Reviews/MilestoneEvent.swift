public import FranceRelanceModel

/// A recorded step of a milestone review: what, by whom, when.
public struct MilestoneEvent: Sendable, Hashable {
  /// The milestone number.
  public let milestone: Int
  /// The step.
  public let action: MilestoneAction
  /// Who took it.
  public let actor: Participant
  /// When.
  public let date: CalendarDate
}
