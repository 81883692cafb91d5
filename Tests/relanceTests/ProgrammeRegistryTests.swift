import FranceRelanceModel
import FundingProgrammes
import Testing

@testable import relance

/// The open programme registry (issue #25): a programme declared outside the package — the
/// fixture of `FixtureProgramme/`, one rule and its own text — joins a registry with one
/// line and is read, assessed, checked by a regulation case, described and documented
/// through the same path as the package's programmes. Expected outcomes worked out from the
/// fixture's sentence « Les dossiers sont déposés du 1er mars 2026 au 30 juin 2026. »
@Suite("An open registry of programmes")
struct ProgrammeRegistryTests {
  /// The package's programmes and the fixture, registered with one line.
  static let registry: ProgrammeRegistry = {
    var registry = ProgrammeCatalogue.registry
    registry.register(FixtureProgramme())
    return registry
  }()

  /// A dossier of the fixture programme, filed on `day` when one is given.
  static func dossier(filedOn day: String?) throws -> JSONValue {
    try JSONValue(
      parsing: Array(
        (#"{"programme": "fixture-appel-2026", "reference": "FIX-1""#
          + (day.map { #", "filedOn": ""# + $0 + #"""# } ?? "") + "}").utf8))
  }

  @Test("The fixture joins after the package's programmes; the package's own registry is unchanged")
  func registration() {
    #expect(Self.registry.identifiers == ProgrammeCatalogue.registry.identifiers + ["fixture-appel-2026"])
    #expect(!ProgrammeCatalogue.registry.identifiers.contains("fixture-appel-2026"))
    #expect(Self.registry.programme("fixture-appel-2026")?.title == "Appel fictif")
  }

  @Test(
    "A fixture dossier is assessed by the registry's lookup, as the package's are",
    arguments: [
      ("2026-03-01", AssessmentStatus.eligible, Outcome.Kind.satisfied),  // the first day
      ("2026-06-30", .eligible, .satisfied),  // the last day
      ("2026-02-28", .ineligible, .violated),
      ("2026-07-01", .ineligible, .violated),
    ])
  func assessed(day: String, status: AssessmentStatus, kind: Outcome.Kind) throws {
    let json = try Self.dossier(filedOn: day)
    let programme = try Self.registry.programme(of: json)
    #expect(programme.identifier == "fixture-appel-2026")
    let report = try programme.report(onJSON: json)
    #expect(report.status == status)
    #expect(report.assessment.findings.map(\.rule.id) == ["fixture.window"])
    #expect(report.assessment.findings.first?.outcome.kind == kind)
    // The JSON report cites the fixture's own text by its key.
    #expect(report.json.serialized(pretty: false).contains(#""source":"900_fixture_appel_fictif""#))
  }

  @Test("Without a filing date the rule lacks input, and the question asks for it")
  func missing() throws {
    let json = try Self.dossier(filedOn: nil)
    let programme = try Self.registry.programme(of: json)
    #expect(try programme.report(onJSON: json).status == .incomplete)
    #expect(try programme.questions(onJSON: json).map(\.field.description) == ["filedOn"])
  }

  @Test("An unknown programme names the registered ones; the package's registry does not know the fixture")
  func unknown() throws {
    #expect(throws: InterchangeError.self) { try ProgrammeCatalogue.registry.programme(of: Self.dossier(filedOn: nil)) }
    do {
      _ = try Self.registry.programme(of: JSONValue(parsing: Array(#"{"programme": "fixture"}"#.utf8)))
      Issue.record("an unknown programme was accepted")
    } catch {
      #expect(error.path.description == "programme")
      #expect(error.description.contains("fixture-appel-2026"))
    }
  }

  @Test("A regulation case runs against the registry it is given")
  func regulationCase() throws {
    let json = try JSONValue(
      parsing: Array(
        (#"{"name": "Dépôt le 1er juillet 2026", "dossier": "# + (try Self.dossier(filedOn: "2026-07-01")).serialized()
          + #", "expected": {"status": "ineligible", "violated": ["fixture.window"]}}"#).utf8))
    let testCase = try RegulationCase(json: json)
    #expect(testCase.run(in: Self.registry, reform: nil).passed)
    // The package's programmes alone refuse the dossier's programme.
    #expect(!testCase.run().passed)
  }

  @Test(
    "Its reference page, catalogue entry and schema come from its declaration; its text joins the traceability list")
  func described() throws {
    let programme = FixtureProgramme()
    let page = ReferenceDocs.page(programme)
    #expect(page.contains("fixture.window"))
    #expect(page.contains("Les dossiers sont déposés du 1er mars 2026 au 30 juin 2026."))
    #expect(programme.rules.count == 1)
    let description = programme.descriptionJSON.serialized(pretty: false)
    #expect(description.contains(#""programme":"fixture-appel-2026""#))
    #expect(description.contains(#""urn:relance:schema:fixture-appel-2026""#))
    #expect(Self.registry.sources == Source.seeds + [FixtureText.source])
    #expect(ProgrammeCatalogue.registry.sources == Source.seeds)
  }

  @Test("The relance tool, given the registry, assesses, validates, lists and tests the fixture as its own")
  func throughTheTool() throws {
    let dossier = try Self.dossier(filedOn: "2026-07-01").serialized()
    let files = [
      "d.json": dossier,
      "c.json": #"{"name": "Hors fenêtre", "dossier": "# + dossier
        + #", "expected": {"status": "ineligible", "violated": ["fixture.window"]}}"#,
    ]
    func run(_ arguments: [String]) -> ToolResult {
      CommandLineTool.$registry.withValue(Self.registry) {
        CommandLineTool.run(arguments: arguments) { (path: String) throws(InputFileError) -> [UInt8] in
          guard let text = files[path] else { throw InputFileError.unreadable("absent") }
          return Array(text.utf8)
        }
      }
    }
    let assessed = run(["assess", "d.json"])
    #expect(assessed.status == 1)
    #expect(assessed.standardOutput.contains("fixture.window"))
    #expect(run(["validate", "d.json"]).status == 0)
    #expect(run(["rules", "fixture-appel-2026"]).standardOutput.contains("Dépôt dans la fenêtre de l'appel"))
    #expect(run(["test", "c.json"]).status == 0)
    // Without the registry, the tool does not know the programme.
    let unknown = CommandLineTool.run(arguments: ["assess", "d.json"]) {
      (path: String) throws(InputFileError) -> [UInt8] in
      Array((files[path] ?? "").utf8)
    }
    #expect(unknown.status == 2)
    #expect(unknown.standardError.contains("programme"))
  }
}
