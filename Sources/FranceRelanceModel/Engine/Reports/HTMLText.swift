/// Text written into HTML: every value a page or a printed report takes from input or from
/// the texts goes through ``escaped(_:)``, so that none becomes markup.
///
/// ```swift
/// HTMLText.escaped("<b>« R&D »</b>")  // "&lt;b&gt;« R&amp;D »&lt;/b&gt;"
/// ```
public enum HTMLText {
  // MARK: Escaping

  /// `text` with `&`, `<`, `>`, `"` and `'` written as entities: safe in an element and
  /// in a quoted attribute.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
