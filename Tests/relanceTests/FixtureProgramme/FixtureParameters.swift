import FranceRelanceModel

/// The fixture programme's numbers: its window.
struct FixtureParameters: Sendable, Hashable {
  /// The filing window, 1 March to 30 June 2026.
  var window: DateWindow
}
