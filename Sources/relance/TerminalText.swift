import FranceRelanceModel

/// Text taken from input, made safe for one line of a terminal: control characters (C0,
/// DEL, C1), line and paragraph separators and bidirectional controls are written as
/// `\u{…}`, and the text is cut at a bounded number of Unicode scalars, so that one error
/// stays one readable line whatever the input holds.
enum TerminalText {
  /// The most scalars a message keeps.
  static let limit = 600

  /// `text`, escaped and bounded.
  static func line(_ text: String) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      guard count < limit else {
        result += "…"
        break
      }
      count += 1
      if isUnsafe(scalar) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether a scalar could move the cursor, break the line or reorder what follows: the
  /// scalars a reference or a name may not hold (`JSONObjectReader.breaksLine(_:)`).
  static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { JSONObjectReader.breaksLine(scalar) }
}
