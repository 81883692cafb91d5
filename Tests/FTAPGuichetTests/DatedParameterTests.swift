import FTAPGuichet
import FranceRelanceModel
import TestSupport
import Testing

/// Dated parameters applied (issue #25): an edition whose co-financing rate changes on a
/// day assesses each dossier under the rate in force on its filing date, and the rate's
/// finding cites the sentence of that period. The second period is a fixture: no text has
/// changed the guichet's rate.
@Suite("Dated parameters: the numbers in force on the filing date")
struct DatedParameterTests {
  /// The fixture's sentence of the new period.
  static let newSentence = Citation(
    .ftapDataGuichet, at: "Règles de cofinancement (période d'essai)",
    quoting: "Le cofinancement ne dépassera pas 40% du coût total du projet")

  /// The 2023 – 2025 guichet with a second period of the rate: 40 % from 1 January 2025.
  static let edition: FTAPEdition = {
    let current = FTAPEdition.guichet2023
    let first = current.coFinancingRate.periods[0]
    return FTAPEdition(
      identifier: current.identifier, name: current.name, window: current.window, minimumSize: current.minimumSize,
      maximumSize: current.maximumSize,
      coFinancingRate: DatedParameter(
        name: current.coFinancingRate.name,
        periods: [
          first,
          .init(from: CalendarDate(uncheckedYear: 2025, month: 1, day: 1), value: .percent(40), citation: newSentence),
        ]),
      trancheRequestThreshold: current.trancheRequestThreshold, trancheDurationMonths: current.trancheDurationMonths,
      milestoneIntervalMonths: current.milestoneIntervalMonths)
  }()

  /// The example dossier FTAP-EX-03 (600 000 € total, 250 000 € requested), filed on `day`.
  static func dossier(filedOn day: String) throws -> JSONValue {
    guard case .object(var members) = try JSONValue(parsing: repositoryFile("Examples/ftap/policy-two-tranches.json"))
    else { throw CancellationError() }
    let index = try #require(members.firstIndex { $0.key == "filedOn" })
    members[index] = .init("filedOn", .string(day))
    return .object(members)
  }

  @Test("The edition's numbers change once, on 1 January 2025")
  func changeDays() {
    #expect(Self.edition.changeDays == [CalendarDate(uncheckedYear: 2025, month: 1, day: 1)])
    #expect(FTAPEdition.guichet2023.changeDays.isEmpty)
  }

  @Test(
    "A dossier is assessed under the rate in force on its filing date, and the rate's finding cites that period's sentence",
    arguments: [
      // 250 000 € of 600 000 €: within 50 % (300 000 €), beyond 40 % (240 000 €).
      ("2024-06-03", 50, "300 000 €", Outcome.Kind.satisfied),
      ("2024-12-31", 50, "300 000 €", .satisfied),
      ("2025-01-01", 40, "240 000 €", .violated),
      ("2025-02-03", 40, "240 000 €", .violated),
    ])
  func rateInForce(day: String, percent: Int, cap: String, kind: Outcome.Kind) throws {
    let guichet = FTAPGuichet(edition: Self.edition)
    let report = try guichet.report(onJSON: Self.dossier(filedOn: day), selection: ReadingSelection())
    let finding = try #require(report.assessment.findings.first { $0.rule.id == FTAPRules.CoFinancingRate.id })
    #expect(finding.outcome.kind == kind)
    #expect(finding.rule.title == "Cofinancement d'au plus " + String(percent) + " % du coût total")
    let expected = percent == 40 ? Self.newSentence : FTAPEdition.guichet2023.coFinancingRate.periods[0].citation
    #expect(finding.citation == expected)
    // The finding lists the period of ftap.cofinancing.maxRate it applied (design §10).
    let applied = try #require(finding.rule.parameters.first)
    #expect(finding.rule.parameters.count == 1)
    #expect(applied.id == "ftap.cofinancing.maxRate")
    #expect(applied.start.description == (percent == 40 ? "2025-01-01" : "2023-01-01"))
    #expect(applied.value == String(percent) + " %")
    #expect(applied.citation == expected)
    #expect(report.coFinancing?.cap?.description == cap)
    // The verdict path and the compact verdict agree with the report.
    let dossier = try guichet.dossier(from: JSONDocument(Self.dossier(filedOn: day)))
    #expect(guichet.verdict(dossier).status == report.status)
    #expect(try guichet.verdictSummary(of: dossier, selection: ReadingSelection()).verdict.status == report.status)
  }

  @Test("An award follows the period in force: above the 40 % cap of 2025 it is refused, at the cap it is granted")
  func award() throws {
    let guichet = FTAPGuichet(edition: Self.edition)
    let dossier = try guichet.dossier(from: JSONDocument(Self.dossier(filedOn: "2025-02-03")))
    let convention = CalendarDate(uncheckedYear: 2025, month: 3, day: 1)
    #expect(throws: AwardError.self) {
      try FTAPAward(
        dossier: dossier, granted: .euros(250_000), conventionDate: convention, guichet: guichet,
        readings: FTAPReadings(), decisions: [:])
    }
    // 250 000 € is refused by the rate itself (the dossier is ineligible under 40 %); a
    // dossier asking 240 000 € is eligible, and its award of 240 000 € is at the cap.
    guard case .object(var members) = try Self.dossier(filedOn: "2025-02-03") else { throw CancellationError() }
    let index = try #require(members.firstIndex { $0.key == "requestedCoFinancing" })
    members[index] = .init("requestedCoFinancing", .string("240000.00"))
    let asking = try guichet.dossier(from: JSONDocument(JSONValue.object(members)))
    let award = try FTAPAward(
      dossier: asking, granted: .euros(240_000), conventionDate: convention, guichet: guichet,
      readings: FTAPReadings(), decisions: [:])
    #expect(award.granted == .euros(240_000))
  }

  /// FTAP-EX-03 without its filing date, asking `requested` euros of its 600 000 €.
  static func undated(asking requested: String) throws -> JSONValue {
    guard case .object(let members) = try Self.dossier(filedOn: "2024-06-03") else { throw CancellationError() }
    return .object(
      members.filter { $0.key != "filedOn" }.map {
        $0.key == "requestedCoFinancing" ? .init("requestedCoFinancing", .string(requested)) : $0
      })
  }

  @Test(
    "Without a filing date, a rule the periods decide differently lacks the date; one they decide alike keeps its outcome",
    arguments: [
      // 250 000 € of 600 000 € (41.7 %): within 50 %, beyond 40 %: the date decides.
      ("250000.00", Outcome.Kind.missingInput),
      // 200 000 € (33.3 %): within both rates; the cap (300 000 € or 240 000 €) still
      // depends on the date.
      ("200000.00", .satisfied),
    ])
  func undatedDossier(requested: String, kind: Outcome.Kind) throws {
    let guichet = FTAPGuichet(edition: Self.edition)
    let json = try Self.undated(asking: requested)
    let report = try guichet.report(onJSON: json, selection: ReadingSelection())
    // The window lacks the date in any case.
    #expect(report.status == .incomplete)
    let rate = try #require(report.assessment.findings.first { $0.rule.id == FTAPRules.CoFinancingRate.id })
    #expect(rate.outcome.kind == kind)
    if kind == .missingInput {
      #expect(rate.outcome == .missingInput([FieldPath("filedOn")]))
      #expect(rate.rule.parameters.isEmpty)
    }
    // The size's numbers did not change: its finding is the dated one.
    let size = try #require(report.assessment.findings.first { $0.rule.id == FTAPRules.Size.id })
    #expect(size.outcome.kind == .satisfied)
    #expect(report.coFinancing?.cap == nil)
    let dossier = try guichet.dossier(from: JSONDocument(json))
    #expect(guichet.verdict(dossier) == Verdict(status: .incomplete, cap: nil))
    let filedOn = try #require(guichet.questions(for: dossier).first { $0.field == FieldPath("filedOn") })
    #expect(filedOn.rules.contains(FTAPRules.CoFinancingRate.id) == (kind == .missingInput))
    #expect(filedOn.rules.contains(FTAPRules.Window.id))
    // The edition whose numbers never change decides the same dossier as before.
    let current = try FTAPGuichet().report(onJSON: json, selection: ReadingSelection())
    #expect(current.assessment.findings.first { $0.rule.id == FTAPRules.CoFinancingRate.id }?.outcome == .satisfied)
    #expect(current.coFinancing?.cap == .euros(300_000))
  }

  @Test("The current edition, whose rate never changed, still assesses a 2025 dossier at 50 %")
  func currentEdition() throws {
    let report = try FTAPGuichet().report(onJSON: Self.dossier(filedOn: "2025-02-03"), selection: ReadingSelection())
    #expect(report.status == .eligible)
    #expect(report.coFinancing?.cap?.description == "300 000 €")
  }
}

/// Editions as data (issue #25): the « dispositif d'aide » record's UUID belongs to the
/// edition, so two editions never publish the same record.
@Suite("Each edition's « dispositif d'aide » record has its own UUID")
struct EditionRecordTests {
  @Test("The published UUID of the 2023 – 2025 guichet is kept; another edition gets another, the same at each export")
  func uuidPerEdition() throws {
    #expect(FTAPGuichet().aidScheme.id == "7cc84f39-94ed-5924-8904-0760e9f5e5d9")
    let current = FTAPEdition.guichet2023
    let later = FTAPEdition(
      identifier: "ftap-data-2026", name: "2026 – 2027", window: current.window, minimumSize: current.minimumSize,
      maximumSize: current.maximumSize, coFinancingRate: current.coFinancingRate,
      trancheRequestThreshold: current.trancheRequestThreshold, trancheDurationMonths: current.trancheDurationMonths,
      milestoneIntervalMonths: current.milestoneIntervalMonths)
    let id = FTAPGuichet(edition: later).aidScheme.id
    #expect(id != FTAPGuichet().aidScheme.id)
    #expect(id == FTAPEdition.derivedAidSchemeID(identifier: "ftap-data-2026", name: "2026 – 2027"))
    // RFC 9562: 8-4-4-4-12 hexadecimal digits, version 8, variant 10.
    let groups = id.split(separator: "-").map(String.init)
    #expect(groups.map(\.count) == [8, 4, 4, 4, 12])
    #expect(groups[2].first == "8")
    #expect(["8", "9", "a", "b"].contains(groups[3].first.map(String.init) ?? ""))
    #expect(id != FTAPEdition.derivedAidSchemeID(identifier: "ftap-data-2026", name: "2026"))
  }
}
