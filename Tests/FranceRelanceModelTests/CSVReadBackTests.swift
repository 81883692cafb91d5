import FranceRelanceModel
import TestSupport
import Testing

/// Issue #22, bug 1: every CSV the library writes reads back, field for field, with a
/// strict reader (RFC 4180: a quote inside an unquoted field, or anything but a separator
/// or a line end after a closing quote, is an error), whatever scalars the text holds.
@Suite("CSV exports read back strictly")
struct CSVReadBackTests {
  /// Random text over the scalars that break naive CSV writers.
  static func text(_ generator: inout SplitMix64) -> String {
    let alphabet: [Unicode.Scalar] = [
      "a", "é", ",", ";", "\"", "\r", "\n", " ", "=", "\u{0301}", "\u{200D}", "\u{FE0F}", "\u{1F469}", "\u{202E}",
      "\u{FEFF}", "\t",
    ]
    var scalars = String.UnicodeScalarView()
    for _ in 0..<Int(generator.next() % 12) { scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
    return String(scalars)
  }

  @Test("A quote followed by a combining mark or a joiner is doubled, so the field still ends where it should")
  func combiningQuote() throws {
    let row = ["\"\u{0301}, forged", "b"]
    let text = SCDLExport.excelCSV(header: ["x", "y"], rows: [row])
    let rows = try #require(StrictCSV.read(String(text.unicodeScalars.dropFirst()), separator: ";"))
    #expect(rows == [["x", "y"], row])
    let comma = row.map(SCDLExport.field).joined(separator: ",") + "\r\n"
    #expect(StrictCSV.read(comma, separator: ",") == [row])
  }

  @Test("Random fields, comma and semicolon files: read back strictly, cell for cell")
  func fuzzed() throws {
    let seed = SplitMix64.seed(fallback: 22)
    var generator = SplitMix64(seed: seed)
    for index in 0..<SplitMix64.cases() {
      let rows = (0..<3).map { _ in (0..<4).map { _ in Self.text(&generator) } }
      let comma = rows.map { $0.map(SCDLExport.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
      #expect(StrictCSV.read(comma, separator: ",") == rows, "seed \(seed) case \(index)")
      let excel = SCDLExport.excelCSV(header: ["a", "b", "c", "d"], rows: rows)
      #expect(
        StrictCSV.read(String(excel.unicodeScalars.dropFirst()), separator: ";") == [["a", "b", "c", "d"]] + rows,
        "seed \(seed) case \(index)")
    }
  }
}
