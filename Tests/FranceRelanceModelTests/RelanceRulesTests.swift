import Testing

@testable import FranceRelanceModel

/// Each `relance.*` rule on both sides of its boundaries. Expected values come from the
/// texts: seed 003 (calendar, 75 %, kinds, commitments) and seed 001 (actual opening of the
/// continuous window, its 100 000 € limit, the local-authority fund).
@Suite("France Relance rules (seeds 001 and 003)")
struct RelanceRulesTests {
  /// A dossier that satisfies every rule of `call`; tests change one field at a time.
  static func eligible(_ call: RelanceCall, filedOn: String? = nil) throws -> RelanceDossier {
    let defaultDay: String =
      switch call {
      case .aap1: "2020-12-01"
      case .continuous: "2021-03-01"
      // The last day of the quarter: the only day of it the call was surely open (reading
      // relance.window.opening).
      case .aap2: "2021-06-30"
      case .aap3: "2021-12-31"
      }
    let filed = filedOn ?? defaultDay
    return RelanceDossier(
      call: call,
      basics: DossierBasics(
        reference: "TEST", filedOn: try CalendarDate(iso: filed),
        applicant: Applicant(name: "Administration", kind: .stateAdministration),
        totalCost: .euros(80_000), requestedCoFinancing: .euros(60_000)),
      projectKinds: [.dataQuality],
      commitments: .all(true))
  }

  func outcome(_ rule: RuleIdentifier, _ dossier: RelanceDossier, _ readings: RelanceReadings = RelanceReadings())
    throws -> Outcome
  {
    try #require(dossier.call.assess(dossier, readings: readings).finding(for: rule)).outcome
  }

  /// At the continuous window the calls' 75 % rate binds only under
  /// `relance.continu.terms = applied`; by default it is undetermined there.
  @Test(
    "Baseline dossiers are eligible in every call (at the continuous window, under the calls' terms)",
    arguments: RelanceCall.allCases)
  func baseline(call: RelanceCall) throws {
    var readings = RelanceReadings()
    readings.continuousTerms = .applied
    let assessment = call.assess(try Self.eligible(call), readings: readings)
    #expect(assessment.status == .eligible, "\(assessment.findings.map(\.message))")
    #expect(call.assess(try Self.eligible(call)).status == (call == .continuous ? .undetermined : .eligible))
    #expect(assessment.findings.map(\.rule.id) == call.rules.map(\.id))
  }

  // MARK: relance.window

  // The boundaries of relance.window (AAP1's and the continuous window's first and last
  // days, and the days around them), of relance.continu.size and of
  // relance.cofinancing.rate are regulation cases: Tests/Cases/relance/*.json.

  /// Reading `relance.aap1.closing`: seed 003 plans the closing on « 19 Décembre 2020 »;
  /// seed 001 says the call « s'est clôturé à la fin de l'année 2020 », the actual closing
  /// known to the month. `undetermined` (default): a dossier of 20 – 31 December is
  /// undetermined; `planned`: after the closing; `yearEnd`: within; after 31 December all
  /// three say violated.
  @Test(
    "relance.window × relance.aap1.closing: 20 – 31 December 2020 is undetermined by default, after the planned closing, within the year-end one",
    arguments: [
      ("2020-12-19", Outcome.Kind.satisfied, Outcome.Kind.satisfied, Outcome.Kind.satisfied),
      ("2020-12-20", .undetermined, .violated, .satisfied), ("2020-12-31", .undetermined, .violated, .satisfied),
      ("2021-01-01", .violated, .violated, .violated),
    ])
  func windowAAP1Closing(
    filed: String, byDefault: Outcome.Kind, planned: Outcome.Kind, yearEnd: Outcome.Kind
  ) throws {
    let dossier = try Self.eligible(.aap1, filedOn: filed)
    #expect(try outcome(RelanceRules.Window.id, dossier).kind == byDefault)
    var readings = RelanceReadings()
    readings.aap1Closing = .planned
    #expect(try outcome(RelanceRules.Window.id, dossier, readings).kind == planned)
    readings.aap1Closing = .yearEnd
    #expect(try outcome(RelanceRules.Window.id, dossier, readings).kind == yearEnd)
    let finding = try #require(RelanceCall.aap1.assess(dossier).finding(for: RelanceRules.Window.id))
    if filed == "2020-12-20" {
      // Seed 001 gives the month of the actual closing, not its day.
      #expect(finding.message.contains("sans en donner le jour"))
      #expect(finding.reading?.id == "relance.aap1.closing")
      #expect(!RelanceCall.aap1.calendar.note!.contains("confirme une"))
    }
  }

  @Test("relance.window: filing on the planned but not actual opening says both dates")
  func windowPlannedVersusActual() throws {
    let finding = try #require(
      RelanceCall.continuous.assess(try Self.eligible(.continuous, filedOn: "2021-01-20")).finding(
        for: RelanceRules.Window.id))
    #expect(finding.message.contains("18 janvier 2021"))
    #expect(finding.message.contains("1er février 2021"))
  }

  /// Where a filing date falls for AAP2 and AAP3, whose texts give only the opening
  /// quarter: before it, within it, or after it.
  enum QuarterPosition: Sendable { case before, withinBeforeLastDay, lastDay, after }

  @Test(
    "relance.window (readings relance.window.opening and relance.window.closing): AAP2 « T2 2021 » and AAP3 « T4 2021 » give only the opening quarter; before it violated; within it undetermined by default before its last day, satisfied on it or under quarterStart; after it undetermined by default and violated under quarterEnd",
    arguments: [
      (RelanceCall.aap2, "2021-03-31", QuarterPosition.before), (.aap2, "2021-04-01", .withinBeforeLastDay),
      (.aap2, "2021-06-29", .withinBeforeLastDay), (.aap2, "2021-06-30", .lastDay), (.aap2, "2021-07-01", .after),
      (.aap3, "2021-09-30", .before), (.aap3, "2021-10-01", .withinBeforeLastDay), (.aap3, "2021-12-31", .lastDay),
      (.aap3, "2022-01-01", .after),
    ])
  func windowQuarters(call: RelanceCall, filed: String, position: QuarterPosition) throws {
    let dossier = try Self.eligible(call, filedOn: filed)
    let finding = try #require(call.assess(dossier).finding(for: RelanceRules.Window.id))
    var quarterEnd = RelanceReadings()
    quarterEnd.windowClosing = .quarterEnd
    let strict = try #require(call.assess(dossier, readings: quarterEnd).finding(for: RelanceRules.Window.id))
    var quarterStart = RelanceReadings()
    quarterStart.windowOpening = .quarterStart
    let early = try #require(call.assess(dossier, readings: quarterStart).finding(for: RelanceRules.Window.id))
    switch position {
    case .before:
      #expect(finding.outcome == .violated)
      #expect(strict.outcome == .violated)
      #expect(early.outcome == .violated)
      if call == .aap2 { #expect(finding.reading == nil) }
    case .withinBeforeLastDay:
      #expect(finding.outcome.kind == .undetermined)
      #expect(finding.message.contains("ne donnent pas le jour d'ouverture"))
      #expect(finding.reading == AppliedReading(id: "relance.window.opening", variant: "undetermined", isDefault: true))
      #expect(early.outcome == .satisfied)
      #expect(
        call.report(on: dossier).sensitivity.contains(
          Sensitivity(reading: "relance.window.opening", variant: "quarterStart", status: .eligible)))
    case .lastDay:
      #expect(finding.outcome == .satisfied)
      #expect(strict.outcome == .satisfied)
      #expect(early.outcome == .satisfied)
      #expect(finding.message.contains("trimestre"))
      // Open on the quarter's last day is the calendar's reading, said as such.
      #expect(finding.message.contains("ce que les textes ne confirment pas"))
      #expect(finding.rule.interpretation?.contains("encore ouvert le dernier jour du trimestre") == true)
    case .after:
      #expect(finding.outcome.kind == .undetermined)
      #expect(strict.outcome == .violated)
      #expect(finding.reading == AppliedReading(id: "relance.window.closing", variant: "undetermined", isDefault: true))
      #expect(call.report(on: dossier).status == .undetermined)
      #expect(
        call.report(on: dossier).sensitivity
          == [Sensitivity(reading: "relance.window.closing", variant: "quarterEnd", status: .ineligible)])
    }
    #expect(finding.rule.interpretation != nil)
  }

  @Test("relance.window: no filing date is missing input, not a violation")
  func windowMissing() throws {
    var dossier = try Self.eligible(.aap1)
    dossier.filedOn = nil
    #expect(try outcome(RelanceRules.Window.id, dossier) == .missingInput([FieldPath("filedOn")]))
    #expect(RelanceCall.aap1.assess(dossier).status == .incomplete)
  }

  // MARK: relance.applicant

  @Test(
    "relance.applicant: State administrations and public operators only (seed 001)",
    arguments: [
      (ApplicantKind.stateAdministration, true), (.publicOperator, true), (.localAuthority, false), (.company, false),
      (.association, false), (.other, false),
    ])
  func applicant(kind: ApplicantKind, eligible: Bool) throws {
    var dossier = try Self.eligible(.aap2)
    dossier.applicant = Applicant(kind: kind)
    #expect(try outcome(RelanceRules.Applicant.id, dossier) == (eligible ? .satisfied : .violated))
  }

  @Test("relance.applicant: a local authority is pointed to its own fund (seed 001)")
  func localAuthorityFund() throws {
    var dossier = try Self.eligible(.aap1)
    dossier.applicant = Applicant(kind: .localAuthority)
    let finding = try #require(RelanceCall.aap1.assess(dossier).finding(for: RelanceRules.Applicant.id))
    #expect(finding.message.contains("28 mai 2021"))
    // The fund opened « depuis fin janvier » 2021 and closed on 28 May 2021 (seed 001):
    // the message says where the dossier's filing date stands.
    #expect(finding.message.contains("pas encore ouvert à cette date"))  // filed 1 December 2020
    #expect(finding.message.contains("de fin janvier 2021"))
    var later = try Self.eligible(.continuous, filedOn: "2021-03-01")
    later.applicant = Applicant(kind: .localAuthority)
    let open = try #require(RelanceCall.continuous.assess(later).finding(for: RelanceRules.Applicant.id))
    #expect(open.message.contains("ouvert à cette date"))
    later.filedOn = try CalendarDate(iso: "2021-06-01")
    let closed = try #require(RelanceCall.continuous.assess(later).finding(for: RelanceRules.Applicant.id))
    #expect(closed.message.contains("clos à cette date"))
    dossier.applicant = Applicant(name: "Sans type")
    #expect(try outcome(RelanceRules.Applicant.id, dossier) == .missingInput([FieldPath("applicant.kind")]))
  }

  // MARK: relance.projectKind

  @Test("relance.projectKind: at least one of the six kinds of seed 003")
  func projectKind() throws {
    var dossier = try Self.eligible(.aap3)
    dossier.projectKinds = []
    #expect(try outcome(RelanceRules.ProjectKind.id, dossier) == .violated)
    dossier.projectKinds = nil
    #expect(try outcome(RelanceRules.ProjectKind.id, dossier) == .missingInput([FieldPath("projectKinds")]))
    dossier.projectKinds = .all
    #expect(try outcome(RelanceRules.ProjectKind.id, dossier) == .satisfied)
    #expect(RelanceProjectKind.allCases.count == 6)
  }

  // MARK: relance.cofinancing.rate

  @Test(
    "relance.cofinancing.rate: at most 75 % of the total cost, at the extremes a dossier file cannot reach (seed 003)",
    arguments: [("1000000.00", "1000000.00", false), ("0.01", "0.00", true)])
  func coFinancingRate(total: String, requested: String, admissible: Bool) throws {
    var dossier = try Self.eligible(.aap1)
    dossier.totalCost = try Euros(parsing: total)
    dossier.requestedCoFinancing = try Euros(parsing: requested)
    #expect(try outcome(RelanceRules.CoFinancingRate.id, dossier) == (admissible ? .satisfied : .violated))
  }

  @Test("relance.cofinancing.rate: the report gives the cap and the administration's share")
  func coFinancingFigures() throws {
    var dossier = try Self.eligible(.aap1)
    dossier.totalCost = try Euros(parsing: "100000.01")
    dossier.requestedCoFinancing = .euros(70_000)
    let money = RelanceCall.aap1.report(on: dossier).coFinancing
    #expect(money?.cap == (try Euros(parsing: "75000.00")))
    #expect(money?.administrationShare == (try Euros(parsing: "30000.01")))
    let finding = try #require(RelanceCall.aap1.assess(dossier).finding(for: RelanceRules.CoFinancingRate.id))
    #expect(
      finding.message
        == "Le cofinancement demandé (70 000 €) ne dépasse pas 75 % du coût total de 100 000,01 €, soit 75 000 €.")
    dossier.requestedCoFinancing = nil
    dossier.totalCost = nil
    #expect(
      try outcome(RelanceRules.CoFinancingRate.id, dossier)
        == .missingInput([FieldPath("totalCost"), FieldPath("requestedCoFinancing")]))
  }

  // MARK: relance.continu.size

  @Test("relance.continu.size: does not apply to the calls for projects", arguments: [RelanceCall.aap1, .aap2, .aap3])
  func continuousSizeNotApplicable(call: RelanceCall) throws {
    var dossier = try Self.eligible(call)
    dossier.totalCost = .millions(5)
    dossier.requestedCoFinancing = .millions(3)
    #expect(try outcome(RelanceRules.ContinuousSize.id, dossier) == .notApplicable)
    #expect(call.assess(dossier).status == .eligible)
  }

  // MARK: relance.commitments

  /// Reading `relance.commitments.timing`: « les engagements du lauréat » (seed 003) bind
  /// the laureate. `laureateOnly` (default, the heading): an unmentioned commitment decides
  /// nothing at filing, an explicit refusal is undetermined (the texts do not say what it
  /// decides before the award); `atFiling` asks the dossier to declare them.
  @Test(
    "relance.commitments × relance.commitments.timing: unmentioned is not incomplete by default; a refusal is undetermined by default and violates under atFiling"
  )
  func commitmentsTiming() throws {
    var dossier = try Self.eligible(.aap2)
    dossier.commitments = .all(true)
    dossier.commitments?[.dedicatedTeam] = false
    #expect(try outcome(RelanceRules.Commitments.id, dossier).kind == .undetermined)
    var atFiling = RelanceReadings()
    atFiling.commitmentsTiming = .atFiling
    #expect(try outcome(RelanceRules.Commitments.id, dossier, atFiling).kind == .violated)
    dossier.commitments = nil
    #expect(try outcome(RelanceRules.Commitments.id, dossier).kind == .notApplicable)
    #expect(try outcome(RelanceRules.Commitments.id, dossier, atFiling).kind == .missingInput)
    #expect(RelanceCall.aap2.report(on: dossier).assessment.status == .eligible)
    #expect(RelanceCall.aap2.report(on: dossier, readings: atFiling).assessment.status == .incomplete)
  }

  /// « AAP Cycle de vie de la donnée : les engagements du lauréat » (seed 003) speaks of
  /// the calls: at the continuous window, under `atFiling`, the commitments are undetermined
  /// unless `relance.continu.terms = applied`.
  @Test("relance.commitments at the continuous window: undetermined under atFiling unless the calls' terms apply")
  func commitmentsContinuous() throws {
    var readings = RelanceReadings()
    readings.commitmentsTiming = .atFiling
    var dossier = try Self.eligible(.continuous)
    dossier.commitments = nil
    let finding = try #require(
      RelanceCall.continuous.assess(dossier, readings: readings).finding(for: RelanceRules.Commitments.id))
    #expect(finding.outcome.kind == .undetermined)
    #expect(finding.message.contains("guichet continu"))
    readings.continuousTerms = .applied
    #expect(try outcome(RelanceRules.Commitments.id, dossier, readings).kind == .missingInput)
    dossier.commitments = .all(true)
    dossier.commitments?[.usersInvolved] = false
    #expect(try outcome(RelanceRules.Commitments.id, dossier, readings).kind == .violated)
    readings.continuousTerms = .undetermined
    #expect(try outcome(RelanceRules.Commitments.id, dossier, readings).kind == .undetermined)
  }

  /// Seed 003 writes « 1^{er} appel » and « 2^{ème} appel » in LaTeX form: a French reader
  /// sees « 1er » and « 2e »; the stored quote stays verbatim.
  @Test("Quotes print LaTeX superscripts as French abbreviations and store them verbatim")
  func frenchQuotes() {
    let opening = RelanceCall.aap1Opening
    #expect(opening.quote.contains("1^{er} appel"))
    #expect(opening.frenchQuote.contains("1er appel"))
    #expect(opening.frenchDescription.contains("« 16 Novembre 2020 : Ouverture du 1er appel à projets"))
    let second = Citation(.relanceInformationMeeting, at: "x", quoting: "T2 2021 : 2^{ème} appel ; x^{")
    #expect(second.frenchQuote == "T2 2021 : 2e appel ; x^{")
  }

  @Test("relance.commitments under atFiling: the four commitments of seed 003")
  func commitments() throws {
    var readings = RelanceReadings()
    readings.commitmentsTiming = .atFiling
    var dossier = try Self.eligible(.aap1)
    dossier.commitments?[.dedicatedTeam] = false
    #expect(try outcome(RelanceRules.Commitments.id, dossier, readings) == .violated)
    dossier.commitments?[.dedicatedTeam] = nil
    #expect(
      try outcome(RelanceRules.Commitments.id, dossier, readings)
        == .missingInput([FieldPath("commitments.dedicatedTeam")]))
    dossier.commitments?[.usersInvolved] = false
    #expect(try outcome(RelanceRules.Commitments.id, dossier, readings) == .violated)
    dossier.commitments = nil
    #expect(try outcome(RelanceRules.Commitments.id, dossier, readings).missingFields.count == 4)
  }

  @Test("The demo is due 6 months after the award, clamped to the month's end (seed 003)")
  func demoDeadline() throws {
    #expect(LaureateCommitment.demoDeadline(awardedOn: try CalendarDate(iso: "2021-03-03")).isoString == "2021-09-03")
    #expect(LaureateCommitment.demoDeadline(awardedOn: try CalendarDate(iso: "2021-08-31")).isoString == "2022-02-28")
    #expect(LaureateCommitment.demoDeadline(awardedOn: try CalendarDate(iso: "2023-08-31")).isoString == "2024-02-29")
  }

  // MARK: Status

  @Test("Every finding is reported: a violation does not hide missing input")
  func allFindings() throws {
    var dossier = try Self.eligible(.aap1, filedOn: "2021-01-05")
    dossier.projectKinds = nil
    let assessment = RelanceCall.aap1.assess(dossier)
    #expect(assessment.status == .ineligible)
    #expect(assessment.violations.map(\.rule.id) == [RelanceRules.Window.id])
    #expect(
      assessment.finding(for: RelanceRules.ProjectKind.id)?.outcome == .missingInput([FieldPath("projectKinds")])
    )
  }

  @Test("The same dossier always gives the same assessment")
  func deterministic() throws {
    let dossier = try Self.eligible(.aap2)
    #expect(RelanceCall.aap2.report(on: dossier) == RelanceCall.aap2.report(on: dossier))
  }

  @Test("Dossiers round trip through the interchange format and Codable's JSON", arguments: RelanceCall.allCases)
  func dossierRoundTrip(call: RelanceCall) throws {
    var dossier = try Self.eligible(call)
    dossier.applicant?.siret = try SIRET("13002526500013")
    dossier.durationMonths = 12
    dossier.startDate = try CalendarDate(iso: "2021-06-30")
    dossier.personnelCost = .euros(10_000)
    let text = dossier.json.serialized()
    #expect(try RelanceDossier(jsonDocument: Array(text.utf8)) == dossier)
  }
}
