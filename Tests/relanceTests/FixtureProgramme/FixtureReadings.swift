import FranceRelanceModel

/// The fixture programme has no reading.
struct FixtureReadings: ReadingSet {
  /// The numbers the readings would read.
  typealias Parameters = FixtureParameters

  /// No reading is declared.
  static var declarations: [ReadingDeclaration<FixtureReadings>] { [] }
}
