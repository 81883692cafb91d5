import FranceRelanceModel
import Testing

@testable import FTAPGuichet

/// Each `ftap.*` rule at its boundaries. Expected values come from seed 004: the window
/// (« Ouverture: Janvier 2023 », « Fin 2025 »), the applicants, the three types, the size
/// « Entre 100 000 € et 1M€ », « ne dépassera pas 50% du coût total », the Titre 2 note,
/// the referencing obligations, the quality principles and the mandatory indicators.
@Suite("FTAP guichet rules (seed 004)")
struct FTAPRulesTests {
  /// A dossier that satisfies every rule; tests change one field at a time.
  static func eligible() throws -> FTAPDossier {
    FTAPDossier(
      basics: DossierBasics(
        reference: "TEST", filedOn: try CalendarDate(iso: "2024-03-12"),
        applicant: Applicant(name: "Opérateur", kind: .publicOperator), totalCost: .thousands(400),
        personnelCost: .thousands(100), requestedCoFinancing: .thousands(200), durationMonths: 12,
        startDate: try CalendarDate(iso: "2024-09-01")),
      projectTypes: [.dataProvision], dataProvision: DataProvision(openData: true, api: true, files: false),
      commitments: .all(true),
      plannedIndicators: [.provisionReuses, .provisionTransmissions, .provisionAccessDelay],
      impactModel: "Mesure semestrielle des réutilisations.", deployment: deployment)
  }

  /// A deployment strategy with a target at each of 12 six-month milestones for each of
  /// the five indicators: enough for any project of up to 72 months (rule
  /// `ftap.deployment`).
  static let deployment = Deployment(
    strategy: "Un pilote régional, puis une extension nationale par paliers de 6 mois.",
    targets: FTAPIndicator.allCases.map { indicator in
      IndicatorMilestones(indicator, milestones: (1...12).map { "Cible du jalon " + String($0) })
    })

  func outcome(_ rule: RuleIdentifier, _ dossier: FTAPDossier, _ readings: FTAPReadings = FTAPReadings()) throws
    -> Outcome
  {
    try #require(FTAPGuichet().assess(dossier, readings: readings).finding(for: rule)).outcome
  }

  static let catalogue = FTAPGuichet().rules

  @Test("The evaluation's outcomes are the findings', and its tranches are the report's")
  func evaluationAgreesWithReport() throws {
    let dossier = try Self.eligible()
    let evaluation = FTAPGuichet().evaluate(dossier)
    #expect(evaluation.outcomes.count == Self.catalogue.count)
    #expect(Array(evaluation.outcomes) == FTAPGuichet().assess(dossier).findings.map(\.outcome.kind))
    #expect(evaluation.status == .eligible)
    let schedule = try #require(evaluation.tranches)
    #expect((1...schedule.count).map(schedule.tranche) == FTAPGuichet().report(on: dossier).tranches)
  }

  @Test("The baseline dossier is eligible and every rule is reported in catalogue order")
  func baseline() throws {
    let assessment = FTAPGuichet().assess(try Self.eligible())
    #expect(assessment.status == .eligible, "\(assessment.findings.map(\.message))")
    #expect(assessment.findings.map(\.rule.id) == Self.catalogue.map(\.id))
  }

  // The boundaries of ftap.window (1 January 2023, 31 December 2025 and the days around
  // them) and of ftap.applicant (each kind) are regulation cases:
  // Tests/Cases/ftap/window-*.json and applicant-*.json.

  @Test("ftap.projectType: at least one type; combinations allowed")
  func projectType() throws {
    var dossier = try Self.eligible()
    dossier.projectTypes = []
    #expect(try outcome(FTAPRules.ProjectType.id, dossier) == .violated)
    dossier.projectTypes = nil
    #expect(try outcome(FTAPRules.ProjectType.id, dossier) == .missingInput([FieldPath("projectTypes")]))
    dossier.projectTypes = .all
    #expect(try outcome(FTAPRules.ProjectType.id, dossier) == .satisfied)
  }

  @Test(
    "ftap.size (reading ftap.size.bounds): « Entre 100 000 € et 1M€ », both bounds included; outside, undetermined under guidance (the default, « Taille attendue »), violated under hard",
    arguments: [
      ("99999.99", false), ("100000.00", true), ("1000000.00", true), ("1000000.01", false),
    ])
  func size(total: String, admitted: Bool) throws {
    var dossier = try Self.eligible()
    dossier.totalCost = try Euros(parsing: total)
    dossier.personnelCost = .zero
    dossier.requestedCoFinancing = .euros(1)
    #expect(try outcome(FTAPRules.Size.id, dossier).kind == (admitted ? .satisfied : .undetermined))
    #expect(FTAPGuichet().verdict(dossier).status == (admitted ? .eligible : .undetermined))
    var hard = FTAPReadings()
    hard.sizeBounds = .hard
    #expect(try outcome(FTAPRules.Size.id, dossier, hard) == (admitted ? .satisfied : .violated))
    // The report names the variant that would change its status.
    let sensitivity = FTAPGuichet().report(on: dossier).sensitivity
    #expect(
      sensitivity
        == (admitted ? [] : [Sensitivity(reading: "ftap.size.bounds", variant: "hard", status: .ineligible)]))
  }

  // The boundaries of ftap.cofinancing.rate (50 %, a cent over, rounding down) and of
  // ftap.cofinancing.personnel (Titre 2, both readings) are regulation cases a jurist can
  // read and change: Tests/Cases/ftap/rate-*.json and personnel-*.json (design §7).

  @Test(
    "ftap.cofinancing.personnel: Titre 2 is the State's personnel budget, so the note does not concern a public operator, under both variants",
    arguments: [FTAPReadings.Personnel.notCoFinanced, .letter])
  func personnelOfPublicOperator(variant: FTAPReadings.Personnel) throws {
    var dossier = try Self.eligible()
    dossier.personnelCost = nil
    dossier.requestedCoFinancing = .thousands(200)
    var readings = FTAPReadings()
    readings.personnel = variant
    #expect(try outcome(FTAPRules.Personnel.id, dossier, readings) == .notApplicable)
    #expect(FTAPGuichet().verdict(dossier, readings: readings) == Verdict(status: .eligible, cap: .thousands(200)))
    dossier.applicant = Applicant(kind: .stateAdministration)
    let expected: Outcome =
      variant == .notCoFinanced ? .missingInput([FieldPath("personnelCost")]) : .satisfied
    #expect(try outcome(FTAPRules.Personnel.id, dossier, readings) == expected)
  }

  @Test("The cap is the lower limit and the report says which one binds")
  func capAndBindingLimit() throws {
    let personnel = FTAPCoFinancing(
      totalCost: .thousands(400), personnelCost: .thousands(250), requested: .thousands(100))
    #expect(personnel.cap == .thousands(150))
    #expect(personnel.bindingLimit == .personnel)
    #expect(personnel.administrationShare == .thousands(300))
    #expect(personnel.effectiveRate == (try Rate(numerator: 1, denominator: 4)))
    let rate = FTAPCoFinancing(totalCost: .thousands(400), personnelCost: .thousands(100), requested: nil)
    #expect(rate.cap == .thousands(200))
    #expect(rate.bindingLimit == .rate)
    let both = FTAPCoFinancing(totalCost: .thousands(400), personnelCost: .thousands(200), requested: nil)
    #expect(both.bindingLimit == .both)
    #expect(FTAPCoFinancing(totalCost: .thousands(400), personnelCost: nil, requested: nil).cap == .thousands(200))
  }

  @Test(
    "ftap.referencing.api (reading ftap.referencing.scope): a policy-improvement project that provides an API is bound under allProjects, not under dataProvisionOnly"
  )
  func referencingScope() throws {
    var dossier = try Self.eligible()
    dossier.projectTypes = [.policyImprovement]
    dossier.dataProvision = DataProvision(api: true)
    dossier.commitments?[.apiGouvReferencing] = false
    #expect(try outcome(FTAPRules.APIReferencing.id, dossier) == .violated)
    var narrow = FTAPReadings()
    narrow.referencingScope = .dataProvisionOnly
    #expect(try outcome(FTAPRules.APIReferencing.id, dossier, narrow) == .notApplicable)
    // No channel declared by a project that is not a data-provision project: no data to third parties.
    dossier.dataProvision = nil
    #expect(try outcome(FTAPRules.APIReferencing.id, dossier) == .notApplicable)
    #expect(try outcome(FTAPRules.DataGouvReferencing.id, dossier) == .notApplicable)
  }

  @Test("ftap.referencing.*: APIs on api.gouv.fr, open data on data.gouv.fr")
  func referencing() throws {
    var dossier = try Self.eligible()
    dossier.commitments?[.apiGouvReferencing] = false
    #expect(try outcome(FTAPRules.APIReferencing.id, dossier) == .violated)
    dossier.dataProvision?.api = false
    #expect(try outcome(FTAPRules.APIReferencing.id, dossier) == .notApplicable)
    dossier.dataProvision?.openData = nil
    #expect(
      try outcome(FTAPRules.DataGouvReferencing.id, dossier)
        == .missingInput([FieldPath("dataProvision.openData")]))
    dossier.projectTypes = [.policyImprovement]
    #expect(try outcome(FTAPRules.DataGouvReferencing.id, dossier) == .notApplicable)
  }

  @Test(
    "ftap.quality.*: open source, accessibility, eco-responsibility are committed to",
    arguments: [
      (FTAPCommitment.openSource, FTAPRules.OpenSource.id),
      (.accessibility, FTAPRules.Accessibility.id), (.ecoResponsibility, FTAPRules.EcoResponsibility.id),
    ])
  func quality(commitment: FTAPCommitment, rule: RuleIdentifier) throws {
    var dossier = try Self.eligible()
    dossier.commitments?[commitment] = false
    #expect(try outcome(rule, dossier) == .violated)
    dossier.commitments?[commitment] = nil
    #expect(try outcome(rule, dossier) == .missingInput([FieldPath("commitments." + commitment.rawValue)]))
  }

  static let indicatorCases: [(EnumSet<FTAPProjectType>, DataProvision, [FTAPIndicator])] = [
    ([.proactiveAdministration], DataProvision(), [.proactiveBeneficiaries, .proactiveConversionRate]),
    (
      [.dataProvision], DataProvision(openData: false, api: true, files: false),
      [.provisionTransmissions, .provisionAccessDelay]
    ),
    (
      [.dataProvision], DataProvision(openData: false, api: false, files: true),
      [.provisionReuses, .provisionAccessDelay]
    ),
    (
      [.dataProvision], DataProvision(openData: true, api: false, files: false),
      [.provisionReuses, .provisionAccessDelay]
    ),
    (
      [.dataProvision], DataProvision(openData: false, api: false, files: false, dataSpace: true),
      [.provisionAccessDelay]
    ),
    ([.policyImprovement], DataProvision(), []),
    (
      [.proactiveAdministration, .dataProvision], DataProvision(openData: true, api: true, files: true),
      [
        .proactiveBeneficiaries, .proactiveConversionRate, .provisionReuses, .provisionTransmissions,
        .provisionAccessDelay,
      ]
    ),
  ]

  @Test(
    "ftap.indicators (reading ftap.indicators.reuses = filesOrOpenData): the mandatory indicators of each type and channel",
    arguments: indicatorCases)
  func mandatoryIndicators(types: EnumSet<FTAPProjectType>, provision: DataProvision, expected: [FTAPIndicator]) throws
  {
    var dossier = try Self.eligible()
    dossier.projectTypes = types
    dossier.dataProvision = provision
    var readings = FTAPReadings()
    readings.reuses = .filesOrOpenData
    #expect(FTAPRules.Indicators.mandatory(dossier, readings) == .success(EnumSet(expected)))
    dossier.projectTypes = types
    dossier.dataProvision = provision
    dossier.plannedIndicators = EnumSet(expected)
    #expect(try outcome(FTAPRules.Indicators.id, dossier, readings) == .satisfied)
    if let first = expected.first {
      dossier.plannedIndicators?.remove(first)
      #expect(try outcome(FTAPRules.Indicators.id, dossier, readings) == .violated)
    }
  }

  @Test(
    "ftap.indicators (reading ftap.indicators.reuses): « (si c'est une mise à disposition par fichiers) »: open data served only through an API needs the reuses under filesOrOpenData only"
  )
  func reusesReading() throws {
    var dossier = try Self.eligible()
    dossier.dataProvision = DataProvision(openData: true, api: true, files: false)
    dossier.plannedIndicators = [.provisionTransmissions, .provisionAccessDelay]
    #expect(try outcome(FTAPRules.Indicators.id, dossier) == .satisfied)
    var wide = FTAPReadings()
    wide.reuses = .filesOrOpenData
    #expect(try outcome(FTAPRules.Indicators.id, dossier, wide) == .violated)
    let report = FTAPGuichet().report(on: dossier)
    #expect(
      report.sensitivity == [
        Sensitivity(reading: "ftap.indicators.reuses", variant: "filesOrOpenData", status: .ineligible)
      ])
  }

  @Test("ftap.indicators: unknown channels are missing input")
  func indicatorsMissing() throws {
    var dossier = try Self.eligible()
    dossier.dataProvision = DataProvision(openData: false)
    #expect(
      try outcome(FTAPRules.Indicators.id, dossier)
        == .missingInput([FieldPath("dataProvision.api"), FieldPath("dataProvision.files")]))
    dossier.projectTypes = nil
    #expect(try outcome(FTAPRules.Indicators.id, dossier) == .missingInput([FieldPath("projectTypes")]))
  }

  /// « Le critère principal **de sélection** » (seed 004): a blank model is for the jury,
  /// not a violation of eligibility.
  @Test("ftap.impactModel: described; blank is undetermined (a selection criterion), never violated")
  func impactModel() throws {
    var dossier = try Self.eligible()
    dossier.impactModel = "  \n "
    #expect(try outcome(FTAPRules.ImpactModel.id, dossier).kind == .undetermined)
    #expect(FTAPGuichet().assess(dossier).status == .undetermined)
    #expect(!FTAPRules.ImpactModel.canBeViolated)
    dossier.impactModel = nil
    #expect(try outcome(FTAPRules.ImpactModel.id, dossier) == .missingInput([FieldPath("impactModel")]))
  }

  @Test(
    "ftap.impactModel (seed 004): the stored flag follows the text, however it is set",
    arguments: [
      ("Mesure semestrielle", true), ("Évaluation trimestrielle", true), ("\t\n  x", true),
      ("  \n\t", false), ("\u{00A0}\u{2003}", false), ("", false), ("\u{00A0}é", true),
      // Invisible characters are blank (issue #12): zero-width space, word joiner, bidi
      // marks, the byte-order mark, a soft hyphen, a lone combining accent, the Hangul
      // filler, the Braille blank, line separator and ideographic space.
      ("\u{200B}\u{2060}", false), ("\u{200E}\u{202E}\u{FEFF}", false), ("\u{00AD}", false),
      ("\u{0301}", false), ("\u{3164}", false), ("\u{2800}", false), ("\u{2028}\u{3000}", false),
      ("\u{200B}é\u{200B}", true), ("漢", true), ("\u{1F4CA}", true),
    ])
  func impactModelFlag(text: String, described: Bool) throws {
    let guichet = FTAPGuichet()
    var dossier = try Self.eligible()
    dossier.impactModel = text
    #expect(dossier.impactModelIsDescribed == described)
    #expect(guichet.verdict(dossier).status == (described ? .eligible : .undetermined))
    let built = FTAPDossier(basics: dossier.basics, impactModel: text)
    #expect(built.impactModelIsDescribed == described)
    let decoded = try FTAPDossier(jsonDocument: Array(dossier.json.serialized(pretty: false).utf8))
    #expect(decoded.impactModelIsDescribed == described)
    #expect(decoded == dossier)
    dossier.impactModel = nil
    #expect(dossier.impactModelIsDescribed == nil)
  }

  /// « Entre 100 000 € et 1M€ » and « ne dépassera pas 50% du coût total » (seed 004): a
  /// total above the ceiling is brought down to it, then the request to 50 % of it; a
  /// total below the floor is never raised (a project is not enlarged to qualify), so only
  /// the request is lowered and the dossier stays ineligible.
  @Test("Remedies: the smallest numeric changes downwards, checked by assessing the changed dossier")
  func remedies() throws {
    // Under the strict variants: outside the bounds violated, personnel costs not
    // co-financed (under the defaults, a size outside the bounds is undetermined).
    var strict = FTAPReadings()
    strict.sizeBounds = .hard
    strict.personnel = .notCoFinanced
    var dossier = try Self.eligible()
    dossier.totalCost = .euros(1_200_000)
    dossier.personnelCost = .euros(300_000)
    dossier.requestedCoFinancing = .euros(700_000)
    let fixable = FTAPGuichet().report(on: dossier, readings: strict)
    #expect(fixable.remedies.map(\.value) == [.euros(1_000_000), .euros(500_000)])
    #expect(fixable.remediesSuffice == true)
    var small = try Self.eligible()
    small.totalCost = try Euros(parsing: "99999.99")
    small.personnelCost = .euros(20_000)
    small.requestedCoFinancing = .euros(60_000)
    let unfixable = FTAPGuichet().report(on: small, readings: strict)
    // 50 % of 99 999,99 € is 49 999,99 € (rounded down to the cent); no total is advised.
    #expect(unfixable.remedies.map(\.value) == [try Euros(parsing: "49999.99")])
    #expect(!unfixable.remedies.contains { $0.field.description == "totalCost" })
    #expect(unfixable.remediesSuffice == false)
    dossier.applicant = Applicant(kind: .company)
    #expect(FTAPGuichet().report(on: dossier).remediesSuffice == false)
    #expect(FTAPGuichet().report(on: try Self.eligible()).remedies.isEmpty)
  }

  // MARK: Dates, channels (issue #12)

  /// `ftap.dates` (design v2 §5): no text says whether a project already started when it
  /// is filed can be co-financed, so a start before the filing date is undetermined; on
  /// the filing date or later, satisfied; without a start date, nothing to compare.
  @Test(
    "ftap.dates: a start before the filing date is undetermined, with no payment planned",
    arguments: [("2024-03-11", Outcome.Kind.undetermined), ("2024-03-12", .satisfied), ("2024-03-13", .satisfied)])
  func dates(start: String, expected: Outcome.Kind) throws {
    var dossier = try Self.eligible()  // filed on 2024-03-12
    dossier.startDate = try CalendarDate(iso: start)
    dossier.requestedCoFinancing = .thousands(200)
    let report = FTAPGuichet().report(on: dossier)
    #expect(report.assessment.finding(for: FTAPRules.Dates.id)?.outcome.kind == expected)
    #expect(report.assessment.status == (expected == .undetermined ? .undetermined : .eligible))
    // No payment is dated before the filing date.
    let filed = try #require(dossier.filedOn)
    #expect(report.tranches.allSatisfy { $0.date >= filed })
    #expect(report.tranches.isEmpty == (expected == .undetermined))
    #expect((FTAPGuichet().evaluate(dossier).tranches == nil) == (expected == .undetermined))
  }

  @Test("ftap.dates: without a start date it does not apply; without a filing date it lacks input")
  func datesMissing() throws {
    var dossier = try Self.eligible()
    dossier.startDate = nil
    #expect(try outcome(FTAPRules.Dates.id, dossier).kind == .notApplicable)
    dossier.filedOn = nil
    #expect(try outcome(FTAPRules.Dates.id, dossier) == .missingInput([FieldPath("filedOn")]))
  }

  /// « Il s'agira de projets : de mise à disposition de données au grand public (open
  /// data), de partage de données entre administrations (API) ou d'espace commun de
  /// données » (seed 004), and the files of the indicators sentence: a data-provision
  /// project names at least one of the four channels (design v2 §5).
  @Test(
    "ftap.projectType: a data-provision project names a channel",
    arguments: [
      (DataProvision(openData: false, api: false, files: false, dataSpace: false), Outcome.Kind.violated),
      (DataProvision(openData: false, api: false, files: false, dataSpace: true), .satisfied),
      (DataProvision(openData: false, api: false, files: true, dataSpace: false), .satisfied),
      (DataProvision(openData: true), .satisfied),
      (DataProvision(openData: false, api: false, files: false), .missingInput),
    ])
  func channels(provision: DataProvision, expected: Outcome.Kind) throws {
    var dossier = try Self.eligible()
    dossier.dataProvision = provision
    #expect(try outcome(FTAPRules.ProjectType.id, dossier).kind == expected)
    // A policy-improvement project needs no channel.
    dossier.projectTypes = [.policyImprovement]
    #expect(try outcome(FTAPRules.ProjectType.id, dossier).kind == .satisfied)
  }

  // MARK: Deployment, personal data, third parties (issue #12)

  /// « Ils indiqueront dans leur candidature leur stratégie de déploiement pour atteindre
  /// les jalons des indicateurs retenus » (seed 004), milestones every 6 months. The
  /// letter (`strategyOnly`, the default) asks for the strategy; under `perMilestone` a
  /// 12-month project has 2 milestones, so each retained indicator needs 2 targets.
  @Test(
    "ftap.deployment under perMilestone: a strategy, and a target per retained indicator at each 6-month milestone; the strategy alone by default",
    arguments: [
      (12, 2, Outcome.Kind.satisfied), (12, 1, .missingInput), (13, 2, .missingInput), (13, 3, .satisfied),
      (6, 1, .satisfied), (1, 1, .satisfied),
    ])
  func deployment(months: Int, targets: Int, expected: Outcome.Kind) throws {
    var dossier = try Self.eligible()
    dossier.durationMonths = months
    dossier.deployment = Deployment(
      strategy: "Paliers de 6 mois.",
      targets: dossier.plannedIndicators!.map {
        IndicatorMilestones($0, milestones: Array(repeating: "x", count: targets))
      })
    var perMilestone = FTAPReadings()
    perMilestone.deploymentTargets = .perMilestone
    #expect(try outcome(FTAPRules.DeploymentStrategy.id, dossier, perMilestone).kind == expected)
    // The default, ftap.deployment.targets = strategyOnly: the strategy alone suffices.
    #expect(try outcome(FTAPRules.DeploymentStrategy.id, dossier).kind == .satisfied)
    // An own indicator is retained too: it needs as many targets.
    dossier.deployment?.ownIndicators = [OwnIndicator(name: "Propre", milestones: [])]
    #expect(try outcome(FTAPRules.DeploymentStrategy.id, dossier, perMilestone).kind == .missingInput)
  }

  @Test(
    "ftap.deployment: no strategy lacks input, a blank one is violated; a policy project may retain its own indicators")
  func deploymentStrategy() throws {
    var dossier = try Self.eligible()
    dossier.deployment = nil
    #expect(try outcome(FTAPRules.DeploymentStrategy.id, dossier) == .missingInput([FieldPath("deployment.strategy")]))
    dossier.deployment = Deployment(strategy: "\u{200B} ", targets: Self.deployment.targets)
    #expect(try outcome(FTAPRules.DeploymentStrategy.id, dossier).kind == .violated)
    var policy = try Self.eligible()
    policy.projectTypes = [.policyImprovement]
    policy.plannedIndicators = []
    policy.dataProvision = nil
    policy.deployment = Deployment(
      strategy: "Deux départements pilotes.",
      ownIndicators: [OwnIndicator(name: "Redressements", milestones: ["5 %", "10 %"])])
    let finding = try #require(FTAPGuichet().assess(policy).finding(for: FTAPRules.DeploymentStrategy.id))
    #expect(finding.outcome.kind == .satisfied)
    #expect(finding.message.contains("son indicateur retenu"))
  }

  /// « Si des données personnelles et/ou sensibles sont traitées dans le cadre du projet,
  /// s'assurer que le cadre juridique le permet » (seed 004): a pre-check can only see
  /// whether a legal basis is stated.
  @Test(
    "ftap.personalData: processed without a stated legal basis is undetermined",
    arguments: [
      (PersonalDataProcessing?.none, Outcome.Kind.notApplicable),
      (PersonalDataProcessing(processed: false), .satisfied),
      (PersonalDataProcessing(processed: true, legalBasis: "Article 6.1.e du RGPD"), .satisfied),
      (PersonalDataProcessing(processed: true), .undetermined),
      (PersonalDataProcessing(processed: true, legalBasis: " \u{2060}"), .undetermined),
    ])
  func personalData(declaration: PersonalDataProcessing?, expected: Outcome.Kind) throws {
    var dossier = try Self.eligible()
    dossier.personalData = declaration
    #expect(try outcome(FTAPRules.PersonalData.id, dossier).kind == expected)
    #expect(FTAPGuichet().assess(dossier).status == (expected == .undetermined ? .undetermined : .eligible))
  }

  /// « Ces projets s'appuieront nécessairement sur des traitements de données permettant de
  /// cibler les usagers éligibles » (seed 004): a proactive project that does not say
  /// whether it processes personal data lacks that input.
  @Test("ftap.personalData: an undeclared proactive project lacks the declaration")
  func personalDataProactive() throws {
    var dossier = try Self.eligible()
    dossier.projectTypes = [.proactiveAdministration]
    dossier.personalData = nil
    #expect(
      try outcome(FTAPRules.PersonalData.id, dossier) == .missingInput([FieldPath("personalData.processed")]))
  }

  /// « … mise à disposition de données à des tiers (administrations, grand public...)
  /// externes au ministère producteur » (seed 004).
  @Test(
    "ftap.projectType: data kept inside the producing ministry is not a data-provision project",
    arguments: [(Bool?.none, Outcome.Kind.satisfied), (true, .satisfied), (false, .violated)])
  func externalRecipients(external: Bool?, expected: Outcome.Kind) throws {
    var dossier = try Self.eligible()
    dossier.dataProvision?.externalRecipients = external
    #expect(try outcome(FTAPRules.ProjectType.id, dossier).kind == expected)
  }

  @Test("The sentences the library quoted without modelling are modelled")
  func modelledSentences() throws {
    // « La DINUM pourra également soumettre des projets à vocation interministérielle »
    let applicant = FTAPGuichet().rules.first { $0.id == FTAPRules.Applicant.id }
    #expect(applicant?.citations.contains(FTAPGuichet.dinumInterministerialCitation) == true)
    #expect(applicant?.interpretation?.contains("DINUM") == true)
    // The proactivity criterion is quoted whole, with the estimated total amount.
    #expect(
      FTAPSelection.proactive[0].citation.quote.hasSuffix("dans ce cas en précisant le montant total estimé en euros"))
    // The 6-month experimental impact is a criterion of public-policy projects.
    #expect(FTAPSelection.policyImprovement.contains { $0.citation == FTAPGuichet.experimentalImpactCitation })
    // The dossier carries the estimate and the experimental-impact plan, and reads them back.
    var dossier = try Self.eligible()
    dossier.automaticAwardEstimate = .thousands(1_200)
    dossier.experimentalImpact = "Un pilote mesuré au troisième mois."
    let decoded = try FTAPDossier(jsonDocument: Array(dossier.json.serialized(pretty: false).utf8))
    #expect(decoded == dossier)
    // ftap.indicators cites the mandatory indicators, not the deployment sentence it does not check.
    let indicators = FTAPGuichet().rules.first { $0.id == FTAPRules.Indicators.id }
    #expect(indicators?.citations.contains { $0.quote.contains("stratégie de déploiement") } == false)
  }
}

/// Issue #21, wording: exact French where the count is known.
@Suite("FTAP wording (issue #21)")
struct FTAPWordingTests {
  @Test(
    "Indicators: the singular when one mandatory indicator is missing, the plural otherwise",
    arguments: [
      (EnumSet<FTAPIndicator>([.proactiveBeneficiaries]), "Indicateur obligatoire non prévu : "),
      (EnumSet<FTAPIndicator>(), "Indicateurs obligatoires non prévus : "),
    ])
  func indicatorsPlural(planned: EnumSet<FTAPIndicator>, prefix: String) throws {
    var dossier = try FTAPRulesTests.eligible()
    dossier.projectTypes = [.proactiveAdministration]
    dossier.plannedIndicators = planned
    let finding = try #require(FTAPGuichet().assess(dossier).finding(for: FTAPRules.Indicators.id))
    #expect(finding.message.hasPrefix(prefix), "\(finding.message)")
  }

  /// A 1-month project ends before its first 6-month milestone: its targets are due at its
  /// end, not « à son jalon de 6 mois ».
  @Test("Deployment: a project shorter than a milestone has its target at its end", arguments: [1, 5, 6])
  func shortProject(months: Int) throws {
    var dossier = try FTAPRulesTests.eligible()
    dossier.durationMonths = months
    dossier.deployment = Deployment(
      strategy: "Paliers.",
      targets: dossier.plannedIndicators!.map { IndicatorMilestones($0, milestones: ["x"]) })
    let finding = try #require(FTAPGuichet().assess(dossier).finding(for: FTAPRules.DeploymentStrategy.id))
    #expect(finding.message.contains("à son jalon de 6 mois") == (months == 6), "\(finding.message)")
    #expect(finding.message.contains("à la fin du projet") == (months < 6), "\(finding.message)")
  }

  @Test("Award comparison: « 0 informé », « 1 informé », « 2 informés »; a rate with nobody contacted")
  func beneficiaries() throws {
    for (informed, text) in [(0, "0 informé, "), (1, "1 informé, "), (2, "2 informés, ")] {
      var report = IndicatorReport()
      report.beneficiaries = try .init(informed: informed, automatic: 0)
      #expect(FTAPAward.value(of: .proactiveBeneficiaries, in: report)?.hasPrefix(text) == true)
    }
    var report = IndicatorReport()
    report.conversion = try .init(proceduresCompleted: 0, usersContacted: 0)
    #expect(FTAPAward.value(of: .proactiveConversionRate, in: report) == "indéfini (aucun usager contacté)")
  }

  /// Issue #21, point 13: what changes an answer and is not a reading is listed as an
  /// interpretation in the report.
  @Test("The report says that equal tranche amounts and the open-source commitment of every project are readings")
  func interpretationsListed() throws {
    var dossier = try FTAPRulesTests.eligible()
    dossier.requestedCoFinancing = .thousands(150)
    dossier.durationMonths = 18
    let report = FTAPGuichet().report(on: dossier)
    #expect(report.tranches.count > 1)
    #expect(report.frenchDescription.contains("les textes ne fixent pas la répartition entre tranches"))
    let openSource = try #require(report.assessment.finding(for: FTAPRules.OpenSource.id))
    #expect(openSource.rule.interpretation?.contains("« les codes sources produits") == true)
  }

  /// A commitment is named by what it commits to; its citation quotes the sentence.
  @Test("Commitments are named by what they commit to, the sentence staying in the citation")
  func commitmentNames() throws {
    var dossier = try FTAPRulesTests.eligible()
    dossier.projectTypes = [.dataProvision]
    dossier.dataProvision = DataProvision(openData: false, api: true, files: false, dataSpace: false)
    dossier.commitments?[.apiGouvReferencing] = false
    let finding = try #require(FTAPGuichet().assess(dossier).finding(for: FTAPRules.APIReferencing.id))
    #expect(finding.message == "Engagement refusé : référencer ses API sur api.gouv.fr.")
    #expect(finding.citation.quote.contains("leur référencement dans api.gouv.fr est une obligation"))
    let motivation = FTAPGuichet().report(on: dossier).frenchMotivation
    #expect(motivation.contains("« Si le projet s'incarne via des API, leur référencement dans api.gouv.fr"))
  }

  @Test("The data-science framework contract's last support area closes its parenthesis, as seed 000 does")
  func supportAreas() {
    let last = DataScienceFrameworkContract.supportAreas.last ?? ""
    #expect(last.hasSuffix("datavisualisation …)"))
    #expect(last.filter { $0 == "(" }.count == last.filter { $0 == ")" }.count)
  }
}

/// Issue #21, point 2: « des projets qui sont une combinaison de plusieurs de ces 3 types ».
@Suite("FTAP combined projects (issue #21)")
struct FTAPCombinedProjectTests {
  @Test(
    "ftap.projectType: a combination qualifies through its other type when its provision part does not; alone, it does not",
    arguments: [
      (
        DataProvision(openData: false, api: false, files: false, dataSpace: false), "aucun canal", Outcome.Kind.violated
      ),
      (DataProvision(openData: nil, api: false, files: nil, dataSpace: false), "ne dit pas encore", .missingInput),
      (
        DataProvision(openData: true, api: false, files: false, dataSpace: false, externalRecipients: false),
        "restent dans le ministère", .violated
      ),
    ])
  func combined(provision: DataProvision, reason: String, alone: Outcome.Kind) throws {
    var dossier = try FTAPRulesTests.eligible()
    dossier.projectTypes = [.dataProvision, .policyImprovement]
    dossier.dataProvision = provision
    let finding = try #require(FTAPGuichet().assess(dossier).finding(for: FTAPRules.ProjectType.id))
    #expect(finding.outcome == .satisfied)
    #expect(finding.message.contains("ne s'applique pas"), "\(finding.message)")
    #expect(finding.message.contains(reason), "\(finding.message)")
    #expect(finding.message.contains("« amélioration d'une politique publique »"))
    dossier.projectTypes = [.dataProvision]
    let single = try #require(FTAPGuichet().assess(dossier).finding(for: FTAPRules.ProjectType.id))
    #expect(single.outcome.kind == alone)
  }
}
