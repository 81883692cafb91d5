import FranceRelanceModel
import Testing

@testable import FundingProgrammes
@testable import relance

/// The démarches-simplifiées import (design §8, `../shared/reference/ds-graphql-dossier.md`)
/// and the motivation text an instructor pastes back.
@Suite("démarches-simplifiées import")
struct DSImportTests {
  static let root = CommandLineToolTests.root
  static let mapping = root + "/Examples/ds/ftap-mapping.example.json"

  func run(_ arguments: String...) -> ToolResult {
    CommandLineTool.run(arguments: arguments, readFile: RelanceTool.readFile)
  }

  func importer() throws -> DSImport {
    DSImport(mapping: try DSMapping(json: try JSONValue(parsing: try RelanceTool.readFile(Self.mapping))))
  }

  @Test(
    "getDossier: amounts from stringValue, the filing date as written in its offset, options translated, rows of a repeated block"
  )
  func oneDossier() throws {
    let result = run("import", "ds", "--mapping", Self.mapping, Self.root + "/Examples/ds/ftap-dossier.example.json")
    #expect(result.status == 0, "\(result.standardError)")
    let dossier = try JSONObjectReader(
      try JSONValue(parsing: result.standardOutput), at: .root, keys: [], allowingOthers: true)
    // stringValue "400000.5" (decimalNumber is a float): exactly 400 000,50 €.
    #expect(try dossier.string("totalCost") == "400000.50")
    // "2024-03-15T10:42:17+01:00": the calendar date of the filing, no time-zone shift.
    #expect(try dossier.string("filedOn") == "2024-03-15")
    #expect(try dossier.string("reference") == "123456")
    #expect(dossier.value("projectTypes") == .array([.string("dataProvision")]))
    let deployment = try #require(try dossier.object("deployment", keys: ["strategy", "targets"]))
    #expect(try deployment.array("targets")?.count == 2)
    // The imported dossier is read and assessed like any other.
    let json = try JSONValue(parsing: result.standardOutput)
    let report = try ProgrammeCatalogue.registry.programme(of: json).report(onJSON: json)
    #expect(report.status == .eligible)
  }

  @Test(
    "getDemarche: JSON Lines of the readable dossiers; one line on standard error per refused dossier, naming its champ's label and id; exit 2"
  )
  func page() {
    let result = run(
      "import", "ds", "--mapping", Self.mapping, Self.root + "/Examples/ds/ftap-demarche-page.example.json")
    #expect(result.status == 2)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 2)
    // « 250 000,00 » typed with French separators is read exactly.
    #expect(lines[1].contains(#""totalCost":"250000.00""#))
    #expect(result.standardError.contains("dossier 123457 : champ « Coût total du projet (€) » (Q2hhbXAtMTA0)"))
    #expect(result.standardError.split(separator: "\n").count == 1)
  }

  @Test("A bare dossier object; a champ named by the mapping but absent is left absent (missing input)")
  func bareAndAbsent() throws {
    let bare: JSONValue = .object([
      .init("number", .number("7")), .init("dateDepot", .string("2024-01-10T08:00:00+01:00")),
      .init(
        "champs",
        .array([
          .object([
            .init("__typename", .string("DecimalNumberChamp")), .init("id", .string("Q2hhbXAtMTA0")),
            .init("label", .string("Coût total")), .init("stringValue", .string("0.10")),
            .init("decimalNumber", .number("0.1000000000000000055511151231257827")),
          ])
        ])),
    ])
    let dossier = try importer().dossier(from: bare)
    let object = try JSONObjectReader(dossier, at: .root, keys: [], allowingOthers: true)
    #expect(try object.string("totalCost") == "0.10")
    #expect(object.value("requestedCoFinancing") == nil)
  }

  @Test("A mapping naming a field the programme's dossiers lack is refused, naming the champ")
  func badMapping() {
    let mapping = #"{"programme": "ftap-data-2023", "champs": {"Q2hhbXAtMTAx": "colour"}}"#
    let result = CommandLineTool.run(arguments: ["import", "ds", "--mapping", "m.json", "d.json"]) { path in
      Array((path == "m.json" ? mapping : "{}").utf8)
    }
    #expect(result.status == 2)
    #expect(result.standardError.contains("champs.Q2hhbXAtMTAx"))
  }

  @Test("The stable part of a champ id inside a repeated block is the part before « | »")
  func stableIdentifier() {
    // base64("Champ-125|row-0") and base64("Champ-125").
    #expect(DSChampIdentifier.stablePart(of: "Q2hhbXAtMTI1fHJvdy0w") == "Champ-125")
    #expect(DSChampIdentifier.stablePart(of: "Q2hhbXAtMTI1") == "Champ-125")
    #expect(DSChampIdentifier.stablePart(of: "not base64!") == nil)
  }

  @Test("Motivation: each condition not met with its text, or the missing information; always a draft to review")
  func motivation() {
    let ineligible = run("assess", "--motivation", Self.root + "/Examples/ftap/ineligible-size-personnel-api.json")
    #expect(ineligible.status == 1)
    #expect(ineligible.standardOutput.hasPrefix("Le dossier FTAP-EX-05 ne remplit pas les conditions suivantes"))
    #expect(ineligible.standardOutput.contains("- Référencement des API sur api.gouv.fr :"))
    #expect(ineligible.standardOutput.contains("leur référencement dans api.gouv.fr est une obligation"))
    // Under ftap.size.bounds = hard, the size above 1 M€ is a condition not met too.
    let hard = run(
      "assess", "--motivation", "--reading", "ftap.size.bounds=hard",
      Self.root + "/Examples/ftap/ineligible-size-personnel-api.json")
    #expect(hard.standardOutput.contains("- Coût total entre 100 000 € et 1 000 000 € :"))
    #expect(hard.standardOutput.contains("« Taille attendue des projets »"))
    #expect(ineligible.standardOutput.hasSuffix("à relire par l'instructeur avant toute décision.\n"))
    let incomplete = run("assess", "--motivation", Self.root + "/Examples/ftap/incomplete.json")
    #expect(incomplete.standardOutput.contains("il manque les informations suivantes"))
    #expect(run("assess", "--motivation", "--json", "x.json").status == 64)
  }

  /// Issue #22, bug 10: a GraphQL error answer is refused, not imported as an empty dossier;
  /// a date champ is read whole, never cut to ten characters.
  @Test(
    "A GraphQL error answer is refused (exit 2), even with a null dossier beside its errors",
    arguments: [
      #"{"errors": [{"message": "Dossier introuvable"}], "data": {"dossier": null}}"#,
      #"{"errors": [{"message": "Dossier introuvable"}]}"#, #"{"data": {"dossier": null}}"#,
    ])
  func graphQLErrors(response: String) throws {
    let mapping = try RelanceTool.readFile(Self.mapping)
    let result = CommandLineTool.run(arguments: ["import", "ds", "--mapping", "m.json", "r.json"]) { path in
      path == "m.json" ? mapping : Array(response.utf8)
    }
    #expect(result.status == 2, "\(result.standardOutput)")
    #expect(result.standardOutput.isEmpty)
  }

  @Test(
    "A date champ is a date or a date-time, read whole",
    arguments: [
      ("2024-09-019", Optional<String>.none), ("2024-09-01", "2024-09-01"), ("2024-09-01T23:30:00+02:00", "2024-09-01"),
      ("2024-09-01 12:00", nil), ("20240901", nil),
    ])
  func dateChamps(written: String, read: String?) throws {
    let example = String(
      decoding: try RelanceTool.readFile(Self.root + "/Examples/ds/ftap-dossier.example.json"), as: UTF8.self)
    let response = example.replacing("2024-03-15T10:42:17+01:00", with: written)
    #expect(response != example)
    let mapping = try RelanceTool.readFile(Self.mapping)
    let result = CommandLineTool.run(arguments: ["import", "ds", "--mapping", "m.json", "r.json"]) { path in
      path == "m.json" ? mapping : Array(response.utf8)
    }
    if let read {
      #expect(result.status == 0, "\(result.standardError)")
      #expect(result.standardOutput.contains(#""filedOn": ""# + read + #"""#))
    } else {
      #expect(result.status == 2)
      #expect(result.standardError.contains("illisible"), "\(result.standardError)")
    }
  }
}
