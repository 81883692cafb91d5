import FranceRelanceModel
import Testing

@testable import relance

/// Issue #22, bugs 7 and 12: keys match byte for byte; invisible characters are shown in
/// messages; `relance test` refuses a folder without a case and a path it cannot read.
@Suite("Keys, invisible characters and case paths (issue #22)")
struct HostileKeyTests {
  func run(_ arguments: [String], _ document: String) -> ToolResult {
    CommandLineTool.run(arguments: arguments) { _ in Array(document.utf8) }
  }

  /// `projectKinds` written with U+212A KELVIN SIGN is canonically equivalent to the key,
  /// but not the key: it was accepted as known, then never read.
  @Test(
    "A key written with a compatibility character or another decomposition is an unknown field",
    arguments: [
      (#"{"programme": "relance-cvd-aap1", "project\#u{212A}inds": ["dataQuality"]}"#, "project\u{212A}inds"),
      (
        #"{"programme": "ftap-data-2023", "applicant": {"\#u{212A}ind": "stateAdministration"}}"#,
        "applicant.\u{212A}ind"
      ),
    ])
  func compatibilityKeys(document: String, key: String) {
    let result = run(["validate", "d.json"], document)
    #expect(result.status == 2)
    #expect(result.standardError.contains(key + ": champ inconnu"), "\(result.standardError)")
  }

  @Test(
    "An invisible character in a key is written out in the message",
    arguments: ["\u{200B}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{3164}"])
  func invisibleKeys(invisible: String) {
    let result = run(
      ["assess", "d.json"], #"{"programme": "ftap-data-2023", "filedOn"# + invisible + #"": "2023-06-15"}"#)
    #expect(result.status == 2)
    let hex = String(invisible.unicodeScalars.first!.value, radix: 16, uppercase: true)
    #expect(result.standardError.contains("filedOn\\u{" + hex + "}: champ inconnu"), "\(result.standardError)")
    #expect(!result.standardError.contains(invisible))
  }

  @Test("relance test: a folder without a case and a path it cannot read are bad input (exit 2), naming the path")
  func testPaths() {
    var io = BatchIO.inMemory(
      readFile: { (path: String) throws(InputFileError) -> [UInt8] in throw InputFileError.unreadable("absent") },
      emit: { _ in true })
    io.listTree = { path in path == "vide" ? [] : nil }
    let empty = CommandLineTool.run(arguments: ["test", "vide"], readFile: io.readFile, io: io)
    #expect(empty.status == 2)
    #expect(empty.standardError.hasPrefix("vide: aucun cas"))
    let missing = CommandLineTool.run(arguments: ["test", "absent.json"], readFile: io.readFile, io: io)
    #expect(missing.status == 2)
    #expect(missing.standardError.hasPrefix("absent.json: "))
  }
}
