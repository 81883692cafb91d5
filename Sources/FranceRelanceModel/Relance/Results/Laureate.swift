/// A project selected in the first call (lauréat), as listed by seed 001.
public struct Laureate: Sendable, Hashable, Codable {
  // MARK: Stored properties

  /// The project's name, as printed in bold.
  public let project: String
  /// The one-line description that follows, when there is one.
  public let summary: String?
  /// The administration that carries it, as printed (capitals kept).
  public let administration: String
  /// The ministry it belongs to.
  public let ministry: String
  /// Whether seed 001 names the ministry itself; when `false`, ``ministry`` is the
  /// supervising ministry of the administration, an interpretation beyond the text.
  public let ministryIsStated: Bool
  /// The category it is listed under.
  public let category: LaureateCategory

  // MARK: Creating

  /// Creates a laureate.
  public init(
    project: String, summary: String?, administration: String, ministry: String, ministryIsStated: Bool,
    category: LaureateCategory
  ) {
    self.project = project
    self.summary = summary
    self.administration = administration
    self.ministry = ministry
    self.ministryIsStated = ministryIsStated
    self.category = category
  }
}
