import FranceRelanceModel
import TestSupport
import Testing

/// Issue #22, bug 1: every CSV the library writes reads back, field for field, with a
/// strict reader (RFC 4180: a quote inside an unquoted field, or anything but a separator
/// or a line end after a closing quote, is an error), whatever scalars the text holds.
@Suite("CSV exports read back strictly")
struct CSVReadBackTests {
  /// A strict CSV reader on Unicode scalars: the rows of `text`, or `nil` when the text is
  /// not well-formed CSV.
  static func read(_ text: String, separator: Unicode.Scalar) -> [[String]]? {
    var rows: [[String]] = []
    var row: [String] = []
    var field = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var quoted = false
    var fieldStart = true
    func endField() {
      row.append(String(field))
      field = String.UnicodeScalarView()
      fieldStart = true
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if quoted {
        if scalar == "\"" {
          if index + 1 < scalars.count, scalars[index + 1] == "\"" {
            field.append("\"")
            index += 2
            continue
          }
          quoted = false
          index += 1
          // After a closing quote: a separator, a line end or the end only.
          guard index == scalars.count || scalars[index] == separator || scalars[index] == "\r" else { return nil }
          continue
        }
        field.append(scalar)
        index += 1
        continue
      }
      switch scalar {
      case "\"":
        guard fieldStart else { return nil }
        quoted = true
        fieldStart = false
        index += 1
      case separator:
        endField()
        index += 1
      case "\r":
        guard index + 1 < scalars.count, scalars[index + 1] == "\n" else { return nil }
        endField()
        rows.append(row)
        row = []
        index += 2
      case "\n":
        return nil
      default:
        field.append(scalar)
        fieldStart = false
        index += 1
      }
    }
    guard !quoted else { return nil }
    if !row.isEmpty || !field.isEmpty {
      endField()
      rows.append(row)
    }
    return rows
  }

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
    let rows = try #require(Self.read(String(text.unicodeScalars.dropFirst()), separator: ";"))
    #expect(rows == [["x", "y"], row])
    let comma = row.map(SCDLExport.field).joined(separator: ",") + "\r\n"
    #expect(Self.read(comma, separator: ",") == [row])
  }

  @Test("Random fields, comma and semicolon files: read back strictly, cell for cell")
  func fuzzed() throws {
    let seed = SplitMix64.seed(fallback: 22)
    var generator = SplitMix64(seed: seed)
    for index in 0..<SplitMix64.cases() {
      let rows = (0..<3).map { _ in (0..<4).map { _ in Self.text(&generator) } }
      let comma = rows.map { $0.map(SCDLExport.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
      #expect(Self.read(comma, separator: ",") == rows, "seed \(seed) case \(index)")
      let excel = SCDLExport.excelCSV(header: ["a", "b", "c", "d"], rows: rows)
      #expect(
        Self.read(String(excel.unicodeScalars.dropFirst()), separator: ";") == [["a", "b", "c", "d"]] + rows,
        "seed \(seed) case \(index)")
    }
  }
}
