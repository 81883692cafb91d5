import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes
import Testing

@testable import relance

/// The library's values are `Sendable` and its functions pure: assessing dossiers and
/// replaying ledgers from many tasks at once gives the same answers as one task. The suite
/// passes under `swift test --sanitize=thread`.
@Suite("Concurrency")
struct ConcurrencyTests {
  static func examples() throws -> [JSONValue] {
    let names = [
      "relance/aap1-eligible", "relance/aap1-ineligible", "relance/continu-incomplete", "relance/aap3-eligible",
      "ftap/provision-api-opendata-tranches", "ftap/ineligible-size-personnel-api", "ftap/incomplete",
      "ftap/combined-proactive-dataspace",
    ]
    return try names.map { name in
      try JSONValue(parsing: RelanceTool.readFile(CommandLineToolTests.root + "/Examples/" + name + ".json"))
    }
  }

  @Test("Assessing from 64 tasks at once gives the same reports as one task")
  func assessInParallel() async throws {
    let documents = try Self.examples()
    let expected = try documents.map { try ProgrammeCatalogue.registry.programme(of: $0).report(onJSON: $0) }
    let results = await withTaskGroup(of: (Int, AssessmentReport?).self) { group in
      for task in 0..<64 {
        group.addTask {
          let index = task % documents.count
          var report: AssessmentReport?
          for _ in 0..<50 {
            report = try? ProgrammeCatalogue.registry.programme(of: documents[index]).report(onJSON: documents[index])
          }
          return (index, report)
        }
      }
      var results: [(Int, AssessmentReport?)] = []
      for await result in group { results.append(result) }
      return results
    }
    #expect(results.count == 64)
    for (index, report) in results { #expect(report == expected[index]) }
  }

  @Test("Replaying a shared event log from 32 tasks at once rebuilds the same ledger")
  func replayInParallel() async throws {
    let file = try LedgerFile(
      jsonDocument: RelanceTool.readFile(CommandLineToolTests.root + "/Examples/ledgers/relance-example.json"))
    var events = file.events
    for number in 0..<500 {
      events.append(
        .committed(
          Commitment(
            reference: "P" + String(number), envelope: RelanceCall.aap2.envelopeIdentifier, amount: .euros(1_000),
            date: CalendarDate(uncheckedYear: 2021, month: 6, day: 1))))
    }
    let reference = try EnvelopeLedger(tree: RelancePlan.envelopes, replaying: events)
    let shared = events
    let ledgers = await withTaskGroup(of: EnvelopeLedger?.self) { group in
      for _ in 0..<32 {
        group.addTask { try? EnvelopeLedger(tree: RelancePlan.envelopes, replaying: shared) }
      }
      var ledgers: [EnvelopeLedger?] = []
      for await ledger in group { ledgers.append(ledger) }
      return ledgers
    }
    #expect(ledgers.count == 32)
    #expect(ledgers.allSatisfy { $0 == reference })
    #expect(reference.committed(in: RelanceCall.aap2.envelopeIdentifier) == .thousands(500))
  }
}
