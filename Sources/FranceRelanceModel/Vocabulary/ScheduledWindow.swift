/// A window as one text gives it: the dates, the sentences they come from and, when the
/// dates read beyond the letter, the interpretation.
public struct ScheduledWindow: Sendable, Hashable {
  /// The window.
  public let window: DateWindow
  /// The sentences that give the dates.
  public let citations: [Citation]
  /// How the dates read the texts where they go beyond the letter, and why.
  public let interpretation: String?

  /// Creates a scheduled window.
  public init(_ window: DateWindow, citations: [Citation], interpretation: String? = nil) {
    self.window = window
    self.citations = citations
    self.interpretation = interpretation
  }
}
