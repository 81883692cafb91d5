import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes
import TestSupport
import Testing

@testable import relance

/// Editions as data (issue #25): a second edition of the FTAP guichet, declared here as a
/// fixture — a closing moved to the end of 2026 and a rate of 40 % from 1 January 2025,
/// each with its (fictitious) sentence — is registered beside the real one and goes
/// through the tool's commands with no rule's code touched. Expected values worked out from
/// the fixture's sentences and seed 004: FTAP-EX-03 asks 250 000 € of 600 000 €, within
/// 50 % (300 000 €), beyond 40 % (240 000 €).
@Suite("A second FTAP edition, as data")
struct SecondEditionTests {
  /// The fixture's text.
  static let text = Source(
    key: "901_fixture_guichet_prolonge", title: "Guichet prolongé (texte fictif des tests)",
    publisher: "Projet relance", date: .month(of: CalendarDate(uncheckedYear: 2024, month: 12, day: 1)))
  /// Its closing sentence.
  static let closing = Citation(
    text, at: "Date de clôture du guichet", quoting: "Date de clôture du guichet : Fin 2026")
  /// Its rate sentence.
  static let rate = Citation(
    text, at: "Règles de cofinancement",
    quoting: "À partir du 1er janvier 2025, le cofinancement ne dépassera pas 40% du coût total du projet")

  /// The 2023 – 2025 guichet, prolonged to the end of 2026, at 40 % from 2025.
  static let edition: FTAPEdition = {
    let current = FTAPEdition.guichet2023
    return FTAPEdition(
      identifier: "ftap-data-2023-2026", name: "2023 – 2026",
      window: ScheduledWindow(
        DateWindow(
          uncheckedOpening: current.window.window.opening,
          closing: .month(of: CalendarDate(uncheckedYear: 2026, month: 12, day: 1))),
        citations: [FTAPEdition.openingCitation, closing]),
      minimumSize: current.minimumSize, maximumSize: current.maximumSize,
      coFinancingRate: DatedParameter(
        name: current.coFinancingRate.name,
        periods: current.coFinancingRate.periods + [
          .init(from: CalendarDate(uncheckedYear: 2025, month: 1, day: 1), value: .percent(40), citation: rate)
        ]),
      trancheRequestThreshold: current.trancheRequestThreshold, trancheDurationMonths: current.trancheDurationMonths,
      milestoneIntervalMonths: current.milestoneIntervalMonths,
      envelope: Envelope(
        id: "ftap-prolonge", label: "Guichet prolongé", amount: .millions(5),
        citation: Citation(text, at: "Enveloppe", quoting: "Une enveloppe de 5 M€ est réservée au guichet prolongé.")))
  }()

  /// The package's programmes and the second edition.
  static let registry: ProgrammeRegistry = {
    var registry = ProgrammeCatalogue.registry
    registry.register(FTAPGuichet(edition: edition))
    return registry
  }()

  /// FTAP-EX-03 under `programme`, filed on `day`, asking `requested` euros.
  static func dossier(_ programme: String, filedOn day: String, asking requested: String = "250000.00") -> String {
    String(decoding: repositoryFile("Examples/ftap/policy-two-tranches.json"), as: UTF8.self)
      .replacingOccurrences(of: "\"ftap-data-2023\"", with: "\"" + programme + "\"")
      .replacingOccurrences(of: "\"filedOn\": \"2025-02-03\"", with: "\"filedOn\": \"" + day + "\"")
      .replacingOccurrences(
        of: "\"requestedCoFinancing\": \"250000.00\"", with: "\"requestedCoFinancing\": \"" + requested + "\"")
  }

  /// Runs the tool with the fixture's registry on in-memory files.
  func run(_ arguments: [String], files: [String: String] = [:]) -> ToolResult {
    CommandLineTool.$registry.withValue(Self.registry) {
      CommandLineTool.run(arguments: arguments) { (path: String) throws(InputFileError) -> [UInt8] in
        guard let text = files[path] else { throw InputFileError.unreadable("absent") }
        return Array(text.utf8)
      }
    }
  }

  /// The member `key` of an object.
  func member(_ value: JSONValue?, _ key: String) -> JSONValue? {
    guard case .object(let members)? = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The finding of `rule` in a JSON report.
  func finding(_ report: JSONValue, _ rule: String) -> JSONValue? {
    guard case .array(let findings)? = member(report, "findings") else { return nil }
    return findings.first { member($0, "rule") == .string(rule) }
  }

  @Test(
    "A 2025 dossier is assessed at the new rate with its sentence and period; a 2024 dossier at 50 %",
    arguments: [
      ("2025-02-03", "ineligible", "violated", "0.40", "2025-01-01", "240000.00"),
      ("2024-06-03", "eligible", "satisfied", "0.50", "2023-01-01", "300000.00"),
    ])
  func assessed(day: String, status: String, outcome: String, rate: String, from: String, cap: String) throws {
    let result = run(
      ["assess", "--json", "d.json"], files: ["d.json": Self.dossier("ftap-data-2023-2026", filedOn: day)])
    let report = try JSONValue(parsing: result.standardOutput)
    #expect(member(report, "status") == .string(status))
    #expect(member(report, "edition") == .string("2023 – 2026"))
    let rateFinding = try #require(finding(report, "ftap.cofinancing.rate"))
    #expect(member(rateFinding, "outcome") == .string(outcome))
    guard case .array(let citations)? = member(rateFinding, "citation"),
      case .array(let parameters)? = member(rateFinding, "parameters")
    else { throw CancellationError() }
    let quote =
      from == "2025-01-01" ? Self.rate.quote : FTAPEdition.guichet2023.coFinancingRate.periods[0].citation.quote
    #expect(member(citations.first, "quote") == .string(quote))
    #expect(parameters.count == 1)
    #expect(member(parameters.first, "id") == .string("ftap.cofinancing.maxRate"))
    #expect(member(parameters.first, "amount") == .string(rate))
    #expect(member(parameters.first, "from") == .string(from))
    #expect(member(member(report, "coFinancing"), "cap") == .string(cap))
    // The real edition assesses the same dossier at 50 %.
    let real = run(["assess", "--json", "d.json"], files: ["d.json": Self.dossier("ftap-data-2023", filedOn: day)])
    #expect(member(try JSONValue(parsing: real.standardOutput), "status") == .string("eligible"))
  }

  @Test("The window cites the edition's closing: open in June 2026, when the real guichet is closed")
  func calendar() throws {
    let result = run(["calendar", "2026-06-15", "--json"])
    guard case .array(let windows)? = member(try JSONValue(parsing: result.standardOutput), "windows") else {
      throw CancellationError()
    }
    let state = { (id: String) in windows.first { member($0, "id") == .string(id) }.flatMap { member($0, "state") } }
    #expect(state("ftap-data-2023-2026") == .string("open"))
    #expect(state("ftap-data-2023") == .string("closed"))
    let rules = run(["rules", "ftap-data-2023-2026"]).standardOutput
    #expect(rules.contains("Date de clôture du guichet : Fin 2026"))
    #expect(!rules.contains("Date de clôture du guichet : Fin 2025"))
    // Its reference page states its envelope, which the real edition's texts do not give.
    let page = ReferenceDocs.page(FTAPGuichet(edition: Self.edition))
    #expect(page.contains("Enveloppe : **5 M€**"))
    #expect(ReferenceDocs.page(FTAPGuichet()).contains("Les textes ne fixent pas le montant de son enveloppe."))
  }

  @Test("An award follows the edition its dossier names: above the 2025 cap refused, at the cap granted")
  func award() {
    func award(_ programme: String, asking: String, granted: String) -> ToolResult {
      run(
        ["award", "a.json"],
        files: [
          "a.json": #"{"dossier": "# + Self.dossier(programme, filedOn: "2025-02-03", asking: asking)
            + #", "granted": ""#
            + granted + #"", "conventionDate": "2025-03-03", "events": []}"#
        ])
    }
    let refused = award("ftap-data-2023-2026", asking: "250000.00", granted: "250000.00")
    #expect(refused.status == 2)
    #expect(refused.standardError.hasPrefix("a.json: "))
    let granted = award("ftap-data-2023-2026", asking: "240000.00", granted: "240000.00")
    #expect(granted.status == 0, "\(granted.standardError)")
    #expect(granted.standardOutput.contains("(édition 2023 – 2026)"))
    #expect(granted.standardOutput.contains("relance readings ftap-data-2023-2026"))
    // The real edition grants the 250 000 € the new one refuses.
    #expect(award("ftap-data-2023", asking: "250000.00", granted: "250000.00").status == 0)
  }

  @Test("The « dispositif d'aide » export lists the edition with its own UUID, window and rates")
  func export() throws {
    let result = run(["export", "dispositifs"])
    #expect(result.status == 0)
    let rows = try #require(StrictCSV.read(result.standardOutput, separator: ","))
    let id = FTAPEdition.derivedAidSchemeID(identifier: "ftap-data-2023-2026", name: "2023 – 2026")
    let row = try #require(rows.first { $0.first == id })
    #expect(row[2].contains("jusqu'à 50 % (40 % à partir du 1er janvier 2025)"))
    #expect(row[3].contains("dépôts de janvier 2023 à décembre 2026"))
    #expect(rows.contains { $0.first == "7cc84f39-94ed-5924-8904-0760e9f5e5d9" })
    // The SCDL export of a grant from an envelope that names the edition cites its record.
    let tree = Envelope(
      id: "fixture", label: "Enveloppe du guichet prolongé", amount: .millions(1), citation: Self.rate,
      programme: "ftap-data-2023-2026")
    #expect(Self.registry.aidSchemes(for: tree)["fixture"] == id)
  }
}
