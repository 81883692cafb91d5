import FoundationEssentials
import Testing

@testable import FranceRelanceModel

/// `Codable` is for Swift services that store the library's values; it must agree with the
/// interchange format.
@Suite("Codable conformances")
struct CodableTests {
  func roundTrip<Value: Codable & Equatable>(_ value: Value) throws -> String {
    let data = try JSONEncoder().encode(value)
    #expect(try JSONDecoder().decode(Value.self, from: data) == value)
    return String(decoding: data, as: UTF8.self)
  }

  @Test("Amounts, dates and SIRETs encode as the interchange strings")
  func scalars() throws {
    #expect(try roundTrip(try Euros(parsing: "600000.50")) == #""600000.50""#)
    #expect(try roundTrip(try CalendarDate(iso: "2024-02-29")) == #""2024-02-29""#)
    #expect(try roundTrip(try SIRET("13002526500013")) == #""13002526500013""#)
    #expect(try JSONDecoder().decode(Euros.self, from: Data("600000".utf8)) == .euros(600_000))
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Euros.self, from: Data(#""12.345""#.utf8)) }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(CalendarDate.self, from: Data(#""2023-02-29""#.utf8))
    }
  }

  @Test("Ledger events use their interchange shape and a ledger replays from decoded events")
  func ledgerEvents() throws {
    var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
    try ledger.commit(
      Commitment(
        reference: "A", envelope: RelanceCall.aap1.envelopeIdentifier, amount: .thousands(450),
        date: try CalendarDate(iso: "2021-03-03"), beneficiary: "Opérateur"))
    try ledger.release(.thousands(50), from: "A", on: try CalendarDate(iso: "2021-10-01"))
    let text = try roundTrip(LedgerFile(events: ledger.events))
    #expect(text.contains(#""type":"commit""#))
    #expect(text.contains(#""type":"release""#))
    let decoded = try JSONDecoder().decode(LedgerFile.self, from: Data(text.utf8))
    #expect(try EnvelopeLedger(tree: RelancePlan.envelopes, replaying: decoded.events) == ledger)
  }

  @Test("Dossiers, rules and the envelope tree round trip")
  func values() throws {
    var dossier = RelanceDossier(call: .aap3)
    dossier.totalCost = .thousands(600)
    dossier.projectKinds = [.dataSteering]
    dossier.commitments = [.dedicatedTeam: false]
    let text = try roundTrip(dossier)
    #expect(text.contains(#""programme":"relance-cvd-aap3""#))
    #expect(try roundTrip(RelanceCall.aap3.rules[3]).contains("75%"))
    _ = try roundTrip(RelancePlan.envelopes)
    _ = try roundTrip(AAP1Results.laureates)
  }

  @Test("Every rule round trips; a rule decoded without a citation is an error, not a trap")
  func rules() throws {
    for rule in RelanceCall.allCases.flatMap(\.rules) {
      let text = try roundTrip(rule)
      #expect(text.contains(#""citations":[{"#), "\(rule.id)")
      #expect(text.contains(#""interpretation""#) == (rule.interpretation != nil), "\(rule.id)")
    }
    let never = Rule(
      id: "exemple.jamais", title: "Exemple", citations: RelanceCall.aap3.rules[3].citations, canBeViolated: false)
    #expect(try roundTrip(never).contains(#""canBeViolated":false"#))
    #expect(try !roundTrip(RelanceCall.aap3.rules[3]).contains("canBeViolated"))
    let rule = RelanceCall.aap3.rules[3]
    let encoded = try JSONEncoder().encode(rule)
    guard case .object(let members) = try JSONValue(parsing: Array(encoded)) else {
      Issue.record("a rule encodes as an object")
      return
    }
    let withoutCitation = JSONValue.object(
      members.map { $0.key == "citations" ? .init("citations", .array([])) : $0 })
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(Rule.self, from: Data(withoutCitation.serialized(pretty: false).utf8))
    }
  }

  @Test("Unknown fields are refused through Codable too")
  func strictness() {
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(RelanceDossier.self, from: Data(#"{"programme": "relance-cvd-aap1", "x": 1}"#.utf8))
    }
  }
}
