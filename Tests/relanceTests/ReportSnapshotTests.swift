import FranceRelanceModel
import TestSupport
import Testing

@testable import relance

/// Issue #25 reshaped the internals, not the answers: every example's JSON report is the
/// one written before the issue (`Tests/Snapshots/reports-before-issue-25/`, see its
/// README) but for the findings' new `parameters` member, which lists the periods applied.
@Suite("Example reports unchanged by issue #25 but for the parameters applied")
struct ReportSnapshotTests {
  /// The snapshot files and the example each was written from.
  static let snapshots: [(snapshot: String, example: String)] = [
    "relance/aap1-eligible.json", "relance/aap1-incomplete.json", "relance/aap1-ineligible.json",
    "relance/aap2-eligible.json", "relance/aap2-incomplete.json", "relance/aap2-ineligible.json",
    "relance/aap3-eligible.json", "relance/aap3-incomplete.json", "relance/aap3-ineligible.json",
    "relance/continu-incomplete.json", "relance/continu-ineligible.json", "relance/continu-undetermined.json",
    "ftap/combined-proactive-dataspace.json", "ftap/incomplete.json", "ftap/ineligible-applicant-window-rate.json",
    "ftap/ineligible-fixable-by-numbers.json", "ftap/ineligible-size-personnel-api.json",
    "ftap/policy-two-tranches.json", "ftap/proactive-single-payment.json",
    "ftap/provision-api-opendata-tranches.json", "batches/ftap-dossiers.jsonl",
  ].map { ("Tests/Snapshots/reports-before-issue-25/" + $0.replacing("/", with: "_"), "Examples/" + $0) }

  /// The JSON documents of a report file: one, or one per line for a batch's JSON Lines.
  static func documents(_ text: String, lines: Bool) throws -> [JSONValue] {
    guard lines else { return [try JSONValue(parsing: Array(text.utf8))] }
    return try text.split(separator: "\n").filter { !$0.isEmpty }.map { try JSONValue(parsing: Array($0.utf8)) }
  }

  /// The report without its findings' `parameters` members; how many it set aside.
  static func withoutParameters(_ report: JSONValue) -> (JSONValue, Int) {
    guard case .object(var members) = report,
      let index = members.firstIndex(where: { $0.key == "findings" }),
      case .array(let findings) = members[index].value
    else { return (report, 0) }
    var removed = 0
    members[index] = .init(
      "findings",
      .array(
        findings.map { finding in
          guard case .object(let fields) = finding else { return finding }
          removed += fields.count { $0.key == "parameters" }
          return .object(fields.filter { $0.key != "parameters" })
        }))
    return (.object(members), removed)
  }

  @Test("Every example snapshot is listed, and every listed example exists")
  func listed() throws {
    let names = Set(Self.snapshots.map(\.snapshot))
    #expect(names.count == 21)
    for (snapshot, example) in Self.snapshots {
      #expect(!repositoryFile(snapshot).isEmpty, "\(snapshot)")
      #expect(!repositoryFile(example).isEmpty, "\(example)")
    }
  }

  @Test("The report is the snapshot's, parameters aside; the rate's finding lists its period", arguments: snapshots)
  func unchanged(snapshot: String, example: String) throws {
    let result = CommandLineTool.run(arguments: ["assess", "--json", example], readFile: RelanceTool.readFile)
    let lines = example.hasSuffix(".jsonl")
    let before = try Self.documents(String(decoding: repositoryFile(snapshot), as: UTF8.self), lines: lines)
    let now = try Self.documents(result.standardOutput, lines: lines)
    #expect(now.count == before.count)
    var setAside = 0
    for (old, new) in zip(before, now) {
      let (stripped, removed) = Self.withoutParameters(new)
      setAside += removed
      #expect(stripped == old, "\(example)")
    }
    // Each report's co-financing rate finding (both programmes have one) carries its
    // parameters; a batch's every line does.
    #expect(setAside >= now.count)
  }
}
