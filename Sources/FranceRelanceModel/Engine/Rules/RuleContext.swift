/// What a rule's decision reads besides the dossier: the edition's parameters and the
/// readings in force.
///
/// Both are plain values, resolved once per programme, so a decision reads no global.
public struct RuleContext<Parameters: Sendable & Hashable, Readings: ReadingSet>: Sendable, Hashable {
  /// The edition's numbers: bounds, rates, thresholds, windows.
  public let parameters: Parameters
  /// The variant in force of each reading.
  public let readings: Readings

  /// Creates a context.
  @inlinable
  public init(parameters: Parameters, readings: Readings) {
    self.parameters = parameters
    self.readings = readings
  }
}
