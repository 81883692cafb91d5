import FTAPGuichet
import Testing

@testable import FranceRelanceModel
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
    // SCDL 2.1.1 (shared reference note): pourcentageSubvention is the beneficiary's share
    // of the grant (1.00 for one beneficiary), conditionsVersement is unique, échelonné or
    // autre, and dispositifAide an identifier (none published: empty).
    // The payment dates are the ledger's tranches, never the convention's date (15 April).
    #expect(lines[1].contains(",300000.00,aide en numéraire,unique,2021-04-30,,non,1.00,"))
    // 450 000 € less 50 000 € released: 400 000 €, in tranches from 3 May to 3 November 2021.
    #expect(lines[2].contains(",400000.00,aide en numéraire,échelonné,2021-05-03/2021-11-03,,non,1.00,"))
    // dispositifAide: the identifier of the call's « dispositif d'aide » record.
    #expect(lines[1].hasSuffix(",1.00," + RelanceCall.aap1.aidScheme.id))
    #expect(
      lines[3].hasSuffix(
        ",74999.99,aide en numéraire,unique,2021-04-20,,non,1.00," + RelanceCall.continuous.aidScheme.id))
    #expect(!result.standardOutput.contains("0.75") && !result.standardOutput.contains("versement"))
  }

  /// « dispositif d'aide » v0.2.0: one record per programme, a stable UUID the grants
  /// cite, eligibility as bullet points from the rules, the public sector in France.
  @Test("export dispositifs writes one record per programme, with stable identifiers")
  func dispositifs() throws {
    let result = CommandLineTool.run(arguments: ["export", "dispositifs"], readFile: RelanceTool.readFile)
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix(AidScheme.columns.joined(separator: ",") + "\r\n"))
    let schemes = CommandLineTool.programmes.map(\.aidScheme)
    #expect(Set(schemes.map(\.id)).count == 5)
    for scheme in schemes {
      #expect(result.standardOutput.contains(scheme.id + ","))
      #expect(scheme.id.utf8.count == 36 && scheme.id.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
      #expect(scheme.promise.unicodeScalars.count <= 180)
      #expect(scheme.targets == ["secteur public"] && scheme.area == ["PAYS-99100"])
      #expect(!scheme.eligibility.isEmpty)
    }
    // The identifiers never change: grants published earlier point to them.
    #expect(RelanceCall.aap1.aidScheme.id == "2ab98b6e-a31f-5837-a55a-05a4e9643910")
    // AAP2's texts give only a quarter: no day is published.
    #expect(RelanceCall.aap2.aidScheme.opening == nil && RelanceCall.aap2.aidScheme.closing == nil)
    #expect(RelanceCall.aap1.aidScheme.closing?.isoString == "2020-12-19")
  }

  static let commit =
    #"{"type": "commit", "reference": "A", "envelope": "relance.itn.p352.cvd.aap1", "amount": "1000.00", "date": "2021-03-03""#

  /// A commitment's opening members with its one payment: the export publishes only the
  /// payments the ledger records.
  static let paid = commit + #", "tranches": [{"number": 1, "date": "2021-03-10", "amount": "1000.00"}]"#

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
        #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(commit), "beneficiary": "=HYPERLINK(\"x\")", "beneficiaryRna": "W123456789", "object": "O"}]}"#,
        "events[0].beneficiary"
      ),
      (
        #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(commit), "beneficiary": "B", "beneficiaryRna": "W123456789", "object": "@SUM(A1)"}]}"#,
        "events[0].object"
      ),
      (
        #"{"grantor": {"name": "+33 G", "siret": "13002526500013"}, "events": [\#(commit), "beneficiary": "B", "beneficiaryRna": "W123456789", "object": "O"}]}"#,
        "grantor.name"
      ),
      (#"{"grantor": {"name": " ", "siret": "13002526500013"}, "events": []}"#, "grantor.name"),
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
      #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(Self.paid), "beneficiary": "Association", "beneficiaryRna": "W751234567", "object": "O"}]}"#
    )
    #expect(ok.status == 0)
    #expect(ok.standardOutput.contains(",Association,,W751234567,O,1000.00,"))
    // « fewer than 256 characters », counted as Unicode scalars: 255 « é » written as e +
    // combining accent are 510 scalars, refused; 255 scalars are accepted, 256 refused.
    func object(_ text: String) -> ToolResult {
      export(
        #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(Self.paid), "beneficiary": "B", "beneficiaryRna": "W751234567", "object": "\#(text)"}]}"#
      )
    }
    #expect(object(String(repeating: "x", count: 255)).status == 0)
    #expect(
      object(String(repeating: "x", count: 256)).standardError.hasPrefix(
        "registre.json: events[0].object: objet de 256 caractères ou plus"))
    #expect(object(String(repeating: "e\u{0301}", count: 200)).status == 2)
  }

  /// A CSV reader splits on the scalars, not on grapheme clusters: « \r\n » and a comma
  /// followed by a combining mark are separators that must be quoted.
  @Test("Quoting is decided on Unicode scalars", arguments: ["A\r\nB", "A,\u{0301}B", "A\"B", "A\nB"])
  func quoting(text: String) {
    let field = SCDLExport.field(text)
    #expect(field.hasPrefix("\"") && field.hasSuffix("\""))
    #expect(SCDLExport.field("Sans séparateur") == "Sans séparateur")
  }

  /// Design v2 §4: every event is validated when read: tranches numbered, positive, dated
  /// in order and not before their commitment, summing to it (overflow-checked); no release
  /// before the commitment it changes. Each refusal names the event's field.
  @Test(
    "Hostile ledgers are refused at reading, naming the event",
    arguments: [
      (
        #"[{"number": 1, "date": "2021-04-01", "amount": "600.00"}, {"number": 3, "date": "2021-10-01", "amount": "400.00"}]"#,
        "events[0].tranches[1].number"
      ),
      (
        #"[{"number": 1, "date": "2021-04-01", "amount": "1000.00"}, {"number": 2, "date": "2021-10-01", "amount": "0"}]"#,
        "events[0].tranches[1].amount"
      ),
      (
        #"[{"number": 1, "date": "2021-10-01", "amount": "600.00"}, {"number": 2, "date": "2021-04-01", "amount": "400.00"}]"#,
        "events[0].tranches[1].date"
      ),
      (#"[{"number": 1, "date": "2021-03-01", "amount": "1000.00"}]"#, "events[0].tranches[0].date"),
      (
        #"[{"number": 1, "date": "2021-04-01", "amount": "600.00"}, {"number": 2, "date": "2021-10-01", "amount": "300.00"}]"#,
        "events[0].tranches: la somme des tranches (900 €) diffère"
      ),
      // Three tranches of 1 000 000 000 000 €: the sum leaves the range of amounts (it trapped).
      (
        #"[{"number": 1, "date": "2021-04-01", "amount": "1000000000000"}, {"number": 2, "date": "2021-05-01", "amount": "1000000000000"}, {"number": 3, "date": "2021-06-01", "amount": "1000000000000"}]"#,
        "events[0].tranches: la somme des tranches dépasse"
      ),
    ])
  func hostileTranches(tranches: String, answer: String) {
    let result = export(
      #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(Self.commit), "beneficiary": "B", "beneficiaryRna": "W751234567", "object": "O", "tranches": \#(tranches)}]}"#
    )
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("registre.json: " + answer), "\(result.standardError)")
    #expect(result.standardError.split(separator: "\n").count == 1)
  }

  @Test("A release dated before its commitment is refused, naming the event")
  func releaseBeforeCommitment() {
    let result = export(
      #"{"grantor": {"name": "G", "siret": "13002526500013"}, "events": [\#(Self.commit), "beneficiary": "B", "beneficiaryRna": "W751234567", "object": "O"}, {"type": "release", "reference": "A", "amount": "10.00", "date": "2021-03-02"}]}"#
    )
    #expect(result.status == 2)
    #expect(result.standardError.contains("events[1]"), "\(result.standardError)")
    // Read in date order: the release of 2 March comes after an event of 3 March.
    #expect(
      result.standardError.contains(
        "events[1].date: événement daté du 2 mars 2021, avant l'événement précédent du 3 mars 2021"))
    // Replayed through the library, the same log is refused by the ledger itself.
    let commit = LedgerEvent.committed(
      Commitment(
        reference: "A", envelope: RelanceCall.aap1.envelopeIdentifier, amount: .euros(1000),
        date: try! CalendarDate(iso: "2021-03-03")))
    let release = LedgerEvent.released(reference: "A", amount: .euros(10), date: try! CalendarDate(iso: "2021-03-02"))
    #expect(throws: LedgerReplayError.self) {
      try EnvelopeLedger(tree: RelancePlan.envelopes, replaying: [commit, release])
    }
  }

  /// Issue #22, bug 8: events out of date order, references and envelope identifiers that
  /// differ only by an invisible character, tree labels that break lines, and a programme
  /// the catalogue does not know are refused when the ledger is read.
  @Test(
    "Hostile ledger contents are refused at reading, naming the field",
    arguments: [
      (
        #"{"events": [{"type": "commit", "reference": "A", "envelope": "relance.itn.p352.cvd.aap1", "amount": "10.00", "date": "2021-05-01"}, {"type": "commit", "reference": "B", "envelope": "relance.itn.p352.cvd.aap1", "amount": "10.00", "date": "2021-04-01"}]}"#,
        "events[1].date: événement daté du 1er avril 2021, avant l'événement précédent du 1er mai 2021"
      ),
      (
        #"{"events": [{"type": "commit", "reference": "A\u200B", "envelope": "relance.itn.p352.cvd.aap1", "amount": "10.00", "date": "2021-05-01"}]}"#,
        "events[0].reference: caractère invisible interdit dans un identifiant (U+200B)"
      ),
      (
        #"{"events": [{"type": "commit", "reference": "A\u00AD", "envelope": "relance.itn.p352.cvd.aap1", "amount": "10.00", "date": "2021-05-01"}]}"#,
        "events[0].reference: caractère invisible interdit dans un identifiant (U+00AD)"
      ),
      (
        #"{"tree": {"id": "e", "label": "E\nForged: 0 €", "amount": "10.00"}, "events": []}"#,
        "tree.label: caractère interdit"
      ),
      (
        #"{"tree": {"id": "e\u2060", "label": "E", "amount": "10.00"}, "events": []}"#,
        "tree.id: caractère invisible interdit"
      ),
      (
        #"{"tree": {"id": "e", "label": "E", "amount": "10.00", "children": [{"id": "f", "label": "F", "amount": "1.00", "programme": "ftap-data-2099"}]}, "events": []}"#,
        "tree.children[0].programme: valeur inconnue"
      ),
    ])
  func hostileLedgers(document: String, answer: String) {
    let result = CommandLineTool.run(arguments: ["envelopes", "--ledger", "l.json"]) { _ in Array(document.utf8) }
    #expect(result.status == 2)
    #expect(result.standardError.contains("l.json: " + answer), "\(result.standardError)")
  }

  /// Design v2 §4: a ledger can use an envelope tree its user supplies (the texts give no
  /// FTAP allocation); its grants cite the « dispositif d'aide » of the programme the tree
  /// names.
  @Test("A ledger file may carry its own envelope tree; its grants cite the programme's record")
  func ownTree() throws {
    let path = CommandLineToolTests.root + "/Examples/ledgers/ftap-allocation-example.json"
    let envelopes = CommandLineTool.run(arguments: ["envelopes", "--ledger", path], readFile: RelanceTool.readFile)
    #expect(envelopes.status == 0, "\(envelopes.standardError)")
    // The award of Examples/awards/: 400 000 € committed; its third tranche, not unlocked,
    // stays committed under ftap.tranches.withheld = notUnlocked (the default).
    #expect(envelopes.standardOutput.contains("[ftap.exemple.donnees]  engagé 400 000 €, restant 1 100 000 €"))
    #expect(!envelopes.standardOutput.contains("relance.itn"))
    let export = CommandLineTool.run(arguments: ["export", "scdl", path], readFile: RelanceTool.readFile)
    #expect(export.standardOutput.contains(",échelonné,2023-08-31/2024-08-31,,non,1.00," + FTAPGuichet().aidScheme.id))
    let file = try LedgerFile(jsonDocument: try RelanceTool.readFile(path))
    #expect(try LedgerFile(jsonDocument: Array(file.json.serialized().utf8)) == file)
  }

  @Test(
    "A supplied tree is checked when read, naming the field",
    arguments: [
      (
        #"{"id": "a", "label": "A", "amount": "10.00", "children": [{"id": "b", "label": "B", "amount": "11.00"}]}"#,
        "tree: les sous-enveloppes de a totalisent"
      ),
      (
        #"{"id": "a", "label": "A", "amount": "10.00", "children": [{"id": "a", "label": "B", "amount": "1.00"}]}"#,
        "tree: identifiant d'enveloppe en double"
      ),
      (
        #"{"id": "a", "label": "A", "amount": "10.00", "children": [{"id": "b", "label": "B"}]}"#,
        "tree.children[0].amount"
      ),
      (#"{"id": "a", "label": "A", "amount": "10.00", "colour": "red"}"#, "tree.colour"),
      (#"{"id": "a", "label": " ", "amount": "10.00"}"#, "tree.label"),
    ])
  func badTree(tree: String, answer: String) {
    let result = CommandLineTool.run(arguments: ["envelopes", "--ledger", "l.json"]) { _ in
      Array((#"{"tree": "# + tree + #", "events": []}"#).utf8)
    }
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("l.json: " + answer), "\(result.standardError)")
  }

  @Test("--excel writes the same cells for French spreadsheets: BOM, semicolons; the official file is unchanged")
  func excel() {
    let path = CommandLineToolTests.root + "/Examples/ledgers/relance-example.json"
    let official = CommandLineTool.run(arguments: ["export", "scdl", path], readFile: RelanceTool.readFile)
    let excel = CommandLineTool.run(arguments: ["export", "scdl", "--excel", path], readFile: RelanceTool.readFile)
    #expect(excel.status == 0)
    #expect(excel.standardOutput.hasPrefix("\u{FEFF}nomAttribuant;idAttribuant;"))
    #expect(!official.standardOutput.hasPrefix("\u{FEFF}"))
    // A cell holding a comma is quoted in the official file, not in the semicolon one.
    #expect(official.standardOutput.contains(#""Tableau de bord de pilotage des recouvrements, alimenté"#))
    #expect(
      excel.standardOutput.contains(
        ";Tableau de bord de pilotage des recouvrements, alimenté automatiquement (exemple);"))
    #expect(SCDLExport.field("a;b", separator: ";") == "\"a;b\"")
    let schemes = CommandLineTool.run(arguments: ["export", "dispositifs", "--excel"], readFile: RelanceTool.readFile)
    #expect(schemes.standardOutput.hasPrefix("\u{FEFF}id;titre;promesse;"))
  }

  @Test("Award details round trip through the ledger file")
  func roundTrip() throws {
    let bytes = try RelanceTool.readFile(CommandLineToolTests.root + "/Examples/ledgers/relance-example.json")
    let file = try LedgerFile(jsonDocument: bytes)
    #expect(file.grantor?.siret.digits == "13002526500013")
    #expect(try LedgerFile(jsonDocument: Array(file.json.serialized().utf8)) == file)
  }
}

/// Issue #21, point 11: `datesPeriodeVersement` carries only the payments the ledger
/// records: a tranche given back whole is not one, and a commitment without a schedule has
/// no known payment date (SCDL 2.1.1 note in `shared/reference/`).
@Suite("SCDL payment dates (issue #21)")
struct SCDLPaymentDateTests {
  static func tranches() throws -> [Tranche] {
    [
      Tranche(number: 1, date: try CalendarDate(iso: "2024-01-10"), amount: .thousands(100)),
      Tranche(number: 2, date: try CalendarDate(iso: "2024-07-10"), amount: .thousands(100)),
      Tranche(number: 3, date: try CalendarDate(iso: "2025-01-10"), amount: .thousands(100)),
    ]
  }

  @Test(
    "Tranches given back whole are left out; a tranche only reduced is still paid on its date",
    arguments: [
      ("0.00", "échelonné", "2024-01-10/2025-01-10"), ("50000.00", "échelonné", "2024-01-10/2025-01-10"),
      ("100000.00", "échelonné", "2024-01-10/2024-07-10"), ("150000.00", "échelonné", "2024-01-10/2024-07-10"),
      ("200000.00", "unique", "2024-01-10"),
    ])
  func released(amount: String, conditions: String, dates: String) throws {
    let result = try SCDLExport.payment(try Self.tranches(), released: try Euros(parsing: amount), reference: "R")
    #expect(result.0 == conditions)
    #expect(result.1 == dates)
  }

  @Test("A commitment without a schedule is refused, naming the field, not published with its convention date")
  func unknownDates() throws {
    #expect {
      try SCDLExport.payment(nil, released: .zero, reference: "R")
    } throws: { error in
      guard let failure = error as? SCDLExport.Failure else { return false }
      return failure.field == "tranches" && failure.reason.contains("échéancier de versement absent")
    }
  }
}
