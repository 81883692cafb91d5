/// A member of the jury of the first call, as listed by seed 001.
public struct JuryMember: Sendable, Hashable, Codable {
  /// The member's name.
  public let name: String
  /// The role printed after the name.
  public let role: String

  /// Creates a jury member.
  public init(name: String, role: String) {
    self.name = name
    self.role = role
  }
}
