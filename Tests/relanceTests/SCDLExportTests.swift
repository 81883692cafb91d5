import FranceRelanceModel
import Testing

@testable import relance

@Suite("SCDL « subventions » export")
struct SCDLExportTests {
  func export(_ document: String) -> ToolResult {
    CommandLineTool.run(arguments: ["export", "scdl", "registre.json"]) { _ in Array(document.utf8) }
  }

  @Test("The example ledger gives one row per award still committed")
  func example() throws {
    let result = CommandLineTool.run(
      arguments: ["export", "scdl", CommandLineToolTests.root + "/Examples/ledgers/relance-example.json"],
      readFile: RelanceTool.readFile)
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\r\n")
    #expect(lines.count == 4)
    #expect(lines[0] == Substring(SCDLSubvention.columns.joined(separator: ",")))
    // 300 000 € of a 400 000 € project: 75 %.
    #expect(lines[1].contains(",300000.00,aide en numéraire,versement unique,2021-04-15,,non,0.75,"))
    // 450 000 € less 50 000 € released: 400 000 € of 600 000 €, 0.6666 rounded down.
    #expect(lines[2].contains(",400000.00,"))
    #expect(lines[2].contains(",2021-05-03/2021-11-03,,non,0.6666,"))
    // The continuous window: 74 999,99 € of 99 999,99 €.
    #expect(lines[3].hasSuffix(",0.7499,France Relance – Cycle de vie de la donnée – guichet continu"))
  }

  static let commit =
    #"{"type": "commit", "reference": "A", "envelope": "relance.itn.p352.cvd.aap1", "amount": "1000.00", "date": "2021-03-03""#

  @Test(
    "What the format requires is checked, naming the event field",
    arguments: [
      (
        #"{"events": [\#(commit), "beneficiary": "B", "beneficiarySiret": "13002526500013", "object": "O"}]}"#,
        "grantor"
      ),
      (
        #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(commit), "beneficiarySiret": "13002526500013", "object": "O"}]}"#,
        "events[0].beneficiary"
      ),
      (
        #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(commit), "beneficiary": "B", "object": "O"}]}"#,
        "events[0].beneficiarySiret"
      ),
      (
        #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(commit), "beneficiary": "B", "beneficiaryRna": "W12345678"}]}"#,
        "events[0].beneficiaryRna"
      ),
      (
        #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(commit), "beneficiary": "B", "beneficiaryRna": "W123456789"}]}"#,
        "events[0].object"
      ),
      (
        #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(commit), "beneficiary": "B", "beneficiaryRna": "W123456789", "object": "O", "totalCost": "500.00"}]}"#,
        "events[0].totalCost"
      ),
      (#"{"grantor": {"name": "G", "siret": "1300252650001"}, "events": []}"#, "grantor.siret"),
    ])
  func failures(document: String, field: String) {
    let result = export(document)
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("registre.json: " + field), "\(result.standardError)")
  }

  @Test("An association is identified by its RNA number; a long object is refused at reading")
  func rnaAndObject() {
    let ok = export(
      #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(Self.commit), "beneficiary": "Association", "beneficiaryRna": "W751234567", "object": "O"}]}"#
    )
    #expect(ok.status == 0)
    #expect(ok.standardOutput.contains(",Association,,W751234567,O,1000.00,"))
    let long = String(repeating: "x", count: 257)
    let refused = export(
      #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(Self.commit), "beneficiary": "B", "beneficiaryRna": "W751234567", "object": "\#(long)"}]}"#
    )
    #expect(refused.standardError.hasPrefix("registre.json: events[0].object: objet de plus de 256 caractères"))
  }

  @Test("Award details round trip through the ledger file")
  func roundTrip() throws {
    let bytes = try RelanceTool.readFile(CommandLineToolTests.root + "/Examples/ledgers/relance-example.json")
    let file = try LedgerFile(jsonDocument: bytes)
    #expect(file.grantor?.siret.digits == "13002526500013")
    #expect(try LedgerFile(jsonDocument: Array(file.json.serialized().utf8)) == file)
  }
}
