import FranceRelanceModel
import FundingProgrammes
import Testing

@testable import relance

/// The project's regulation cases (`Tests/Cases`, design §7), each run as its own test by
/// the same code as `relance test`, and the runner itself.
@Suite("Regulation cases")
struct RegulationCaseTests {
  static let folder = CommandLineToolTests.root + "/Tests/Cases"

  static let files: [String] = (try? RelanceTool.listDirectory(Array(folder.utf8), recursive: true)) ?? []

  @Test("The project has its cases in Tests/Cases")
  func found() {
    #expect(Self.files.count >= 50)
  }

  @Test("Every case of Tests/Cases passes", arguments: files)
  func passes(file: String) throws {
    let regulationCase = try RegulationCase(json: try JSONValue(parsing: try RelanceTool.readFile(file)))
    let result = regulationCase.run()
    #expect(result.passed, "\(regulationCase.name): \(result.differences.joined(separator: " ; "))")
  }

  /// Issue #21, point 15: a case whose expected value follows a reading's default says so
  /// in its name, or sets its readings: a jurist reading the name knows which reading
  /// carries the answer.
  @Test("A case that depends on a default reading says so in its name or its readings", arguments: files)
  func namesItsReading(file: String) throws {
    let regulationCase = try RegulationCase(json: try JSONValue(parsing: try RelanceTool.readFile(file)))
    guard regulationCase.readings.choices.isEmpty, regulationCase.expected.inputError == nil else { return }
    let programme = try ProgrammeCatalogue.registry.programme(of: regulationCase.dossier)
    let report = try programme.report(onJSON: regulationCase.dossier, selection: ReadingSelection())
    let expected = regulationCase.expected
    var asserted = Set(expected.outcomes.keys).union(expected.messages.keys)
    asserted.formUnion(expected.violated ?? [])
    asserted.formUnion(expected.undetermined ?? [])
    var depends = report.assessment.findings.filter { asserted.contains($0.rule.id) }.compactMap(\.reading)
      .map(\.id)
    if expected.status != nil || expected.violated != nil || expected.undetermined != nil {
      depends += report.sensitivity.map(\.reading)
    }
    guard let reading = depends.first else { return }
    let name = regulationCase.name
    #expect(
      name.contains("par défaut") || name.contains("lecture") || name.contains(reading.rawValue),
      "\(file): « \(name) » depends on \(reading.rawValue) at its default")
  }

  /// A case of seed 004's size rule with a deliberately wrong expectation.
  static let wrong = """
    {"name": "Faux exprès : 99 999,99 € serait admis",
     "source": "Guichet FTAP, « Entre 100 000 € et 1M€ »",
     "readings": {"ftap.size.bounds": "hard"},
     "dossier": {"programme": "ftap-data-2023", "totalCost": "99999.99"},
     "expected": {"outcomes": {"ftap.size": "satisfied"}, "cap": "50000.00", "violated": []}}
    """

  @Test("A wrong case fails with ÉCHEC and every difference on its line; the run exits 1")
  func wrongCase() {
    let result = CommandLineTool.run(arguments: ["test", "faux.json"]) { _ in Array(Self.wrong.utf8) }
    #expect(result.status == 1)
    let line = result.standardOutput.split(separator: "\n").first ?? ""
    #expect(line.hasPrefix("ÉCHEC  faux.json — Faux exprès"))
    #expect(line.contains("ftap.size : attendue « respectée », obtenue « non respectée »"))
    #expect(line.contains("plafond attendu 50 000 €, obtenu 49 999,99 €"))
    #expect(line.contains("règles violées attendues : aucune ; obtenues : ftap.size"))
    #expect(result.standardOutput.contains("1 cas, 0 réussis, 1 échec."))
  }

  @Test("A case file with an unknown key is refused, naming the key")
  func unknownKey() {
    let result = CommandLineTool.run(arguments: ["test", "c.json"]) { _ in
      Array(#"{"name": "x", "dossier": {}, "expected": {"statut": "eligible"}}"#.utf8)
    }
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("expected.statut: champ inconnu"))
  }

  @Test("A dossier given as a case is named as such, with the keys of a case")
  func dossierGivenAsCase() {
    let result = CommandLineTool.run(
      arguments: ["test", CommandLineToolTests.root + "/Examples/ftap/incomplete.json"], readFile: RelanceTool.readFile)
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("ce fichier est un dossier, pas un cas réglementaire"))
  }

  @Test("The coverage names rules never seen violated, once each, and variants never chosen")
  func coverage() throws {
    var coverage = CaseCoverage()
    let regulationCase = try RegulationCase(
      json: try JSONValue(parsing: #"{"name": "x", "dossier": {"programme": "relance-cvd-aap1"}, "expected": {}}"#))
    coverage.add(regulationCase.run())
    #expect(coverage.missedOutcomes.filter { $0 == "relance.projectKind (non respectée)" }.count == 1)
    #expect(coverage.missedVariants.contains("relance.aap1.closing=yearEnd"))
    #expect(!coverage.missedVariants.contains { $0.hasPrefix("ftap.") })
  }

  @Test("The coverage asks no violated case of a rule that cannot be violated (ftap.dates, ftap.personalData)")
  func coverageOfRulesNeverViolated() throws {
    var coverage = CaseCoverage()
    let regulationCase = try RegulationCase(
      json: try JSONValue(parsing: #"{"name": "x", "dossier": {"programme": "ftap-data-2023"}, "expected": {}}"#))
    coverage.add(regulationCase.run())
    #expect(coverage.missedOutcomes.contains("ftap.dates (respectée)"))
    #expect(coverage.missedOutcomes.contains("ftap.personalData (respectée)"))
    #expect(!coverage.missedOutcomes.contains("ftap.dates (non respectée)"))
    #expect(!coverage.missedOutcomes.contains("ftap.personalData (non respectée)"))
    #expect(coverage.missedOutcomes.contains("ftap.size (non respectée)"))
  }
}
