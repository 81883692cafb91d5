import FTAPGuichet
import FranceRelanceModel
import Testing

@testable import relance

/// `--reading ID=VARIANT`, `relance readings`, the report's readings and sensitivity, and
/// the exit statuses of design §6.
@Suite("Readings in the relance tool")
struct ReadingsCommandTests {
  func run(_ arguments: [String], document: String) -> ToolResult {
    CommandLineTool.run(arguments: arguments) { _ in Array(document.utf8) }
  }

  /// An FTAP dossier of 90 000 €: under the floor of « Entre 100 000 € et 1M€ » (seed 004).
  static let small = #"""
    {"programme": "ftap-data-2023", "reference": "T-1", "filedOn": "2024-03-12",
     "applicant": {"kind": "publicOperator"}, "totalCost": "90000.00", "requestedCoFinancing": "45000.00",
     "durationMonths": 6, "startDate": "2024-04-01", "projectTypes": ["policyImprovement"],
     "commitments": {"openSource": true, "accessibility": true, "ecoResponsibility": true},
     "plannedIndicators": [], "impactModel": "Mesure.", "deployment": {"strategy": "Paliers de 6 mois."}}
    """#

  @Test(
    "ftap.size.bounds: exit 4 (undetermined) under guidance, the default, 1 under hard; the report names the reading that would change its status"
  )
  func exitStatuses() throws {
    let guidanceByDefault = run(["assess", "--json", "d.json"], document: Self.small)
    #expect(guidanceByDefault.status == 4)
    let report = try JSONValue(parsing: guidanceByDefault.standardOutput)
    guard case .object(let members) = report,
      case .array(let sensitivity)? = members.first(where: { $0.key == "sensitivity" })?.value,
      case .array(let readings)? = members.first(where: { $0.key == "readings" })?.value
    else {
      Issue.record("no readings or sensitivity")
      return
    }
    // Every FTAP reading, each listed with its variant.
    #expect(readings.count == FTAPReadings.declarations.count)
    #expect(
      sensitivity == [
        .object([
          .init("reading", .string("ftap.size.bounds")), .init("variant", .string("hard")),
          .init("status", .string("ineligible")),
        ])
      ])
    let hard = run(["assess", "--reading", "ftap.size.bounds=hard", "d.json"], document: Self.small)
    #expect(hard.status == 1, "\(hard.standardError)")
    #expect(hard.standardOutput.contains("Statut : INÉLIGIBLE"))
    #expect(hard.standardOutput.contains("ftap.size.bounds = hard"))
    let equals = run(["assess", "--reading=ftap.size.bounds=hard", "d.json"], document: Self.small)
    #expect(equals.status == 1)
  }

  @Test(
    "An unknown reading, an unknown variant or a malformed choice is a usage error (64) on one line",
    arguments: [
      ["--reading", "ftap.size=hard"], ["--reading", "ftap.size.bounds=soft"], ["--reading", "ftap.size.bounds"],
      ["--reading"], ["--readings", "x=y"],
    ])
  func usageErrors(options: [String]) {
    let result = run(["assess"] + options + ["d.json"], document: Self.small)
    #expect(result.status == 64)
    #expect(result.standardError.split(separator: "\n").first?.hasPrefix("relance: ") == true)
  }

  @Test("relance readings lists each programme's readings with their variants, the default first")
  func readingsCommand() throws {
    let text = CommandLineTool.run(arguments: ["readings", "ftap-data-2023"]) { _ in [] }
    #expect(text.status == 0)
    #expect(text.standardOutput.contains("ftap.cofinancing.personnel"))
    #expect(text.standardOutput.contains("letter (par défaut)"))
    let json = CommandLineTool.run(arguments: ["readings", "--json"]) { _ in [] }
    let value = try JSONValue(parsing: json.standardOutput)
    let serialized = value.serialized(pretty: false)
    for id in [
      "relance.window.closing", "relance.continu.size.base", "ftap.size.bounds", "ftap.cofinancing.personnel",
      "ftap.indicators.reuses", "ftap.referencing.scope", "ftap.tranches.split",
    ] {
      #expect(serialized.contains(#""id":""# + id + #"""#), "\(id)")
    }
    #expect(CommandLineTool.run(arguments: ["readings", "nope"]) { _ in [] }.status == 64)
  }

  @Test(
    "relance.continu.size.base: « projets de moins de 100 000 euros » measured on the total cost by default, on the request under requestedCoFinancing"
  )
  func continuousSizeBase() {
    let dossier = #"""
      {"programme": "relance-cvd-continu", "reference": "C-1", "filedOn": "2021-03-01",
       "applicant": {"kind": "stateAdministration"}, "totalCost": "120000.00", "requestedCoFinancing": "90000.00",
       "projectKinds": ["dataQuality"],
       "commitments": {"demoWithinSixMonths": true, "fullTimeOwner": true, "dedicatedTeam": true, "usersInvolved": true}}
      """#
    #expect(run(["assess", "d.json"], document: dossier).status == 1)
    // Measured on the request, 90 000 € is below the limit; the rate of the calls is
    // undetermined at the continuous window by default (exit 4), applied under
    // relance.continu.terms = applied (90 000 € ≤ 75 % of 120 000 €: exit 0).
    let byRequest = run(
      ["assess", "--reading", "relance.continu.size.base=requestedCoFinancing", "d.json"], document: dossier)
    #expect(byRequest.status == 4, "\(byRequest.standardOutput)")
    let applied = run(
      [
        "assess", "--reading", "relance.continu.size.base=requestedCoFinancing", "--reading",
        "relance.continu.terms=applied", "d.json",
      ], document: dossier)
    #expect(applied.status == 0, "\(applied.standardOutput)")
  }

  /// Issue #21, point 11: a call lists, reports and publishes only the readings and
  /// conditions that concern it.
  @Test(
    "Each call lists only its readings; the calls for projects do not list the continuous window's size",
    arguments: [
      ("relance-cvd-aap1", ["relance.aap1.closing", "relance.commitments.timing"]),
      ("relance-cvd-continu", ["relance.continu.terms", "relance.continu.size.base", "relance.commitments.timing"]),
      ("relance-cvd-aap2", ["relance.window.opening", "relance.window.closing", "relance.commitments.timing"]),
      (
        "relance-cvd-aap3",
        ["relance.window.opening", "relance.aap3.quarter", "relance.window.closing", "relance.commitments.timing"]
      ),
    ])
  func readingsPerCall(programme: String, expected: [String]) throws {
    let json = CommandLineTool.run(arguments: ["readings", programme, "--json"]) { _ in [] }
    let value = try JSONValue(parsing: json.standardOutput)
    let ids = value.serialized(pretty: false).matches(of: /"id":"([a-z0-9.]+)"/).map { String($0.output.1) }
      .filter { $0.hasPrefix("relance.") }
    #expect(ids == expected)
    // The report lists the same readings.
    let dossier = #"{"programme":""# + programme + #"","reference":"x","filedOn":"2021-01-01"}"#
    let report = CommandLineTool.run(arguments: ["assess", "--json", "d.json"]) { _ in Array(dossier.utf8) }
    let readings = try #require(
      try JSONObjectReader(try JSONValue(parsing: report.standardOutput), at: .root, keys: [], allowingOthers: true)
        .array("readings"))
    #expect(
      try readings.map { try JSONObjectReader($0, at: .root, keys: ["id", "variant", "isDefault"]).string("id") }
        == expected)
    // The « dispositif d'aide » record lists the continuous window's size for that window only.
    let eligibility = try #require(RelanceCall(rawValue: programme)).aidScheme.eligibility
    #expect(eligibility.contains { $0.contains("moins de 100 000 €") } == (programme == "relance-cvd-continu"))
  }
}
