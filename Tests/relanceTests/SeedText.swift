@testable import FranceRelanceModel
@testable import relance

/// Reads the seed texts copied in `Docs/seeds/`, normalised for quoting: HTML tags and
/// `&nbsp;` become spaces, Markdown emphasis is dropped, white space is collapsed.
enum SeedText {
  static func read(_ relativePath: String) -> String? {
    guard let bytes = try? RelanceTool.readFile(CommandLineToolTests.root + "/" + relativePath) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func normalized(_ text: String) -> String {
    var output = ""
    var inTag = false
    for character in text.replacing("&nbsp;", with: " ").replacing("&#8230;", with: "…").replacing("**", with: "") {
      if character == "<" {
        inTag = true
        output.append(" ")
        continue
      }
      if character == ">", inTag {
        inTag = false
        continue
      }
      if !inTag { output.append(character) }
    }
    return output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func normalized(_ source: Source) -> String {
    normalized(read("Docs/seeds/" + source.fileName) ?? "")
  }

  /// The seed without its footnote lines (a line opening with « ¹ »), normalised: a
  /// sentence that a page break and a footnote cut in two reads whole here (seed 004's
  /// « Proactivité "jusqu'au bout" … montant total estimé en euros »).
  static func withoutFootnotes(_ source: Source) -> String {
    let text = read("Docs/seeds/" + source.fileName) ?? ""
    return normalized(
      text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("¹") }.joined(
        separator: "\n"))
  }
}
