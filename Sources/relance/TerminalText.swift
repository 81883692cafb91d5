import FranceRelanceModel

/// Text taken from input, made safe for one line of a terminal: the scalars that break or
/// reorder a line are written as `\u{…}` and the text is cut at a bounded number of
/// Unicode scalars (``JSONObjectReader/escapingLineBreaks(in:limit:)``), so that one
/// error stays one readable line whatever the input holds.
enum TerminalText {
  /// The most scalars a message keeps.
  static let limit = 600

  /// `text`, escaped and bounded.
  static func line(_ text: String) -> String { JSONObjectReader.escapingLineBreaks(in: text, limit: limit) }

  /// Whether a scalar could move the cursor, break the line or reorder what follows: the
  /// scalars a reference or a name may not hold (`JSONObjectReader.breaksLine(_:)`).
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { JSONObjectReader.breaksLine(scalar) }
}
