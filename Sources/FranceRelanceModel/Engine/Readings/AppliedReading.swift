/// A reading with the variant in force: what every report lists.
public struct AppliedReading: Sendable, Hashable, Codable {
  /// The reading.
  public let id: ReadingIdentifier
  /// The variant in force.
  public let variant: String
  /// Whether it is the reading's default variant.
  public let isDefault: Bool

  /// Creates an applied reading.
  public init(id: ReadingIdentifier, variant: String, isDefault: Bool) {
    self.id = id
    self.variant = variant
    self.isDefault = isDefault
  }

  /// The interchange form: `{"id", "variant", "isDefault"}`.
  public var json: JSONValue { JSONTreeBuilder.build { write(to: &$0) } }
}
