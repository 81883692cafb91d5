import FranceRelanceModel
import Testing

@testable import relance

/// `relance questions` (design §6).
@Suite("relance questions")
struct QuestionsCommandTests {
  @Test("JSON: {\"questions\": [{field, label, rules}]}, the most decisive first; exit 0")
  func json() throws {
    let result = CommandLineTool.run(arguments: ["questions", "--json", "d.json"]) { _ in
      Array(#"{"programme": "ftap-data-2023"}"#.utf8)
    }
    #expect(result.status == 0)
    let object = try JSONObjectReader(try JSONValue(parsing: result.standardOutput), at: .root, keys: ["questions"])
    let first = try JSONObjectReader(
      try #require(try object.array("questions")?.first), at: .root, keys: ["field", "label", "rules"])
    #expect(try first.string("field") == "projectTypes")
    #expect(try first.string("label") == "types de projet")
  }

  @Test("Text: numbered French lines; a complete dossier has none; bad input exits 2")
  func text() {
    let complete = CommandLineTool.run(
      arguments: ["questions", CommandLineToolTests.root + "/Examples/ftap/proactive-single-payment.json"],
      readFile: RelanceTool.readFile)
    #expect(complete.standardOutput.hasPrefix("Aucune information ne manque"))
    let partial = CommandLineTool.run(
      arguments: ["questions", CommandLineToolTests.root + "/Examples/ftap/incomplete.json"],
      readFile: RelanceTool.readFile)
    #expect(partial.standardOutput.contains("\n1. "))
    let bad = CommandLineTool.run(arguments: ["questions", "d.json"]) { _ in Array("{".utf8) }
    #expect(bad.status == 2)
  }
}
