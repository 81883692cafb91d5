/// The tag of indicator identifiers.
public enum IndicatorTag {}

/// The stable identifier of an indicator, such as `provision.reuses`.
public typealias IndicatorIdentifier = Identifier<IndicatorTag>

/// An indicator a report names: its identifier and its French title.
public struct IndicatorReference: Sendable, Hashable, Codable {
  /// The identifier, as a dossier's `plannedIndicators` writes it.
  public let id: IndicatorIdentifier
  /// The French title.
  public let title: String

  /// Creates a reference.
  public init(id: IndicatorIdentifier, title: String) {
    self.id = id
    self.title = title
  }
}
