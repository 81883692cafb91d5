/// A variant, other than the one in force, that would change a report's status.
public struct Sensitivity: Sendable, Hashable, Codable {
  /// The reading.
  public let reading: ReadingIdentifier
  /// The other variant.
  public let variant: String
  /// The status under that variant, every other reading unchanged.
  public let status: AssessmentStatus

  /// Creates a sensitivity entry.
  public init(reading: ReadingIdentifier, variant: String, status: AssessmentStatus) {
    self.reading = reading
    self.variant = variant
    self.status = status
  }

  /// The interchange form: `{"reading", "variant", "status"}`.
  public var json: JSONValue { JSONTreeBuilder.build { write(to: &$0) } }
}
