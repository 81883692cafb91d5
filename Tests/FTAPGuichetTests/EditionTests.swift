import FranceRelanceModel
import Testing

@testable import FTAPGuichet

/// A later guichet with other numbers is a new edition value, defined here in the test
/// target alone: no code of `Sources/` changes (design §3, « Editions »).
@Suite("Editions: a second FTAP guichet defined as a value")
struct EditionTests {
  /// A hypothetical 2026 guichet: 60 %, 150 000 € – 2 M€, opening in March 2026. Its
  /// numbers are invented for the test; it cites the 2023 sentences, which it does not
  /// claim to quote differently.
  static let later: FTAPEdition = {
    // Only the public API, as another package would write it.
    let opening = try! CalendarDate(year: 2026, month: 3, day: 1)
    let base = FTAPEdition.guichet2023
    return FTAPEdition(
      identifier: "ftap-data-2026", name: "2026 – 2027",
      window: ScheduledWindow(
        try! DateWindow(opening: .month(of: opening), closing: .day(try! CalendarDate(year: 2027, month: 12, day: 31))),
        citations: base.window.citations),
      minimumSize: DatedParameter(
        "Coût total minimal", .euros(150_000), from: opening, citation: base.minimumSize.periods[0].citation),
      maximumSize: DatedParameter(
        "Coût total maximal", .millions(2), from: opening, citation: base.maximumSize.periods[0].citation),
      coFinancingRate: DatedParameter(
        "Taux maximal de cofinancement", .percent(60), from: opening, citation: base.coFinancingRate.periods[0].citation
      ),
      trancheRequestThreshold: base.trancheRequestThreshold, trancheDurationMonths: base.trancheDurationMonths,
      milestoneIntervalMonths: base.milestoneIntervalMonths)
  }()

  static func dossier(total: Euros, requested: Euros, filed: String = "2026-04-15") throws -> FTAPDossier {
    FTAPDossier(
      basics: DossierBasics(
        reference: "FTAP-2026-001", filedOn: try CalendarDate(iso: filed),
        applicant: Applicant(kind: .publicOperator), totalCost: total, requestedCoFinancing: requested,
        durationMonths: 6, startDate: try CalendarDate(iso: "2026-05-01")),
      projectTypes: [.policyImprovement], commitments: .all(true), plannedIndicators: [],
      impactModel: "Mesure de l'impact à 6 mois.", deployment: FTAPRulesTests.deployment)
  }

  @Test("The rules apply the edition's numbers: 60 % of 1 500 000 € is 900 000 €, within 150 000 € – 2 M€")
  func numbers() throws {
    let guichet = FTAPGuichet(edition: Self.later)
    let dossier = try Self.dossier(total: .thousands(1_500), requested: .thousands(900))
    #expect(guichet.verdict(dossier) == Verdict(status: .eligible, cap: .thousands(900)))
    // The same dossier under the 2023 edition: after its closing and above 50 %; above
    // 1 M€, undetermined under the default ftap.size.bounds = guidance.
    let old = FTAPGuichet().assess(dossier)
    #expect(old.violations.map(\.rule.id) == [FTAPRules.Window.id, FTAPRules.CoFinancingRate.id])
    #expect(old.finding(for: FTAPRules.Size.id)?.outcome.kind == .undetermined)
    let tooMuch = try Self.dossier(total: .thousands(1_500), requested: try Euros(parsing: "900000.01"))
    #expect(guichet.verdict(tooMuch).status == .ineligible)
  }

  @Test(
    "Below the new floor of 150 000 € (under ftap.size.bounds = hard) and before the opening in March 2026",
    arguments: [
      ("149999.99", "2026-04-15", FTAPRules.Size.id), ("150000.00", "2026-02-28", FTAPRules.Window.id),
    ])
  func boundaries(total: String, filed: String, violated: RuleIdentifier) throws {
    let guichet = FTAPGuichet(edition: Self.later)
    let dossier = try Self.dossier(total: try Euros(parsing: total), requested: .thousands(50), filed: filed)
    var hard = FTAPReadings()
    hard.sizeBounds = .hard
    #expect(guichet.assess(dossier, readings: hard).violations.map(\.rule.id) == [violated])
  }

  @Test("Titles, messages and the reading explanations say the edition's numbers")
  func texts() throws {
    let guichet = FTAPGuichet(edition: Self.later)
    let rules = guichet.rules
    #expect(
      rules.first { $0.id == FTAPRules.CoFinancingRate.id }?.title == "Cofinancement d'au plus 60 % du coût total")
    #expect(rules.first { $0.id == FTAPRules.Size.id }?.title == "Coût total entre 150 000 € et 2 000 000 €")
    let report = guichet.report(on: try Self.dossier(total: .thousands(1_500), requested: .millions(1)))
    let rate = try #require(report.assessment.finding(for: FTAPRules.CoFinancingRate.id))
    #expect(
      rate.message
        == "Le cofinancement demandé (1 000 000 €) dépasse 60 % du coût total de 1 500 000 €, soit 900 000 €.")
    // The quotes of the text are not rewritten.
    #expect(rate.rule.citation.quote.contains("50%"))
    let size = try #require(guichet.readings.first { $0.id == "ftap.size.bounds" })
    #expect(size.variants[0].explanation.contains("150 000 € – 2 000 000 €"))
  }

  @Test("Dossiers name the edition they are filed under")
  func identifiers() throws {
    let guichet = FTAPGuichet(edition: Self.later)
    let dossier = try Self.dossier(total: .thousands(500), requested: .thousands(100))
    let json = dossier.json(programme: guichet.identifier)
    #expect(try guichet.dossier(from: json) == dossier)
    #expect(throws: InterchangeError.self) { try FTAPGuichet().dossier(from: json) }
    #expect(guichet.report(on: dossier).edition == "2026 – 2027")
  }

  @Test(
    "Every rule's figures are plain values: the verdict path builds no string and no array",
    arguments: [
      _isPOD(FTAPRules.Window.Figures.self), _isPOD(ApplicantKind.self), _isPOD(EnumSet<FTAPProjectType>.self),
      _isPOD(Euros.self), _isPOD(FTAPRules.CoFinancingRate.Figures.self), _isPOD(FTAPRules.Personnel.Figures.self),
      _isPOD(FTAPRules.ReferencingFigures.self), _isPOD(Void.self), _isPOD(FTAPRules.Indicators.Figures.self),
      _isPOD(FTAPParameters.self), _isPOD(FTAPReadings.self), _isPOD(RelanceRules.Window.Figures.self),
      _isPOD(RelanceRules.CoFinancingRate.Figures.self), _isPOD(RelanceRules.ContinuousSize.Figures.self),
      _isPOD(RelanceParameters.self), _isPOD(RelanceReadings.self),
    ])
  func plainFigures(isPlain: Bool) {
    #expect(isPlain)
  }
}
