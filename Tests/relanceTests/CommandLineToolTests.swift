import FranceRelanceModel
import Testing

@testable import relance

/// The `relance` tool end to end, in-process, on the files of `Examples/`.
@Suite("The relance tool")
struct CommandLineToolTests {
  static let root: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/")
  }()

  /// The examples of each call, by the status their names say. At the continuous window the
  /// 75 % rate of the calls is undetermined by default (reading `relance.continu.terms`):
  /// its first example is undetermined, not eligible.
  static let relanceExamples = RelanceCall.allCases.flatMap { call in
    [call == .continuous ? "undetermined" : "eligible", "ineligible", "incomplete"].map { (call, $0) }
  }

  func run(_ arguments: String...) -> ToolResult {
    CommandLineTool.run(arguments: arguments, readFile: RelanceTool.readFile)
  }

  func run(_ arguments: [String]) -> ToolResult {
    CommandLineTool.run(arguments: arguments, readFile: RelanceTool.readFile)
  }

  /// Runs `assess` on bytes given inline.
  func assess(_ document: String, json: Bool = true) -> ToolResult {
    CommandLineTool.run(arguments: json ? ["assess", "--json", "dossier.json"] : ["assess", "dossier.json"]) { _ in
      Array(document.utf8)
    }
  }

  func example(_ call: RelanceCall, _ kind: String) -> String {
    Self.root + "/Examples/relance/" + call.rawValue.replacing("relance-cvd-", with: "") + "-" + kind + ".json"
  }

  // MARK: assess

  @Test(
    "Every Relance example gets the status its name says, with the JSON contract's shape", arguments: relanceExamples)
  func examples(call: RelanceCall, kind: String) throws {
    let result = run("assess", "--json", example(call, kind))
    // Exit status (design §6): 0 eligible, 1 ineligible, 3 incomplete.
    #expect(
      result.status == ["eligible": 0, "ineligible": 1, "incomplete": 3, "undetermined": 4][kind],
      "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    let json = try JSONValue(parsing: result.standardOutput)
    let report = try JSONObjectReader(
      json, at: .root,
      keys: [
        "programme", "edition", "reference", "status", "findings", "readings", "sensitivity", "coFinancing", "tranches",
        "mandatoryIndicators", "remedies", "remediesSuffice",
      ])
    #expect(try report.string("programme") == call.rawValue)
    #expect(try report.string("status") == kind)
    let findings = try #require(try report.array("findings"))
    #expect(findings.count == call.rules.count)
    for finding in findings {
      let object = try JSONObjectReader(
        finding, at: .root,
        keys: ["rule", "outcome", "missing", "message", "citation", "interpretation", "parameters", "reading"])
      #expect(try object.string("message")?.isEmpty == false)
      // Every sentence of the rule, the deciding one first (issue #21).
      let citations = try #require(try object.array("citation"))
      #expect(!citations.isEmpty)
      for citation in citations {
        _ = try JSONObjectReader(citation, at: .root, keys: ["source", "location", "quote"])
      }
    }
    let money = try #require(
      try report.object(
        "coFinancing", keys: ["requested", "cap", "administrationShare", "effectiveRatePercent", "bindingLimit"]))
    if let cap = try money.string("cap") { #expect(cap.split(separator: ".").last?.count == 2) }
    #expect(try report.array("tranches") == [])
  }

  @Test("The ineligible AAP1 example is late and asks for one cent too much (seeds 003)")
  func ineligibleAAP1() throws {
    let result = run("assess", "--json", example(.aap1, "ineligible"))
    let json = try JSONValue(parsing: result.standardOutput)
    guard case .object(let members) = json,
      case .array(let findings)? = members.first(where: { $0.key == "findings" })?.value
    else {
      Issue.record("no findings")
      return
    }
    let violated = findings.compactMap { finding -> String? in
      guard case .object(let fields) = finding,
        fields.contains(where: { $0.key == "outcome" && $0.value == .string("violated") }),
        case .string(let rule)? = fields.first(where: { $0.key == "rule" })?.value
      else { return nil }
      return rule
    }
    #expect(violated == ["relance.window", "relance.cofinancing.rate"])
    #expect(result.standardOutput.contains(#""cap": "300000.00""#))
    #expect(result.standardOutput.contains(#""administrationShare": "99999.99""#))
    // One cent too much: lower the request to the cap; the late filing remains.
    #expect(result.standardOutput.contains(#""field": "requestedCoFinancing""#))
    #expect(result.standardOutput.contains(#""value": "300000.00""#))
    #expect(result.standardOutput.contains(#""remediesSuffice": false"#))
  }

  @Test("The French output lists every rule with its source")
  func humanOutput() {
    let result = run("assess", example(.continuous, "ineligible"))
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("Statut : INÉLIGIBLE"))
    #expect(result.standardOutput.contains("[NON] relance.continu.size"))
    #expect(result.standardOutput.contains("Source : Etalab, « France Relance"))
    #expect(!result.standardOutput.contains("seed 00"))
    #expect(result.standardOutput.contains("Pré-instruction automatique"))
    #expect(result.standardOutput.contains("1er février 2021"))
  }

  // MARK: Bad input

  @Test(
    "Hostile dossiers get exit 2 and one line naming the field",
    arguments: [
      ("", "(racine)"), ("not json", "(racine)"), ("[1, 2]", "(racine)"), ("{}", "programme"),
      (#"{"programme": 3}"#, "programme"), (#"{"programme": "ftap-inconnu"}"#, "programme"),
      (#"{"programme": "relance-cvd-aap1", "totalCost": "12.345"}"#, "totalCost"),
      (#"{"programme": "relance-cvd-aap1", "totalCost": 12.345}"#, "totalCost"),
      (#"{"programme": "relance-cvd-aap1", "totalCost": "-1"}"#, "totalCost"),
      (#"{"programme": "relance-cvd-aap1", "totalCost": 1e400}"#, "totalCost"),
      (#"{"programme": "relance-cvd-aap1", "totalCost": "0"}"#, "totalCost"),
      (#"{"programme": "relance-cvd-aap1", "totalCost": true}"#, "totalCost"),
      (#"{"programme": "relance-cvd-aap1", "requestedCoFinancing": "NaN"}"#, "requestedCoFinancing"),
      (#"{"programme": "relance-cvd-aap1", "filedOn": "2023-02-29"}"#, "filedOn"),
      (#"{"programme": "relance-cvd-aap1", "filedOn": "0000-00-00"}"#, "filedOn"),
      (#"{"programme": "relance-cvd-aap1", "startDate": 20210101}"#, "startDate"),
      (#"{"programme": "relance-cvd-aap1", "durationMonths": -1}"#, "durationMonths"),
      (#"{"programme": "relance-cvd-aap1", "durationMonths": 6.5}"#, "durationMonths"),
      (#"{"programme": "relance-cvd-aap1", "applicant": {"kind": "ministry"}}"#, "applicant.kind"),
      (#"{"programme": "relance-cvd-aap1", "applicant": {"siret": "12345678901234"}}"#, "applicant.siret"),
      (#"{"programme": "relance-cvd-aap1", "applicant": {"nom": "x"}}"#, "applicant.nom"),
      (#"{"programme": "relance-cvd-aap1", "projectKinds": ["dataSteering", "robots"]}"#, "projectKinds[1]"),
      (#"{"programme": "relance-cvd-aap1", "projectKinds": ["dataSteering", "dataSteering"]}"#, "projectKinds[1]"),
      (#"{"programme": "relance-cvd-aap1", "commitments": {"dedicatedTeam": "yes"}}"#, "commitments.dedicatedTeam"),
      (#"{"programme": "relance-cvd-aap1", "unknown": 1}"#, "unknown"),
      (#"{"programme": "relance-cvd-aap1", "reference": "a", "reference": "b"}"#, "reference"),
      (#"{"programme": "relance-cvd-aap1", "totalCost": "100", "personnelCost": "101"}"#, "personnelCost"),
    ])
  func hostileDossiers(document: String, field: String) {
    let result = assess(document)
    #expect(result.status == 2)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.hasPrefix("dossier.json: " + field + ": "), "\(result.standardError)")
    #expect(result.standardError.filter { $0 == "\n" }.count == 1)
  }

  @Test("Missing and oversized files are bad input, not crashes")
  func files() {
    let missing = run("assess", "/nonexistent/dossier.json")
    #expect(missing.status == 2)
    #expect(missing.standardError.hasPrefix("/nonexistent/dossier.json: lecture impossible"))
    let huge = CommandLineTool.run(arguments: ["assess", "big.json"]) { _ throws(InputFileError) in throw .tooLarge }
    #expect(huge.status == 2)
    #expect(huge.standardError.contains("trop volumineux"))
  }

  @Test(
    "Bad usage exits 64",
    arguments: [
      [], ["frobnicate"], ["assess"], ["assess", "--xml", "a.json"],
      ["envelopes", "--ledger"], ["calendar", "2021-02-30"], ["laureates", "--csv", "--json"], ["rules", "nope"],
    ])
  func usage(arguments: [String]) {
    let result = CommandLineTool.run(arguments: arguments, readFile: RelanceTool.readFile)
    #expect(result.status == 64)
    #expect(result.standardError.hasPrefix("relance: "))
  }

  @Test("--help lists every command and programme")
  func help() {
    let result = run("--help")
    #expect(result.status == 0)
    for word in ["assess", "envelopes", "calendar", "laureates", "rules"] + CommandLineTool.programmeIdentifiers {
      #expect(result.standardOutput.contains(word))
    }
  }

  // MARK: envelopes

  @Test("envelopes shows the tree of seed 003")
  func envelopes() {
    let result = run("envelopes")
    #expect(result.status == 0)
    for text in [
      "500 M€", "208 M€", "292 M€", "146 M€ (piloté par la DITP)", "146 M€ (piloté par la DINUM)", "23 M€", "6 M€",
      "4 M€", "7 M€", "non réparti : 123 M€",
    ] {
      #expect(result.standardOutput.contains(text), "\(text)")
    }
  }

  @Test("envelopes --ledger shows committed and remaining amounts")
  func envelopesWithLedger() throws {
    let result = run("envelopes", "--ledger", Self.root + "/Examples/ledgers/relance-example.json", "--json")
    #expect(result.status == 0, "\(result.standardError)")
    // AAP1: 300 000 + 450 000 − 50 000 released = 700 000 € committed, 5 300 000 € left.
    #expect(result.standardOutput.contains(#""committed": "700000.00""#))
    #expect(result.standardOutput.contains(#""remaining": "5300000.00""#))
    // The whole plan: 700 000 + 74 999,99 committed.
    #expect(result.standardOutput.contains(#""committed": "774999.99""#))
    let text = run("envelopes", "--ledger", Self.root + "/Examples/ledgers/relance-example.json")
    #expect(text.standardOutput.contains("engagé 700 000 €, restant 5 300 000 €"))
  }

  @Test("A ledger that overdraws an envelope names the event")
  func badLedger() {
    let log =
      #"{"events": [{"type": "commit", "reference": "A", "envelope": "relance.itn.p352.cvd.continu", "amount": "3000000", "date": "2021-03-01"}, {"type": "commit", "reference": "B", "envelope": "relance.itn.p352.cvd.continu", "amount": "1000000.01", "date": "2021-03-02"}]}"#
    let result = CommandLineTool.run(arguments: ["envelopes", "--ledger", "ledger.json"]) { _ in Array(log.utf8) }
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("ledger.json: events[1]: "))
  }

  // MARK: calendar, laureates, rules

  @Test("calendar tells which windows are open on a date, planned versus actual")
  func calendar() throws {
    let january = run("calendar", "2021-01-20")
    #expect(january.status == 0)
    #expect(january.standardOutput.contains("prévu    : du 18 janvier 2021"))
    #expect(january.standardOutput.contains("effectif : du 1er février 2021"))
    let may = run("calendar", "2021-05-15", "--json")
    let json = try JSONValue(parsing: may.standardOutput)
    guard case .object(let members) = json,
      case .array(let windows)? = members.first(where: { $0.key == "windows" })?.value
    else {
      Issue.record("no windows")
      return
    }
    var states: [String: String] = [:]
    for window in windows {
      guard case .object(let fields) = window, case .string(let id)? = fields.first(where: { $0.key == "id" })?.value,
        case .string(let state)? = fields.first(where: { $0.key == "state" })?.value
      else { continue }
      states[id] = state
    }
    #expect(
      states == [
        "relance-cvd-aap1": "closed", "relance-cvd-continu": "open", "relance-cvd-aap2": "undetermined",
        "relance-cvd-aap3": "notYetOpen", "collectivites": "open", "ftap-data-2023": "notYetOpen",
      ])
  }

  /// AAP2 and AAP3: « T2 2021 : 2ème appel à projets », « T4 2021 : 3ème appel à projets »
  /// (seed 003) give no closing; after the quarter the calendar does not say « clos ».
  @Test("calendar: after the opening quarter of AAP2, the state is undetermined, not closed")
  func calendarUnstatedClosing() throws {
    let august = run("calendar", "2021-08-01")
    #expect(august.status == 0)
    let aap2 = try #require(august.standardOutput.split(separator: "\n\n").first { $0.contains("[relance-cvd-aap2]") })
    #expect(!aap2.contains("clos ("))
    #expect(aap2.contains("indéterminé"))
    #expect(aap2.contains("lectures : relance.window.opening, relance.window.closing"))
    #expect(aap2.contains("les textes ne donnent pas de date de clôture"))
    // The local-authority fund opened « depuis fin janvier » (seed 001): a reported window,
    // not a planned one.
    #expect(august.standardOutput.contains("effectif : de fin janvier 2021 au 28 mai 2021"))
    #expect(!august.standardOutput.contains("prévu    : de fin janvier"))
    // The FTAP window opens in « Janvier 2023 » and closes « Fin 2025 »: both known to the
    // month, « de janvier 2023 », never « du janvier », and no closing day.
    #expect(august.standardOutput.contains("de janvier 2023 à décembre 2025"))
    #expect(!august.standardOutput.contains("du janvier"))
    #expect(!august.standardOutput.contains("31 décembre 2025"))
    let json = try JSONValue(parsing: run("calendar", "2021-08-01", "--json").standardOutput)
    #expect(json.serialized(pretty: false).contains(#""state":"undetermined""#))
  }

  /// Issue #21, point 12: every finding cites the sentence that decided it first, and
  /// keeps the rule's other sentences after it.
  @Test(
    "A finding's citation list starts with the sentence that decided it",
    arguments: [
      ("ftap-data-2023", "2026-01-05", "ftap.window", "Date de clôture du guichet : Fin 2025"),
      ("ftap-data-2023", "2025-12-15", "ftap.window", "Date de clôture du guichet : Fin 2025"),
      ("ftap-data-2023", "2023-01-05", "ftap.window", "Ouverture: Janvier 2023"),
      ("relance-cvd-aap1", "2020-12-24", "relance.window", "s’est clôturé à la fin de l’année 2020"),
      ("relance-cvd-aap1", "2021-02-01", "relance.window", "s’est clôturé à la fin de l’année 2020"),
      ("relance-cvd-aap1", "2020-11-10", "relance.window", "16 Novembre 2020"),
    ])
  func decidingCitation(programme: String, filed: String, rule: String, quote: String) throws {
    let dossier = #"{"programme":""# + programme + #"","reference":"x","filedOn":""# + filed + #""}"#
    let result = CommandLineTool.run(arguments: ["assess", "--json", "d.json"]) { _ in Array(dossier.utf8) }
    let findings = try #require(
      try JSONObjectReader(try JSONValue(parsing: result.standardOutput), at: .root, keys: [], allowingOthers: true)
        .array("findings"))
    let finding = try #require(
      try findings.map { try JSONObjectReader($0, at: .root, keys: [], allowingOthers: true) }.first {
        try $0.string("rule") == rule
      })
    let citations = try #require(try finding.array("citation"))
    let first = try JSONObjectReader(citations[0], at: .root, keys: ["source", "location", "quote"])
    #expect(try first.string("quote")?.contains(quote) == true, "\(citations)")
    #expect(citations.count == (rule == "ftap.window" ? 2 : 3))
    let text = CommandLineTool.run(arguments: ["assess", "d.json"]) { _ in Array(dossier.utf8) }.standardOutput
    let block = try #require(text.split(separator: "\n[").first { $0.contains(rule + " —") })
    #expect(block.contains("Source : ") && block.contains(quote))
  }

  /// `relance calendar DATE` asks each programme's window rule, so that it and `assess`
  /// agree on every date: the days around each boundary of each window, under the default
  /// readings and under the other variant of each window reading.
  @Test(
    "calendar and assess agree on every boundary date, under every window reading",
    arguments: [
      "2020-11-15", "2020-11-16", "2020-12-19", "2020-12-20", "2020-12-31", "2021-01-01", "2021-01-17", "2021-01-18",
      "2021-01-20", "2021-01-21", "2021-01-31", "2021-02-01", "2021-03-31", "2021-04-01", "2021-06-29", "2021-06-30",
      "2021-07-01", "2021-09-30", "2021-10-01", "2021-12-30", "2021-12-31", "2022-01-01", "2022-12-31", "2023-01-01",
      "2023-01-30", "2023-01-31", "2025-11-30", "2025-12-01", "2025-12-02", "2025-12-31", "2026-01-01",
    ])
  func calendarAgreesWithAssess(date: String) throws {
    let variants: [[String]] = [
      [], ["--reading", "relance.window.opening=quarterStart"], ["--reading", "relance.window.closing=quarterEnd"],
      ["--reading", "relance.aap1.closing=planned"], ["--reading", "relance.aap1.closing=yearEnd"],
      ["--reading", "relance.aap3.quarter=secondQuarter"], ["--reading", "ftap.window.opening=monthStart"],
      ["--reading", "ftap.window.closing=yearEnd"],
    ]
    for reading in variants {
      let calendar = try JSONValue(parsing: run(["calendar", date, "--json"] + reading).standardOutput)
      let windows = try #require(try JSONObjectReader(calendar, at: .root, keys: ["date", "windows"]).array("windows"))
      for window in windows {
        let entry = try JSONObjectReader(window, at: .root, keys: [], allowingOthers: true)
        let id = try #require(try entry.string("id"))
        guard id != "collectivites" else { continue }
        let dossier = #"{"programme":""# + id + #"","reference":"x","filedOn":""# + date + #""}"#
        // `assess` takes only the readings of the dossier's programme.
        let own = reading.last.map { $0.hasPrefix(id.hasPrefix("ftap") ? "ftap." : "relance.") } == true ? reading : []
        let report = CommandLineTool.run(arguments: ["assess", "--json"] + own + ["d.json"]) { _ in
          Array(dossier.utf8)
        }
        let findings = try #require(
          try JSONObjectReader(try JSONValue(parsing: report.standardOutput), at: .root, keys: [], allowingOthers: true)
            .array("findings"))
        let assessed = try #require(
          try findings.map { try JSONObjectReader($0, at: .root, keys: [], allowingOthers: true) }.first {
            try $0.string("rule")?.hasSuffix(".window") == true
          })
        let found = try #require(try entry.object("finding", keys: ["rule", "outcome", "message", "reading"]))
        #expect(try found.string("outcome") == assessed.string("outcome"), "\(id) \(date) \(reading)")
        #expect(try found.string("message") == assessed.string("message"), "\(id) \(date) \(reading)")
        let state = try entry.string("state")
        switch try assessed.string("outcome") {
        case "satisfied": #expect(state == "open", "\(id) \(date) \(reading)")
        case "undetermined": #expect(state == "undetermined", "\(id) \(date) \(reading)")
        default: #expect(state == "closed" || state == "notYetOpen", "\(id) \(date) \(reading)")
        }
      }
    }
  }

  /// The local-authority fund « est ouvert depuis fin janvier et jusqu'au 28 mai 2021 »
  /// (seed 001): the first days of January are not « fin janvier ».
  @Test(
    "calendar: the local-authority fund before, in and after « fin janvier »",
    arguments: [
      ("2021-01-05", "notYetOpen"), ("2021-01-20", "notYetOpen"), ("2021-01-21", "undetermined"),
      ("2021-01-31", "undetermined"), ("2021-02-01", "open"), ("2021-05-28", "open"), ("2021-05-29", "closed"),
    ])
  func calendarLocalFund(date: String, state: String) throws {
    let output = run("calendar", date, "--json").standardOutput
    let windows = try #require(
      try JSONObjectReader(try JSONValue(parsing: output), at: .root, keys: ["date", "windows"]).array("windows"))
    let fund = try #require(
      try windows.map { try JSONObjectReader($0, at: .root, keys: [], allowingOthers: true) }.first {
        try $0.string("id") == "collectivites"
      })
    #expect(try fund.string("state") == state)
    #expect(!run("calendar", date).standardOutput.contains("peut-être"))
  }

  @Test("laureates --csv has a header and the 18 laureates")
  func laureatesCSV() {
    let result = run("laureates", "--csv")
    let lines = result.standardOutput.split(separator: "\r\n")
    #expect(lines.count == 19)
    #expect(lines.first == "categorie,projet,description,administration,ministere,ministere_cite")
    #expect(result.standardOutput.contains("\"Collecter, analyser, visualiser les données financières\""))
    let text = run("laureates").standardOutput
    #expect(text.contains("15 experts annoncés, 16 noms listés"))
  }

  @Test("rules lists every rule of a programme with its citation")
  func rules() {
    let result = run("rules", "relance-cvd-continu")
    #expect(result.status == 0)
    for rule in RelanceCall.continuous.rules {
      #expect(result.standardOutput.contains(rule.id.rawValue))
    }
    #expect(result.standardOutput.contains("Interprétation"))
    #expect(run("rules").standardOutput.contains("relance-cvd-aap3"))
  }
}

/// Issue #14, first items: per-command help, the version, suggestions, and messages that
/// stay one printable line whatever the input holds.
@Suite("The relance tool cannot be fooled (first part)")
struct HardenedToolTests {
  func run(_ arguments: String...) -> ToolResult {
    CommandLineTool.run(arguments: arguments) { _ in Array(#"{"programme": "ftap-data-2023"}"#.utf8) }
  }

  @Test(
    "relance COMMAND --help prints that command's help, never reads a file named --help",
    arguments: [
      "assess", "envelopes", "calendar", "laureates", "rules", "readings", "export", "award", "schema", "docs",
    ])
  func commandHelp(command: String) {
    for flag in ["--help", "-h"] {
      let result = run(command, flag)
      #expect(result.status == 0)
      #expect(result.standardOutput.contains("relance " + command))
      #expect(!result.standardOutput.contains("relance laureates") || command == "laureates")
    }
  }

  @Test("--version, and a suggestion for a mistyped command")
  func versionAndSuggestion() {
    #expect(run("--version").standardOutput.hasPrefix("relance 0.2.0"))
    let typo = run("asess", "x.json")
    #expect(typo.status == 64)
    #expect(typo.standardError.hasPrefix("relance: commande inconnue « asess » : vouliez-vous dire « assess » ?"))
    #expect(!run("zzzzzzzz").standardError.contains("vouliez-vous"))
  }

  @Test(
    "Input in a message is escaped: C0 and C1 controls, line breaks, bidi overrides; and bounded",
    arguments: ["a\u{1B}[2Jb", "a\nStatut : ÉLIGIBLE", "a\u{85}b", "a\u{202E}b", "a\u{2028}b", "a\rb"])
  func escaped(text: String) {
    let result = run(text)
    #expect(result.status == 64)
    let first = result.standardError.split(separator: "\n", omittingEmptySubsequences: false)[0]
    #expect(!first.unicodeScalars.contains { TerminalText.isUnsafe($0) })
    #expect(first.contains("\\u{"))
  }

  /// A reference with a line break printed « Statut : ÉLIGIBLE » above the real status:
  /// references and names are refused at reading when they hold a line break or a control.
  @Test(
    "References and names with a line break or a control are refused at reading, naming the field",
    arguments: [
      (#"{"programme": "ftap-data-2023", "reference": "X\nStatut : ÉLIGIBLE"}"#, "reference"),
      (#"{"programme": "ftap-data-2023", "reference": "X\u2028Y"}"#, "reference"),
      (#"{"programme": "ftap-data-2023", "applicant": {"name": "A\u202Eb"}}"#, "applicant.name"),
      (#"{"programme": "ftap-data-2023", "reference": "X\tY"}"#, "reference"),
    ])
  func forgedLines(document: String, field: String) {
    let result = CommandLineTool.run(arguments: ["assess", "d.json"]) { _ in Array(document.utf8) }
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("d.json: " + field + ": caractère interdit"), "\(result.standardError)")
    #expect(!result.standardOutput.contains("Statut"))
  }

  @Test("An 8 MB grapheme cluster gives a bounded error line")
  func huge() {
    let cluster = "e" + String(repeating: "\u{0301}", count: 4_000_000)
    let result = run(cluster)
    #expect(result.standardError.unicodeScalars.count < 2 * TerminalText.limit)
  }
}
