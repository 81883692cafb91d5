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

  @Test(
    "References and envelopes are matched as strings are compared (canonical equivalence), whatever their bytes",
    arguments: [
      // A precomposed é, and e followed by a combining acute accent.
      ("CONV-\u{E9}t\u{E9}", "CONV-e\u{301}te\u{301}"),
      // The Kelvin sign is canonically the letter K.
      ("K-2021-01", "\u{212A}-2021-01"),
    ])
  func canonicalEquivalence(_ written: String, _ equivalent: String) throws {
    #expect(written == equivalent && Array(written.utf8) != Array(equivalent.utf8))
    let child = EnvelopeIdentifier(rawValue: "lot-" + written)
    let tree = Envelope(
      id: "racine", label: "Racine", amount: .thousands(10),
      children: [Envelope(id: child, label: "Lot", amount: .thousands(5))])
    var ledger = try EnvelopeLedger(tree: tree)
    try ledger.commit(
      Commitment(
        reference: written, envelope: EnvelopeIdentifier(rawValue: "lot-" + equivalent), amount: .thousands(1),
        date: day))
    #expect(ledger.committed(in: child) == .thousands(1))
    #expect(ledger.entry(for: equivalent)?.commitment.reference == written)
    let before = ledger
    #expect(throws: LedgerError.duplicateReference(equivalent)) {
      try ledger.commit(Commitment(reference: equivalent, envelope: child, amount: .thousands(1), date: day))
    }
    #expect(ledger == before)
    try ledger.release(.thousands(1), from: equivalent, on: day)
    #expect(ledger.committed(in: "racine") == .zero)
  }

  @Test("Thousands of references, reserved for or not, are each found once and never taken twice")
  func manyReferences() throws {
    for reserved in [0, 1_000, 20_000] {
      var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
      ledger.reserveCapacity(commitments: reserved)
      let references = (0..<10_000).map { "AAP1-" + String($0 * 7_919 % 100_003) }
      for reference in references { try ledger.commit(commitment(reference, .euros(100))) }
      #expect(ledger.committed(in: aap1) == .euros(1_000_000))
      #expect(ledger.entriesInOrder.map(\.commitment.reference) == references)
      for reference in references.prefix(500) {
        #expect(ledger.entry(for: reference)?.commitment.amount == .euros(100))
        #expect(throws: LedgerError.duplicateReference(reference)) {
          try ledger.commit(commitment(reference, .euros(1)))
        }
      }
      #expect(ledger.entry(for: "AAP1-100003") == nil)
      #expect(ledger.events.count == 10_000)
    }
  }

  @Test("The beneficiary and publication details come back from the ledger as they were given")
  func optionalFieldsKept() throws {
    var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
    let details = AwardDetails(
      decisionReference: "DEC-2021-07", object: "Cycle de vie de la donnée", totalCost: .thousands(600))
    let full = Commitment(
      reference: "A", envelope: aap1, amount: .thousands(450), date: day, beneficiary: "Ministère des Armées",
      details: details)
    let bare = commitment("B", .thousands(10))
    try ledger.commit(full)
    try ledger.commit(bare)
    #expect(ledger.entry(for: "A")?.commitment == full)
    #expect(ledger.entry(for: "A")?.commitment.details?.object == "Cycle de vie de la donnée")
    #expect(ledger.entry(for: "B")?.commitment == bare)
    #expect(ledger.entry(for: "B")?.commitment.beneficiary == nil)
    #expect(full != Commitment(reference: "A", envelope: aap1, amount: .thousands(450), date: day))
    var printed = ""
    dump(full, to: &printed)
    #expect(printed.contains("Ministère des Armées") && printed.contains("DEC-2021-07"))
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

/// Issue #22, bug 4: a tree of thousands of envelopes is indexed, so that reading what is
/// left in each one is linear, and every lookup still finds its own envelope.
@Suite("Large envelope trees")
struct LargeEnvelopeTreeTests {
  @Test("Every envelope of a 5 000-envelope tree is found, committed and released on its own", arguments: [40, 5_000])
  func lookups(children: Int) throws {
    let tree = Envelope(
      id: "root", label: "Racine", amount: try Euros(cents: Int64(children) * 100),
      children: (0..<children).map {
        Envelope(id: EnvelopeIdentifier(rawValue: "c" + String($0)), label: "C", amount: .euros(1))
      })
    var ledger = try EnvelopeLedger(tree: tree)
    let day = try CalendarDate(iso: "2024-01-01")
    for index in stride(from: 0, to: children, by: 3) {
      try ledger.commit(
        Commitment(
          reference: "R" + String(index), envelope: EnvelopeIdentifier(rawValue: "c" + String(index)),
          amount: .euros(1), date: day))
    }
    for index in 0..<children {
      let id = EnvelopeIdentifier(rawValue: "c" + String(index))
      #expect(ledger.remaining(in: id) == (index % 3 == 0 ? .zero : .euros(1)))
    }
    #expect(ledger.remaining(in: "absent") == nil)
    #expect(ledger.committed(in: "root") == (try Euros(cents: Int64((children + 2) / 3) * 100)))
    #expect(throws: LedgerError.exceedsEnvelope("c0", requested: .euros(1), available: .zero)) {
      try ledger.commit(Commitment(reference: "X", envelope: "c0", amount: .euros(1), date: day))
    }
  }
}
