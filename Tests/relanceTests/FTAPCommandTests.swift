import FTAPGuichet
import FranceRelanceModel
import Testing

@testable import relance

/// `relance assess --json` on the FTAP examples: the status, violated rules, cap, binding
/// limit, tranches and mandatory indicators that seed 004 implies for each.
@Suite("The relance tool on FTAP dossiers (seed 004)")
struct FTAPCommandTests {
  struct Expected: Sendable, CustomStringConvertible {
    let file: String
    let status: String
    let violated: [String]
    let cap: String?
    let binding: String?
    let tranches: [String]
    let indicators: [String]
    var description: String { file }
  }

  static let cases: [Expected] = [
    Expected(
      file: "proactive-single-payment", status: "eligible", violated: [], cap: "150000.00", binding: "rate",
      tranches: ["2023-09-01 150000.00"], indicators: ["proactive.beneficiaries", "proactive.conversionRate"]),
    Expected(
      file: "provision-api-opendata-tranches", status: "eligible", violated: [], cap: "500000.00", binding: "rate",
      tranches: ["2023-08-31 166666.68", "2024-02-29 166666.66", "2024-08-31 166666.66"],
      // Open data without files: the number of reuses is not mandatory under ftap.indicators.reuses = files.
      indicators: ["provision.transmissions", "provision.accessDelay"]),
    Expected(
      file: "policy-two-tranches", status: "eligible", violated: [], cap: "300000.00", binding: "rate",
      tranches: ["2025-04-01 125000.00", "2025-10-01 125000.00"], indicators: []),
    Expected(
      // Under ftap.cofinancing.personnel = letter (the default) personnel costs set no cap
      // of their own: only the rate binds.
      file: "combined-proactive-dataspace", status: "eligible", violated: [], cap: "50000.00", binding: "rate",
      tranches: ["2025-01-31 25000.00", "2025-07-31 25000.00"],
      indicators: ["proactive.beneficiaries", "proactive.conversionRate", "provision.accessDelay"]),
    // Under the defaults (ftap.size.bounds = guidance, ftap.cofinancing.personnel =
    // letter) 1 000 000,01 € is undetermined, not violated, and personnel costs set no
    // cap: the cap is 50 % of 1 000 000,01 €, 500 000 € rounded down; the API not
    // referenced on api.gouv.fr is refused, so no payment plan is drawn.
    Expected(
      file: "ineligible-size-personnel-api", status: "ineligible", violated: ["ftap.referencing.api"],
      cap: "500000.00", binding: "rate", tranches: [],
      indicators: ["provision.reuses", "provision.transmissions", "provision.accessDelay"]),
    Expected(
      file: "ineligible-applicant-window-rate", status: "ineligible",
      violated: ["ftap.window", "ftap.applicant", "ftap.cofinancing.rate"], cap: "100000.00", binding: "rate",
      tranches: [], indicators: []),
    // 1 200 000 € is above the ceiling of « Entre 100 000 € et 1M€ » (undetermined under
    // ftap.size.bounds = guidance, the default); 50 % of it is 600 000 €, below the
    // 700 000 € requested, so the rate binds and is violated.
    Expected(
      file: "ineligible-fixable-by-numbers", status: "ineligible", violated: ["ftap.cofinancing.rate"],
      cap: "600000.00", binding: "rate", tranches: [], indicators: []),
    // 200 000 € over 12 months (« s'étalant sur plus de 6 mois »): a tranche at the start,
    // one at the 6-month milestone, before the end; 100 000 € each.
    Expected(
      file: "incomplete", status: "incomplete", violated: [], cap: "225000.00", binding: "rate",
      tranches: ["2023-04-03 100000.00", "2023-10-03 100000.00"], indicators: []),
  ]

  /// A member of a JSON object.
  func member(_ value: JSONValue, _ key: String) -> JSONValue? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  func string(_ value: JSONValue?) -> String? {
    if case .string(let text)? = value { return text }
    return nil
  }

  @Test("Each FTAP example gets the figures the text implies", arguments: cases)
  func example(expected: Expected) throws {
    let path = CommandLineToolTests.root + "/Examples/ftap/" + expected.file + ".json"
    let result = CommandLineTool.run(arguments: ["assess", "--json", path], readFile: RelanceTool.readFile)
    #expect(
      result.status == ["eligible": 0, "ineligible": 1, "incomplete": 3][expected.status], "\(result.standardError)")
    let json = try JSONValue(parsing: result.standardOutput)
    #expect(string(member(json, "programme")) == "ftap-data-2023")
    #expect(string(member(json, "status")) == expected.status)
    guard case .array(let findings)? = member(json, "findings"),
      case .array(let tranches)? = member(json, "tranches"),
      case .array(let indicators)? = member(json, "mandatoryIndicators"),
      let money = member(json, "coFinancing")
    else {
      Issue.record("missing members")
      return
    }
    #expect(findings.count == FTAPGuichet().rules.count)
    #expect(
      findings.filter { string(member($0, "outcome")) == "violated" }.map { string(member($0, "rule")) }
        == expected.violated)
    #expect(string(member(money, "cap")) == expected.cap)
    #expect(string(member(money, "bindingLimit")) == expected.binding)
    #expect(
      tranches.map { (string(member($0, "date")) ?? "") + " " + (string(member($0, "amount")) ?? "") }
        == expected.tranches)
    #expect(indicators.compactMap(string) == expected.indicators)
  }

  /// Under ftap.size.bounds = hard: the total cost brought down to the 1 000 000 €
  /// ceiling; the cap of that total is 500 000 € (50 %; 1 000 000 − 300 000 of Titre 2 =
  /// 700 000 € does not bind). Under the default (guidance) the size is undetermined and
  /// only the request is lowered, to 50 % of 1 200 000 €.
  @Test("The fixable dossier gets remedies that suffice")
  func fixable() {
    let path = CommandLineToolTests.root + "/Examples/ftap/ineligible-fixable-by-numbers.json"
    let result = CommandLineTool.run(
      arguments: ["assess", "--reading", "ftap.size.bounds=hard", path], readFile: RelanceTool.readFile)
    #expect(result.standardOutput.contains("Ramener le coût total du projet à 1 000 000 €."))
    #expect(result.standardOutput.contains("Ramener le cofinancement demandé à 500 000 €."))
    #expect(result.standardOutput.contains("(le dossier deviendrait éligible)"))
    let byDefault = CommandLineTool.run(arguments: ["assess", path], readFile: RelanceTool.readFile)
    #expect(byDefault.standardOutput.contains("Ramener le cofinancement demandé à 600 000 €."))
    #expect(!byDefault.standardOutput.contains("Ramener le coût total"))
    #expect(!byDefault.standardOutput.contains("Tranches :"))
  }

  @Test(
    "Hostile FTAP fields are named",
    arguments: [
      (#"{"programme": "ftap-data-2023", "projectTypes": ["bigData"]}"#, "projectTypes[0]"),
      (#"{"programme": "ftap-data-2023", "dataProvision": {"ftp": true}}"#, "dataProvision.ftp"),
      (#"{"programme": "ftap-data-2023", "plannedIndicators": ["proactive.happiness"]}"#, "plannedIndicators[0]"),
      (#"{"programme": "ftap-data-2023", "commitments": {"openSource": 1}}"#, "commitments.openSource"),
      (#"{"programme": "ftap-data-2023", "commitments": {"openSource": true, "rgpd": true}}"#, "commitments.rgpd"),
      (#"{"programme": "ftap-data-2023", "commitments": {"rgpd": true, "openSource": 1}}"#, "commitments.rgpd"),
      (#"{"programme": "ftap-data-2023", "commitments": ["openSource"]}"#, "commitments"),
      (#"{"programme": "ftap-data-2023", "projectTypes": ["dataProvision", "dataProvision"]}"#, "projectTypes[1]"),
      (#"{"programme": "ftap-data-2023", "projectTypes": ["dataProvision", 3]}"#, "projectTypes[1]"),
      (#"{"programme": "ftap-data-2023", "personalData": {"processed": "oui"}}"#, "personalData.processed"),
      (#"{"programme": "ftap-data-2023", "impactModel": 42}"#, "impactModel"),
      (#"{"programme": "ftap-data-2023", "projectKinds": ["dataSteering"]}"#, "projectKinds"),
    ])
  func hostile(document: String, field: String) {
    let result = CommandLineTool.run(arguments: ["assess", "d.json"]) { _ in Array(document.utf8) }
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("d.json: " + field + ": "), "\(result.standardError)")
  }

  /// Design v2 §5: « A request of 0 € is not a request: input error, like a negative
  /// amount »; one cent is a request.
  @Test(
    "A request of 0 € is bad input (exit 2) naming the field; 0,01 € is read",
    arguments: [("0", true), ("0.00", true), ("0.01", false)])
  func zeroRequest(amount: String, refused: Bool) {
    let document = #"{"programme": "ftap-data-2023", "requestedCoFinancing": ""# + amount + #""}"#
    let result = CommandLineTool.run(arguments: ["assess", "d.json"]) { _ in Array(document.utf8) }
    if refused {
      #expect(result.status == 2)
      #expect(
        result.standardError.contains("requestedCoFinancing: le cofinancement demandé doit être strictement positif"))
    } else {
      // Read: the dossier lacks the other fields, so it is incomplete (exit 3), not bad input.
      #expect(result.status == 3)
    }
  }

  /// Issue #13: an award of 400 000 € (below the 500 000 € cap) over 18 months from
  /// 2023-08-31 is paid in three tranches of 133 333,34 €, 133 333,33 € and 133 333,33 €;
  /// the first milestone unlocks the second, the second withholds the third.
  @Test("relance award replays the reviews: paid, withheld, remaining and the next step")
  func award() throws {
    let path = CommandLineToolTests.root + "/Examples/awards/ftap-provision-two-reviews.json"
    let text = CommandLineTool.run(arguments: ["award", path], readFile: RelanceTool.readFile)
    #expect(text.status == 0, "\(text.standardError)")
    // ftap.tranches.withheld = notUnlocked (the default): the third tranche is « non
    // débloquée », still granted; never « suspendue ».
    #expect(
      text.standardOutput.contains(
        "Versé : 266 666,67 € ; non débloqué : 133 333,33 € ; reste à verser au plus : 133 333,33 €"))
    #expect(text.standardOutput.contains("2. 31 août 2024 — tranche 3 (133 333,33 €) : tranche non débloquée"))
    #expect(!text.standardOutput.contains("suspendu"))
    #expect(text.standardOutput.contains("Lectures : toutes par défaut"))
    let lost = CommandLineTool.run(
      arguments: ["award", "--reading", "ftap.tranches.withheld=lost", path], readFile: RelanceTool.readFile)
    #expect(
      lost.standardOutput.contains(
        "Versé : 266 666,67 € ; perdu (rendu à l'enveloppe) : 133 333,33 € ; reste à verser au plus : 0 €"))
    #expect(lost.standardOutput.contains("tranche perdue, rendue à l'enveloppe"))
    #expect(!lost.standardOutput.contains("suspendu"))
    #expect(
      CommandLineTool.run(arguments: ["award", "--reading", "ftap.nope=x", path], readFile: RelanceTool.readFile)
        .status == 64)
    #expect(text.standardOutput.contains("Prochaine étape (jalon 3)"))
    // Each report beside the targets the deployment strategy sets for its milestone.
    #expect(
      text.standardOutput.contains(
        "Nombre de transmissions effectives de la donnée : 15 100 (cible : 25 000 transmissions)"))
    #expect(text.standardOutput.contains("médiane 12 jours, moyenne environ 13,67 jours (cible : 10 jours)"))
    let json = try JSONValue(
      parsing: CommandLineTool.run(arguments: ["award", "--json", path], readFile: RelanceTool.readFile).standardOutput)
    guard case .object(let members) = json else {
      Issue.record("not an object")
      return
    }
    #expect(members.first { $0.key == "paid" }?.value == .string("266666.67"))
    let refused = CommandLineTool.run(
      arguments: ["award", CommandLineToolTests.root + "/Examples/awards/refused-unlock-by-owner.json"],
      readFile: RelanceTool.readFile)
    #expect(refused.status == 2)
    #expect(
      refused.standardError.contains("events[2]: Le porteur de projet ne peut pas débloquer la tranche suivante."))
    // From award to ledger: the commitment of the granted amount, with the readings it was
    // made under, is the event of the FTAP allocation example's ledger; the tranche not
    // unlocked stays committed.
    let events = CommandLineTool.run(arguments: ["award", "--ledger", path], readFile: RelanceTool.readFile)
    #expect(events.status == 0)
    let fromAward = try LedgerFile(jsonDocument: Array(events.standardOutput.utf8)).events
    let ledger = try LedgerFile(
      jsonDocument: try RelanceTool.readFile(
        CommandLineToolTests.root + "/Examples/ledgers/ftap-allocation-example.json"))
    #expect(fromAward == ledger.events)
    guard case .committed(let commitment)? = fromAward.first else {
      Issue.record("no commitment")
      return
    }
    #expect(fromAward.count == 1)
    #expect(
      commitment.details?.readings?.contains(.init(id: "ftap.tranches.withheld", variant: "notUnlocked")) == true)
    // Under ftap.tranches.withheld = lost, the tranche goes back to the envelope.
    let lostEvents = CommandLineTool.run(
      arguments: ["award", "--ledger", "--reading", "ftap.tranches.withheld=lost", path],
      readFile: RelanceTool.readFile)
    let released = try LedgerFile(jsonDocument: Array(lostEvents.standardOutput.utf8)).events
    #expect(
      released.last
        == .released(
          reference: "FTAP-EX-02", amount: try Euros(parsing: "133333.33"), date: try CalendarDate(iso: "2024-09-10")))
  }

  /// Issue #21, point 10: an undetermined dossier is awarded on the instructor's recorded
  /// decision; a milestone no text dates after the project's end says why it is there.
  @Test("relance award: decisions recorded for an undetermined dossier; a milestone after the end says why")
  func awardDecisionsAndLateMilestones() throws {
    let path = CommandLineToolTests.root + "/Examples/awards/ftap-undetermined-with-decision.json"
    let text = CommandLineTool.run(arguments: ["award", path], readFile: RelanceTool.readFile)
    #expect(text.status == 0, "\(text.standardError)")
    #expect(
      text.standardOutput.contains("Décision de l'instruction sur ftap.size (indéterminée par les textes) : respectée"))
    let json = try JSONValue(
      parsing: CommandLineTool.run(arguments: ["award", "--json", path], readFile: RelanceTool.readFile).standardOutput)
    #expect(json.serialized(pretty: false).contains(#""decisions":{"ftap.size":{"verdict":"satisfied","reason":"#))
    // Without the decision the file is refused, naming the field.
    let document = try String(decoding: RelanceTool.readFile(path), as: UTF8.self)
    let withoutDecision = document.replacing(#""decisions""#, with: #""_decisions""#)
    let refused = CommandLineTool.run(arguments: ["award", "a.json"]) { _ in Array(withoutDecision.utf8) }
    #expect(refused.status == 2)
    let stripped = try JSONValue(parsing: document)
    guard case .object(let members) = stripped else { return }
    let noDecisions = JSONValue.object(members.filter { $0.key != "decisions" }).serialized()
    let undecided = CommandLineTool.run(arguments: ["award", "a.json"]) { _ in Array(noDecisions.utf8) }
    #expect(undecided.status == 2)
    #expect(undecided.standardError.contains("a.json: decisions: le dossier est indéterminé"))
    // A 7-month project: its closing review at 12 months falls after its end.
    let short = document.replacing(#""durationMonths": 18"#, with: #""durationMonths": 7"#)
      .replacing(#""totalCost": "1100000.00""#, with: #""totalCost": "1000000.00""#)
    let shortJSON = try JSONValue(parsing: short)
    guard case .object(let shortMembers) = shortJSON else { return }
    let shortAward = JSONValue.object(shortMembers.filter { $0.key != "decisions" }).serialized()
    let late = CommandLineTool.run(arguments: ["award", "s.json"]) { _ in Array(shortAward.utf8) }
    #expect(late.status == 0, "\(late.standardError)")
    #expect(late.standardOutput.contains("après la fin du projet (31 mars 2024) : revue de clôture"))
  }

  /// Issue #22, bug 8: `award --ledger` writes only events the ledger reader accepts.
  @Test(
    "award --ledger refuses what the ledger reader would refuse, naming the event's field",
    arguments: [
      ("object", String(repeating: "x", count: 300), "events[0].object: objet de 256 caractères ou plus"),
      ("reference", "FTAP\u{200B}EX", "events[0].reference: caractère invisible interdit"),
    ])
  func awardLedgerChecked(field: String, value: String, answer: String) throws {
    let path = CommandLineToolTests.root + "/Examples/awards/ftap-provision-two-reviews.json"
    var document = String(decoding: try RelanceTool.readFile(path), as: UTF8.self)
    if field == "object" {
      document = document.replacing(
        #""object": "Mise à disposition de données par API et en open data (exemple)""#,
        with: #""object": ""# + value + #"""#)
    } else {
      document = document.replacing(#""reference": "FTAP-EX-02""#, with: #""reference": ""# + value + #"""#)
    }
    let result = CommandLineTool.run(arguments: ["award", "--ledger", "a.json"]) { _ in Array(document.utf8) }
    #expect(result.status == 2, "\(result.standardOutput.prefix(200))")
    #expect(result.standardError.contains("a.json: " + answer), "\(result.standardError)")
  }

  @Test("envelopes --ledger escapes a supplied tree's interpretation: no forged line")
  func escapedInterpretation() {
    let document =
      #"{"tree": {"id": "e", "label": "E", "amount": "10.00", "interpretation": "ok\nForged [e]  engagé 0 €"}, "events": []}"#
    let result = CommandLineTool.run(arguments: ["envelopes", "--ledger", "l.json"]) { _ in Array(document.utf8) }
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!result.standardOutput.contains("\nForged"))
    #expect(result.standardOutput.contains("ok\\u{A}Forged"))
  }
}
