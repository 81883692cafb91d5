import Testing

@testable import FranceRelanceModel

@Suite("Envelope ledger: commitments, releases, replay")
struct EnvelopeLedgerTests {
  let aap1 = RelanceCall.aap1.envelopeIdentifier
  let day = CalendarDate(uncheckedYear: 2021, month: 3, day: 3)

  func commitment(_ reference: String, _ amount: Euros, in envelope: EnvelopeIdentifier? = nil) -> Commitment {
    Commitment(reference: reference, envelope: envelope ?? aap1, amount: amount, date: day)
  }

  @Test("A commitment counts in its envelope and every ancestor")
  func commitCountsUpward() throws {
    var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
    try ledger.commit(commitment("A", .thousands(350)))
    #expect(ledger.committed(in: aap1) == .thousands(350))
    #expect(ledger.remaining(in: aap1) == .thousands(5_650))
    #expect(ledger.committed(in: RelancePlan.dataLifecycleIdentifier) == .thousands(350))
    #expect(ledger.remaining(in: RelancePlan.planIdentifier) == .thousands(499_650))
    #expect(ledger.committed(in: RelanceCall.aap2.envelopeIdentifier) == .zero)
    #expect(ledger.committed(in: "nowhere") == nil)
  }

  @Test("The AAP1 envelope takes exactly 6 M€ and not one cent more (seed 003)")
  func envelopeBoundary() throws {
    var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
    try ledger.commit(commitment("A", .millions(4)))
    try ledger.commit(commitment("B", .millions(2)))
    #expect(ledger.remaining(in: aap1) == .zero)
    let before = ledger
    #expect(throws: LedgerError.exceedsEnvelope(aap1, requested: Euros(uncheckedCents: 1), available: .zero)) {
      try ledger.commit(commitment("C", Euros(uncheckedCents: 1)))
    }
    #expect(ledger == before)
  }

  @Test("An ancestor's limit binds too: the 23 M€ line refuses what its calls would accept")
  func ancestorBoundary() throws {
    // Commit directly on the line, then the calls cannot take the line past 23 M€.
    var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
    try ledger.commit(commitment("LINE", .millions(20), in: RelancePlan.dataLifecycleIdentifier))
    let before = ledger
    #expect(
      throws: LedgerError.exceedsEnvelope(
        RelancePlan.dataLifecycleIdentifier, requested: .millions(4), available: .millions(3))
    ) {
      try ledger.commit(commitment("A", .millions(4)))
    }
    #expect(ledger == before)
  }

  @Test(
    "Refusals leave the ledger unchanged",
    arguments: [
      (LedgerError.nonPositiveAmount, "zero"), (.unknownEnvelope("nowhere"), "unknown"), (.emptyReference, "empty"),
    ])
  func refusals(expected: LedgerError, scenario: String) throws {
    var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
    try ledger.commit(commitment("A", .thousands(100)))
    let before = ledger
    let attempt: Commitment =
      switch scenario {
      case "zero": commitment("B", .zero)
      case "unknown": commitment("B", .thousands(1), in: "nowhere")
      default: commitment("", .thousands(1))
      }
    #expect(throws: expected) { try ledger.commit(attempt) }
    #expect(ledger == before)
  }

  @Test("A reference is never committed twice, even after a full release")
  func duplicateReference() throws {
    var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
    try ledger.commit(commitment("A", .thousands(100)))
    #expect(throws: LedgerError.duplicateReference("A")) { try ledger.commit(commitment("A", .thousands(100))) }
    try ledger.release(.thousands(100), from: "A", on: day)
    let before = ledger
    #expect(throws: LedgerError.duplicateReference("A")) { try ledger.commit(commitment("A", .thousands(1))) }
    #expect(ledger == before)
    #expect(ledger.committed(in: aap1) == .zero)
  }

  @Test("Releases give money back, never more than remains committed")
  func releases() throws {
    var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
    try ledger.commit(commitment("A", .thousands(450)))
    try ledger.release(.thousands(50), from: "A", on: day)
    #expect(ledger.committed(in: aap1) == .thousands(400))
    #expect(ledger.entry(for: "A")?.outstanding == .thousands(400))
    let before = ledger
    #expect(
      throws: LedgerError.releaseExceedsOutstanding("A", requested: .thousands(401), outstanding: .thousands(400))
    ) {
      try ledger.release(.thousands(401), from: "A", on: day)
    }
    #expect(throws: LedgerError.unknownReference("Z")) { try ledger.release(.thousands(1), from: "Z", on: day) }
    #expect(throws: LedgerError.nonPositiveAmount) { try ledger.release(.zero, from: "A", on: day) }
    #expect(ledger == before)
  }

  @Test("Replaying the events rebuilds an equal ledger, also through JSON and Codable")
  func replay() throws {
    var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
    try ledger.commit(commitment("A", .thousands(450)))
    try ledger.commit(commitment("B", .thousands(75), in: RelanceCall.continuous.envelopeIdentifier))
    try ledger.release(.thousands(50), from: "A", on: day)
    let rebuilt = try EnvelopeLedger(tree: ledger.tree, replaying: ledger.events)
    #expect(rebuilt == ledger)
    let file = LedgerFile(events: ledger.events)
    let parsed = try LedgerFile(jsonDocument: Array(file.json.serialized().utf8))
    #expect(try EnvelopeLedger(tree: RelancePlan.envelopes, replaying: parsed.events) == ledger)
  }

  @Test("A bad event log is refused with the position of the first bad event")
  func badLog() throws {
    let events: [LedgerEvent] = [
      .committed(commitment("A", .millions(5))),
      .released(reference: "A", amount: .millions(1), date: day),
      .committed(commitment("B", .millions(2))),
      .committed(commitment("C", .millions(9))),
    ]
    #expect(
      throws: LedgerReplayError(position: 3, error: .exceedsEnvelope(aap1, requested: .millions(9), available: .zero))
    ) {
      try EnvelopeLedger(tree: RelancePlan.envelopes, replaying: events)
    }
    #expect(throws: LedgerReplayError(position: 0, error: .unknownReference("X"))) {
      try EnvelopeLedger(
        tree: RelancePlan.envelopes, replaying: [.released(reference: "X", amount: .euros(1), date: day)])
    }
  }

  @Test("Ledger events read from JSON name the faulty field")
  func eventDecodingErrors() throws {
    let bad =
      #"{"events": [{"type": "commit", "reference": "A", "envelope": "e", "amount": "1.00", "date": "2021-01-01"}, {"type": "commit", "reference": "B", "envelope": "e", "amount": "12.345", "date": "2021-01-01"}]}"#
    #expect(
      throws: InterchangeError(
        .invalidAmount(.tooManyDecimals), at: FieldPath(components: [.key("events"), .index(1), .key("amount")]))
    ) {
      try LedgerFile(jsonDocument: Array(bad.utf8))
    }
    let unknownType = #"{"events": [{"type": "gift", "reference": "A", "amount": "1.00", "date": "2021-01-01"}]}"#
    #expect(throws: InterchangeError.self) { try LedgerFile(jsonDocument: Array(unknownType.utf8)) }
  }
}
