/// An indicator a project retains beyond the five of seed 004 (a policy-improvement
/// project has no mandatory indicator but may retain its own), with its targets at each
/// 6-month milestone.
public struct OwnIndicator: Sendable, Hashable {
  /// The indicator's name, in the applicant's words.
  public var name: String
  /// The target at each milestone, in order.
  public var milestones: [String]

  /// Creates an indicator of the project's own.
  public init(name: String, milestones: [String]) {
    self.name = name
    self.milestones = milestones
  }
}
