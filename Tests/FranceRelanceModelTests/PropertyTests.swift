import FoundationEssentials
import TestSupport
import Testing

@testable import FranceRelanceModel

/// Properties checked on `PROPERTY_CASES` generated cases each (2 000 by default, 100 000
/// in CI's release run), from a fixed seed
/// (`PROPERTY_SEED=… swift test --filter PropertyTests` replays another one; every failure
/// message names the seed and the case).
@Suite("Properties (PROPERTY_CASES cases each, 2 000 by default)")
struct PropertyTests {
  static let cases = SplitMix64.cases()

  static func amount(_ generator: inout SplitMix64, max: Int64 = Euros.limitInCents) -> Euros {
    // Mostly small amounts, sometimes huge ones, sometimes exact round numbers.
    let bound: Int64 =
      switch generator.next() % 4 {
      case 0: 100
      case 1: 100_000_000
      case 2: 10_000_000_000
      default: max
      }
    return Euros(uncheckedCents: Int64.random(in: 0...Swift.min(bound, max), using: &generator))
  }

  @Test(
    "The ledger never takes an envelope past its amount; refusals change nothing; replay rebuilds it; its events and entries follow a plain model"
  )
  func ledger() throws {
    let seed = SplitMix64.seed(fallback: 1)
    var generator = SplitMix64(seed: seed)
    let ids = RelancePlan.envelopes.allEnvelopes.map(\.id) + ["unknown"]
    let amounts = Dictionary(uniqueKeysWithValues: RelancePlan.envelopes.allEnvelopes.map { ($0.id, $0.amount) })
    var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
    var references: [String] = []
    // The model: the accepted events in order, and what each reference still has committed.
    var accepted: [LedgerEvent] = []
    var outstanding: [String: Euros] = [:]
    let day = CalendarDate(uncheckedYear: 2021, month: 3, day: 3)
    for step in 0..<Self.cases {
      if step % 5_000 == 0 {
        ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
        accepted = []
        outstanding = [:]
      }
      let before = ledger
      let event: LedgerEvent
      if generator.next() % 3 == 0, let reference = references.randomElement(using: &generator) {
        event = .released(reference: reference, amount: Self.amount(&generator, max: 2_000_000_000), date: day)
      } else {
        let reference = "R" + String(generator.next() % 20_000)
        references.append(reference)
        event = .committed(
          Commitment(
            reference: reference, envelope: ids.randomElement(using: &generator)!,
            amount: Self.amount(&generator, max: 2_000_000_000), date: day))
      }
      let known = outstanding[event.reference]
      do {
        try ledger.apply(event)
        accepted.append(event)
        switch event {
        case .committed(let commitment):
          #expect(known == nil, "seed \(seed) case \(step): \(commitment.reference) committed twice")
          outstanding[commitment.reference] = commitment.amount
        case .released(let reference, let amount, _):
          #expect(known.map { amount <= $0 } == true, "seed \(seed) case \(step): \(reference)")
          outstanding[reference] = Euros(uncheckedCents: (known?.cents ?? 0) - amount.cents)
        }
      } catch {
        #expect(ledger == before, "seed \(seed) case \(step): \(error)")
        if case .duplicateReference(let reference) = error {
          #expect(known != nil, "seed \(seed) case \(step): \(reference) refused as a duplicate")
        }
      }
      if step % 97 == 0 {
        for (id, amount) in amounts {
          let remaining = try #require(ledger.remaining(in: id))
          #expect(remaining >= .zero && remaining <= amount, "seed \(seed) case \(step): \(id)")
        }
      }
      if step % 4_999 == 0 {
        let events = ledger.events
        let mismatch = zip(events, accepted).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(events.count == accepted.count && mismatch == nil, "seed \(seed) case \(step): event \(mismatch ?? -1)")
        #expect(ledger.entriesInOrder.count == outstanding.count, "seed \(seed) case \(step)")
        for (reference, left) in outstanding {
          #expect(ledger.entry(for: reference)?.outstanding == left, "seed \(seed) case \(step): \(reference)")
        }
        #expect(try EnvelopeLedger(tree: ledger.tree, replaying: ledger.events) == ledger, "seed \(seed) case \(step)")
      }
    }
  }

  @Test("Amounts print and parse back exactly")
  func amountsRoundTrip() throws {
    let seed = SplitMix64.seed(fallback: 2)
    var generator = SplitMix64(seed: seed)
    for index in 0..<Self.cases {
      var amount = Self.amount(&generator)
      if generator.next() % 2 == 0 { amount = Euros(uncheckedCents: -amount.cents) }
      let text = amount.decimalString
      #expect(try Euros(parsing: text, allowsNegative: true) == amount, "seed \(seed) case \(index): \(text)")
      #expect(try Euros(jsonNumber: text, allowsNegative: true) == amount, "seed \(seed) case \(index): \(text)")
      #expect(try JSONObjectReader.amount(.string(text), at: .root, allowsNegative: true) == amount)
    }
  }

  @Test("A cap is never exceeded: rate × amount rounds down to the cent")
  func capsRoundDown() throws {
    let seed = SplitMix64.seed(fallback: 3)
    var generator = SplitMix64(seed: seed)
    for index in 0..<Self.cases {
      let total = Self.amount(&generator)
      let rate = try Rate(numerator: Int64.random(in: 0...100, using: &generator), denominator: 100)
      let cap = try rate.applied(to: total)
      // cap × 100 ≤ total × p < (cap + 1) × 100, computed exactly.
      let exact = total.cents.multipliedFullWidth(by: rate.numerator * (100 / rate.denominator))
      let low = cap.cents.multipliedFullWidth(by: 100)
      let high = (cap.cents + 1).multipliedFullWidth(by: 100)
      #expect((low.high, low.low) <= (exact.high, exact.low), "seed \(seed) case \(index)")
      #expect((exact.high, exact.low) < (high.high, high.low), "seed \(seed) case \(index)")
    }
  }

  @Test("A rate prepared once gives what the rate gives, on the fast path and the exact one")
  func rateApplierAgrees() throws {
    let seed = SplitMix64.seed(fallback: 11)
    var generator = SplitMix64(seed: seed)
    let denominators: [Int64] = [1, 2, 4, 8, 100, 3, 1_024, 7]
    for index in 0..<Self.cases {
      let denominator = denominators.randomElement(using: &generator)!
      let numerator = Int64.random(in: -2 * denominator...3 * denominator, using: &generator)
      let rate = try Rate(numerator: numerator, denominator: denominator)
      let negative = generator.next() % 5 == 0
      let amount = Self.amount(&generator)
      let signed = negative ? Euros(uncheckedCents: -amount.cents) : amount
      #expect(
        RateApplier(rate).applied(to: signed) == rate.appliedIfRepresentable(to: signed),
        "seed \(seed) case \(index): \(rate) × \(signed)")
    }
  }

  @Test("Outcome kinds read back in order, by position and by iteration, and give the status of design §3")
  func outcomeKindsRoundTrip() {
    let seed = SplitMix64.seed(fallback: 12)
    var generator = SplitMix64(seed: seed)
    for index in 0..<Self.cases {
      let count = Int.random(in: 0...OutcomeKinds.capacity, using: &generator)
      let list = (0..<count).map { _ in Outcome.Kind.allCases.randomElement(using: &generator)! }
      var kinds = OutcomeKinds()
      for kind in list { kinds.append(kind) }
      #expect(Array(kinds) == list, "seed \(seed) case \(index)")
      #expect(kinds.indices.map { kinds[$0] } == list, "seed \(seed) case \(index)")
      // Design §3, written out: any violated → ineligible; else any missing → incomplete;
      // else any undetermined → undetermined; else eligible.
      let expected: AssessmentStatus =
        list.contains(.violated)
        ? .ineligible
        : list.contains(.missingInput) ? .incomplete : list.contains(.undetermined) ? .undetermined : .eligible
      #expect(kinds.status == expected, "seed \(seed) case \(index)")
      if count > 0 {
        let position = Int.random(in: 0..<count, using: &generator)
        let replacement = Outcome.Kind.allCases.randomElement(using: &generator)!
        kinds.replace(at: position, with: replacement)
        var changed = list
        changed[position] = replacement
        #expect(Array(kinds) == changed, "seed \(seed) case \(index)")
      }
    }
  }

  static func dossier(_ generator: inout SplitMix64) -> RelanceDossier {
    var dossier = RelanceDossier(call: RelanceCall.allCases.randomElement(using: &generator)!)
    if generator.next() % 8 != 0 {
      dossier.filedOn = CalendarDate(daysSinceEpoch: Int.random(in: 18_500...19_000, using: &generator))
    }
    if generator.next() % 8 != 0 {
      dossier.applicant = Applicant(name: "P", kind: ApplicantKind.allCases.randomElement(using: &generator)!)
    }
    if generator.next() % 8 != 0 {
      dossier.totalCost = Euros(uncheckedCents: Int64.random(in: 1...200_000_000, using: &generator))
    }
    if generator.next() % 8 != 0 {
      dossier.requestedCoFinancing = Euros(uncheckedCents: Int64.random(in: 0...200_000_000, using: &generator))
    }
    if generator.next() % 8 != 0 {
      dossier.projectKinds = EnumSet(RelanceProjectKind.allCases.filter { _ in generator.next() % 3 == 0 })
    }
    if generator.next() % 8 != 0 {
      var commitments = EnumFlags<LaureateCommitment>()
      for commitment in LaureateCommitment.allCases where generator.next() % 6 != 0 {
        commitments[commitment] = generator.next() % 10 != 0
      }
      dossier.commitments = commitments
    }
    return dossier
  }

  @Test("The same dossier always gives the same assessment, and its status follows its findings")
  func deterministic() {
    let seed = SplitMix64.seed(fallback: 4)
    var generator = SplitMix64(seed: seed)
    for index in 0..<Self.cases {
      let dossier = Self.dossier(&generator)
      let report = dossier.call.report(on: dossier)
      #expect(report == dossier.call.report(on: dossier), "seed \(seed) case \(index)")
      let violated = report.assessment.findings.contains { $0.outcome == .violated }
      #expect((report.status == .ineligible) == violated, "seed \(seed) case \(index)")
      if let cap = report.coFinancing?.cap, let requested = dossier.requestedCoFinancing,
        report.assessment.finding(for: RelanceRules.CoFinancingRate.id)?.outcome == .satisfied
      {
        #expect(requested <= cap, "seed \(seed) case \(index)")
      }
    }
  }

  @Test("Dossiers round trip through the interchange format and through Codable")
  func roundTrips() throws {
    let seed = SplitMix64.seed(fallback: 5)
    var generator = SplitMix64(seed: seed)
    let encoder = JSONEncoder()
    let decoder = JSONDecoder()
    for index in 0..<Self.cases {
      let dossier = Self.dossier(&generator)
      let text = dossier.json.serialized(pretty: false)
      #expect(try RelanceDossier(jsonDocument: Array(text.utf8)) == dossier, "seed \(seed) case \(index): \(text)")
      if index % 4 == 0 {
        let data = try encoder.encode(dossier)
        #expect(try decoder.decode(RelanceDossier.self, from: data) == dossier, "seed \(seed) case \(index)")
      }
    }
    // The other Codable values, on generated amounts and dates.
    for index in 0..<Self.cases / 4 {
      let amount = Self.amount(&generator)
      let date = CalendarDate(daysSinceEpoch: Int.random(in: -700_000...2_900_000, using: &generator))!
      #expect(try decoder.decode(Euros.self, from: encoder.encode(amount)) == amount, "seed \(seed) case \(index)")
      #expect(try decoder.decode(CalendarDate.self, from: encoder.encode(date)) == date, "seed \(seed) case \(index)")
      #expect(try CalendarDate(iso: date.isoString) == date)
    }
  }
}
