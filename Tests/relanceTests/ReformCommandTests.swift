import FTAPGuichet
import Foundation
import FranceRelanceModel
import TestSupport
import Testing

@testable import relance

/// `relance assess --reform FILE` (issue #25): a reform's dated values overlay the texts'
/// from their day; the report names the reform, the periods it applied and the findings it
/// changed. Expected values worked out from seed 004 and the reform: FTAP-EX-03 asks
/// 250 000 € of 600 000 €, within 50 % (300 000 €), beyond 40 % (240 000 €).
@Suite("relance assess --reform")
struct ReformCommandTests {
  static let reform = String(decoding: repositoryFile("Examples/reforms/ftap-taux-40.json"), as: UTF8.self)

  /// The example dossier filed on `day`.
  static func dossier(filedOn day: String) -> String {
    let text = String(decoding: repositoryFile("Examples/ftap/policy-two-tranches.json"), as: UTF8.self)
    return text.replacingOccurrences(of: "\"filedOn\": \"2025-02-03\"", with: "\"filedOn\": \"" + day + "\"")
  }

  func run(_ arguments: [String], files: [String: String]) -> ToolResult {
    CommandLineTool.run(arguments: arguments) { (path: String) throws(InputFileError) -> [UInt8] in
      guard let text = files[path] else { throw InputFileError.unreadable("absent") }
      return Array(text.utf8)
    }
  }

  /// The report's `reform` member.
  func note(_ output: String) throws -> [JSONValue.Member] {
    guard case .object(let report) = try JSONValue(parsing: output),
      case .object(let note)? = report.first(where: { $0.key == "reform" })?.value
    else { throw CancellationError() }
    return note
  }

  /// `relance assess --json --reform` of the example reform on the dossier filed on `day`.
  func assessUnderReform(filedOn day: String) -> ToolResult {
    run(
      ["assess", "--json", "--reform", "r.json", "d.json"],
      files: ["r.json": Self.reform, "d.json": Self.dossier(filedOn: day)])
  }

  @Test("A 2025 dossier under the 40 % reform: ineligible, the rate's finding changed, the period applied named")
  func applied() throws {
    let result = assessUnderReform(filedOn: "2025-02-03")
    #expect(result.status == 1)
    let note = try note(result.standardOutput)
    #expect(
      note.first { $0.key == "applied" }?.value
        == .array([
          .object([
            .init("parameter", .string("ftap.cofinancing.maxRate")), .init("from", .string("2025-01-01")),
            .init("value", .string("0.40")),
          ])
        ]))
    guard case .array(let changed)? = note.first(where: { $0.key == "changed" })?.value,
      case .object(let change)? = changed.first
    else { throw CancellationError() }
    #expect(changed.count == 1)
    #expect(change.first { $0.key == "rule" }?.value == .string("ftap.cofinancing.rate"))
    #expect(change.first { $0.key == "before" }?.value == .string("satisfied"))
    #expect(change.first { $0.key == "after" }?.value == .string("violated"))
    #expect(result.standardOutput.contains(#""cap": "240000.00""#))
    // The 40 % is traced to the reform's sentence, not to the text's 50 % one: the rate's
    // finding cites it first, and the period it applied cites it.
    let rate = try #require(
      try Self.finding(result.standardOutput, "ftap.cofinancing.rate"))
    #expect(
      rate.contains(
        #""source":"reforme","location":"Règles de cofinancement","quote":"Le cofinancement ne dépassera pas 40% du coût total du projet"}"#
      ))
    #expect(rate.contains(#""from":"2025-01-01","citation":{"source":"reforme""#))
    // Before the reform's day, the text's sentence.
    let before = try #require(
      try Self.finding(assessUnderReform(filedOn: "2024-06-03").standardOutput, "ftap.cofinancing.rate"))
    #expect(before.contains(#""citation":[{"source":"004_ef0645be5cac4630""#))
    #expect(!before.contains("reforme"))
  }

  /// The finding of `rule` in a JSON report, as compact JSON.
  static func finding(_ output: String, _ rule: String) throws -> String? {
    guard case .object(let report) = try JSONValue(parsing: output),
      case .array(let findings)? = report.first(where: { $0.key == "findings" })?.value
    else { return nil }
    return findings.first {
      guard case .object(let members) = $0 else { return false }
      return members.first { $0.key == "rule" }?.value == .string(rule)
    }?.serialized(pretty: false)
  }

  @Test("A 2024 dossier under the same reform keeps the texts' 50 %: eligible, no period applied, no finding changed")
  func before() throws {
    let result = assessUnderReform(filedOn: "2024-06-03")
    #expect(result.status == 0)
    let note = try note(result.standardOutput)
    #expect(note.first { $0.key == "applied" }?.value == .array([]))
    #expect(note.first { $0.key == "changed" }?.value == .array([]))
  }

  @Test("Without --reform the report has no reform member; in a batch each line carries its note")
  func withoutAndBatch() {
    let plain = run(["assess", "--json", "d.json"], files: ["d.json": Self.dossier(filedOn: "2025-02-03")])
    #expect(plain.status == 0)
    #expect(!plain.standardOutput.contains("\"reform\""))
    let compact = Self.dossier(filedOn: "2025-02-03").replacingOccurrences(of: "\n", with: " ")
    let batch = run(
      ["assess", "--json", "--reform", "r.json", "b.jsonl"],
      files: ["r.json": Self.reform, "b.jsonl": compact + "\n" + compact + "\n"])
    #expect(batch.status == 1)
    #expect(batch.standardOutput.split(separator: "\n").filter { $0.contains("\"reform\":{\"name\"") }.count == 2)
  }

  @Test(
    "A reform that names an unknown parameter, a value of another unit or two periods on one day is refused on one line naming the path",
    arguments: [
      (#""ftap.cofinancing.maxrate":[{"from":"2025-01-01","value":"0.40"}]"#, "parameters.ftap.cofinancing.maxrate: "),
      (
        #""ftap.cofinancing.maxRate":[{"from":"2025-01-01","value":"40 %"}]"#,
        "parameters.ftap.cofinancing.maxRate[0].value: "
      ),
      (#""ftap.size.minimum":[{"from":"2025-01-01","value":"1,5"}]"#, "parameters.ftap.size.minimum[0].value: "),
      (
        #""ftap.tranches.durationMonths":[{"from":"2025-01-01","value":"6"}]"#,
        "parameters.ftap.tranches.durationMonths[0].value: "
      ),
      (
        #""ftap.cofinancing.maxRate":[{"from":"2025-01-01","value":"0.40"},{"from":"2025-01-01","value":"0.30"}]"#,
        "parameters.ftap.cofinancing.maxRate[1].from: "
      ),
      (
        #""relance.cofinancing.maxRate":[{"from":"2021-01-01","value":"75 %"}]"#,
        "parameters.relance.cofinancing.maxRate[0].value: "
      ),
    ])
  func refused(parameters: String, path: String) {
    let reform = #"{"name":"x","citation":{"source":"s","location":"l","quote":"q"},"parameters":{"# + parameters + "}}"
    let result = run(
      ["assess", "--reform", "r.json", "d.json"],
      files: ["r.json": reform, "d.json": Self.dossier(filedOn: "2025-02-03")])
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("r.json: " + path))
    #expect(result.standardError.split(separator: "\n").count == 1)
  }

  @Test("relance questions takes the same reform: the questions of the reformed programme; a bad reform is refused")
  func questions() {
    let incomplete = String(decoding: repositoryFile("Examples/ftap/incomplete.json"), as: UTF8.self)
    let files = ["r.json": Self.reform, "d.json": incomplete]
    let plain = run(["questions", "--json", "d.json"], files: files)
    let reformed = run(["questions", "--json", "--reform", "r.json", "d.json"], files: files)
    #expect(plain.status == 0 && reformed.status == 0)
    // The reform changes a number, not which fields a rule reads: the same questions.
    #expect(reformed.standardOutput == plain.standardOutput)
    let refused = run(
      ["questions", "--reform", "r.json", "d.json"],
      files: [
        "r.json": #"{"name":"x","citation":{"source":"s","location":"l","quote":"q"},"parameters":{}}"#,
        "d.json": incomplete,
      ])
    #expect(refused.status == 2)
    #expect(refused.standardError.hasPrefix("r.json: parameters: "))
  }

  @Test(
    "relance test --reform runs the cases under the reform: a 2026 dossier asking 50 % now also violates the rate; a 2024 one passes as before"
  )
  func regulationCases() throws {
    // Tests/Cases/ftap/window-after-closing.json: filed on 1 January 2026, 150 000 € of
    // 300 000 € (50 %). Under the reform's 40 % from 1 January 2025 the cap is 120 000 €,
    // so ftap.cofinancing.rate is violated besides ftap.window, and the case's expectation
    // (ftap.window alone) no longer holds.
    let after = String(decoding: repositoryFile("Tests/Cases/ftap/window-after-closing.json"), as: UTF8.self)
    let failed = run(["test", "--reform", "r.json", "c.json"], files: ["r.json": Self.reform, "c.json": after])
    #expect(failed.status == 1)
    #expect(
      failed.standardOutput.contains(
        "règles violées attendues : ftap.window ; obtenues : ftap.cofinancing.rate, ftap.window"))
    // The same case without the reform passes.
    #expect(run(["test", "c.json"], files: ["c.json": after]).status == 0)
    // A case filed in 2024 (FTAP-EX-03, 250 000 € of 600 000 €, within 50 %) passes under the
    // reform, whose period starts later.
    let before =
      #"{"name": "2024", "dossier": "# + Self.dossier(filedOn: "2024-06-03")
      + #", "expected": {"status": "eligible", "violated": []}}"#
    #expect(
      run(["test", "--reform", "r.json", "c.json"], files: ["r.json": Self.reform, "c.json": before]).status == 0)
    // A reform naming an unknown parameter is refused before any case runs.
    let bad = run(
      ["test", "--reform", "r.json", "c.json"],
      files: [
        "r.json":
          #"{"name": "x", "citation": {"source": "s", "location": "l", "quote": "q"}, "parameters": {"ftap.nope": []}}"#,
        "c.json": after,
      ])
    #expect(bad.status == 2)
    #expect(bad.standardError.hasPrefix("r.json: parameters.ftap.nope: "))
  }

  @Test(
    "The France Relance calls take a reform too: AAP2 at 50 % from 2021 refuses a 68.75 % request; AAP1, filed in 2020, keeps 75 %"
  )
  func relanceCalls() throws {
    // seed 003: « Financement du projet à hauteur de 75% des projets. » The reform sets
    // 50 % from 1 January 2021. Examples/relance/aap2-eligible.json, filed on 30 June
    // 2021, asks 550 000 € of 800 000 € (68.75 %): within 75 % (600 000 €), beyond 50 %
    // (400 000 €). aap1-eligible.json, filed on 10 December 2020, asks 300 000 € of
    // 400 000 € (75 %): before the reform's day.
    let reform =
      #"{"name": "Taux à 50 % en 2021", "citation": {"source": "Exemple", "location": "Cofinancement", "quote": "50 %"}, "parameters": {"relance.cofinancing.maxRate": [{"from": "2021-01-01", "value": "0.50"}]}}"#
    let aap2 = String(decoding: repositoryFile("Examples/relance/aap2-eligible.json"), as: UTF8.self)
    let aap1 = String(decoding: repositoryFile("Examples/relance/aap1-eligible.json"), as: UTF8.self)
    let after = run(["assess", "--json", "--reform", "r.json", "d.json"], files: ["r.json": reform, "d.json": aap2])
    #expect(after.status == 1, "\(after.standardError)")
    let json = try JSONValue(parsing: after.standardOutput)
    guard case .object(let report) = json,
      case .array(let findings)? = report.first(where: { $0.key == "findings" })?.value,
      case .object(let rate)? = findings.first(where: {
        guard case .object(let members) = $0 else { return false }
        return members.first { $0.key == "rule" }?.value == .string("relance.cofinancing.rate")
      }),
      case .array(let parameters)? = rate.first(where: { $0.key == "parameters" })?.value,
      case .object(let period)? = parameters.first
    else { throw CancellationError() }
    #expect(rate.first { $0.key == "outcome" }?.value == .string("violated"))
    #expect(period.first { $0.key == "from" }?.value == .string("2021-01-01"))
    #expect(period.first { $0.key == "amount" }?.value == .string("0.50"))
    #expect(try note(after.standardOutput).contains { $0.key == "changed" })
    let before = run(["assess", "--json", "--reform", "r.json", "d.json"], files: ["r.json": reform, "d.json": aap1])
    #expect(before.status == 0)
    // Without the reform, both are eligible, as their names say.
    #expect(run(["assess", "d.json"], files: ["d.json": aap2]).status == 0)
  }

  @Test("A reform that changes none of a programme's numbers leaves its report as the texts give it, with no note")
  func untouchedProgramme() throws {
    // The example reform changes the FTAP rate only; an AAP2 dossier is the calls'.
    let reform = try Reform(json: JSONValue(parsing: Array(Self.reform.utf8)))
    let document = try JSONDocument(parsing: repositoryFile("Examples/relance/aap2-eligible.json"))
    let call = RelanceCall.aap2
    let report = try reform.report(document, by: call, reformed: call.reformed(by: reform), selection: .init())
    #expect(report.reform == nil)
    #expect(report == (try call.report(onJSON: document, selection: .init())))
    // The FTAP dossier it does change carries the note.
    let guichet = FTAPGuichet()
    let ftap = try JSONDocument(parsing: Array(Self.dossier(filedOn: "2025-02-03").utf8))
    #expect(
      try reform.report(ftap, by: guichet, reformed: guichet.reformed(by: reform), selection: .init()).reform != nil)
  }
}
