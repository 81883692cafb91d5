import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes
import Testing

@testable import relance

/// `relance validate` (design §6): every input error of a dossier, one line each.
@Suite("relance validate and unknown options")
struct ValidateCommandTests {
  static let root = CommandLineToolTests.root

  static let broken: [String] = {
    let names = [
      "commitment-as-string", "decimal-comma", "duration-as-string", "ftap-field-in-relance", "impossible-date",
      "negative-amount", "repeated-type", "short-siret", "three-decimals", "unknown-field", "unknown-indicator",
      "unknown-project-kind", "zero-duration", "zero-request", "zero-total-cost",
    ]
    return names.map { root + "/Examples/broken/" + $0 + ".json" }
  }()

  @Test("A dossier with eight faults gets eight lines, in field order, and exit 2")
  func everyError() {
    let document = """
      {"programme": "ftap-data-2023", "colour": "red", "totalCost": "12,5", "filedOn": "2023-02-30",
       "durationMonths": 0, "projectTypes": ["proactiveAdministration", "nope"], "applicant": {"siret": "123"},
       "requestedCoFinancing": -1, "extra": 1}
      """
    let result = CommandLineTool.run(arguments: ["validate", "d.json"]) { _ in Array(document.utf8) }
    #expect(result.status == 2)
    let lines = result.standardError.split(separator: "\n").map(String.init)
    #expect(
      lines.map { $0.split(separator: ":")[1].trimmingPrefix(" ") } == [
        "colour", "extra", "filedOn", "applicant.siret", "totalCost", "requestedCoFinancing", "durationMonths",
        "projectTypes[1]",
      ])
  }

  @Test("Inside object and list fields, every error is listed, the reader's first one first")
  func nestedErrors() {
    let document = """
      {"programme": "ftap-data-2023", "applicant": {"colour": 1, "kind": "nope", "siret": "123"},
       "projectTypes": ["nope", "dataProvision", "dataProvision"],
       "dataProvision": {"api": "yes", "files": 1},
       "deployment": {"strategy": "x", "targets": [{"indicator": "bad", "milestones": [1]}, {"milestones": []}]}}
      """
    let result = CommandLineTool.run(arguments: ["validate", "d.json"]) { _ in Array(document.utf8) }
    #expect(result.status == 2)
    let paths = result.standardError.split(separator: "\n").map { $0.split(separator: ": ")[1] }
    #expect(
      paths == [
        "applicant.colour", "applicant.kind", "applicant.siret", "projectTypes[0]", "projectTypes[2]",
        "dataProvision.api", "dataProvision.files", "deployment.targets[0].indicator",
        "deployment.targets[0].milestones[0]", "deployment.targets[1].indicator",
      ])
    #expect(result.standardError.contains("projectTypes[2]: valeur répétée « dataProvision »"))
  }

  @Test("No error is listed for a dossier the reader accepts: every example and every case's dossier")
  func noFalseErrors() throws {
    var documents: [JSONValue] = []
    for folder in ["/Examples/ftap", "/Examples/relance"] {
      for file in try #require(try RelanceTool.listDirectory(Array((Self.root + folder).utf8))) {
        documents.append(try JSONValue(parsing: try RelanceTool.readFile(file)))
      }
    }
    for file in RegulationCaseTests.files {
      let object = try JSONObjectReader(
        try JSONValue(parsing: try RelanceTool.readFile(file)), at: .root, keys: [], allowingOthers: true)
      documents.append(try object.required("dossier"))
    }
    #expect(documents.count > 80)
    for document in documents {
      let programme = try ProgrammeCatalogue.registry.programme(of: document)
      let reads = (try? programme.report(onJSON: document)) != nil
      #expect(programme.inputErrors(in: document).isEmpty == reads, "\(document.serialized(pretty: false).prefix(120))")
    }
  }

  @Test("A readable dossier: no error, exit 0", arguments: ["ftap/incomplete", "relance/aap1-eligible"])
  func noError(name: String) {
    let result = CommandLineTool.run(
      arguments: ["validate", Self.root + "/Examples/" + name + ".json"], readFile: RelanceTool.readFile)
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("aucune erreur de saisie"))
  }

  @Test("The collected errors open with the error the strict reader throws, on every broken example", arguments: broken)
  func sameFirstError(path: String) throws {
    let document = try JSONValue(parsing: try RelanceTool.readFile(path))
    let programme = try ProgrammeCatalogue.registry.programme(of: document)
    let errors = programme.inputErrors(in: document)
    let first = try #require(errors.first)
    #expect(throws: first) { _ = try programme.report(onJSON: document) }
  }

  @Test(
    "An unknown option is named as such, with the nearest one",
    arguments: [
      (["rules", "--jsn"], "« --json »"), (["assess", "--jason", "a.json"], "« --json »"),
      (["validate", "--json", "a.json"], "pas d'option"), (["laureates", "--cvs"], "« --csv »"),
    ])
  func unknownOption(arguments: [String], hint: String) {
    let result = CommandLineTool.run(arguments: arguments, readFile: RelanceTool.readFile)
    #expect(result.status == 64)
    #expect(result.standardError.contains("option inconnue"))
    #expect(result.standardError.contains(hint))
  }
}
