import FTAPGuichet
import FranceRelanceModel
import TestSupport
import Testing

@testable import relance

/// `relance assess --csv` and `--excel` (issue #24, design v3 §12): one row per dossier,
/// every cell read back by a strict CSV reader.
@Suite("relance assess --csv and --excel")
struct SpreadsheetCommandTests {
  func run(_ arguments: [String], files: [String: String]) -> ToolResult {
    CommandLineTool.run(arguments: arguments) { (path: String) throws(InputFileError) -> [UInt8] in
      guard let text = files[path] else { throw InputFileError.unreadable("absent") }
      return Array(text.utf8)
    }
  }

  static let header = [
    "file", "line", "reference", "programme", "status", "cap", "bindingLimit", "violated", "undetermined", "missing",
    "remedy",
  ]

  @Test("One row per dossier, in order, after the header; the cells are the report's")
  func rows() throws {
    let result = run(
      ["assess", "--csv", "a.json", "b.json", "c.json"],
      files: [
        "a.json": BatchCommandTests.eligible, "b.json": BatchCommandTests.incomplete,
        "c.json": #"{"programme": "ftap-data-2023", "totalCost": "1,5"}"#,
      ])
    let table = try #require(StrictCSV.read(result.standardOutput, separator: ","))
    #expect(table.count == 4)
    #expect(table[0] == Self.header)
    #expect(table[1][0] == "a.json" && table[1][4] == "eligible")
    #expect(table[2][4] == "incomplete" && table[2][9].split(separator: " ").contains("ftap.impactModel"))
    #expect(table[3][4] == "invalidInput" && table[3][10].hasPrefix("totalCost: "))
    #expect(result.status == 2)
    // The cells are those of the library's report.
    let report = try FTAPGuichet().report(onJSON: JSONValue(parsing: BatchCommandTests.incomplete))
    #expect(Array(table[2].dropFirst(2)) == report.spreadsheetCells)
  }

  @Test(
    "Hostile text in a reference reads back as it was written; in the spreadsheet variant no cell starts a formula",
    arguments: ["a,b", "a\"b", "a\"\u{301};b", "=SOMME(A1)", "+1", "-1", "@x", "a;b", "accentue\u{301}"])
  func hostileReference(reference: String) throws {
    let dossier = JSONValue.object([
      .init("programme", .string("ftap-data-2023")), .init("reference", .string(reference)),
    ])
    .serialized(pretty: false)
    let files = ["d.jsonl": dossier + "\n"]
    let plain = run(["assess", "--csv", "d.jsonl"], files: files)
    let table = try #require(StrictCSV.read(plain.standardOutput, separator: ","))
    #expect(table.count == 2 && table[1][2] == reference)
    let excel = run(["assess", "--excel", "d.jsonl"], files: files)
    #expect(excel.standardOutput.hasPrefix("\u{FEFF}"))
    let sheet = try #require(StrictCSV.read(String(excel.standardOutput.unicodeScalars.dropFirst()), separator: ";"))
    #expect(sheet.count == 2 && sheet[0] == Self.header)
    let cell = sheet[1][2]
    #expect(cell == reference || cell == "'" + reference)
    #expect(!sheet.joined().contains { $0.first.map { "=+-@".contains($0) } ?? false })
  }

  @Test("--csv and --excel go alone")
  func usage() {
    for flags in [["--csv", "--json"], ["--excel", "--verdict"], ["--csv", "--motivation"]] {
      #expect(run(["assess"] + flags + ["a.json"], files: ["a.json": BatchCommandTests.eligible]).status == 64)
    }
  }
}
