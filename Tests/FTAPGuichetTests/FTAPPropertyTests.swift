import FoundationEssentials
import FranceRelanceModel
import TestSupport
import Testing

@testable import FTAPGuichet

/// Properties checked on `PROPERTY_CASES` generated cases each (2 000 by default, 100 000
/// in CI's release run), from a fixed seed
/// (`PROPERTY_SEED=…` replays another one; every failure names the seed and the case).
@Suite("FTAP properties (PROPERTY_CASES cases each, 2 000 by default)")
struct FTAPPropertyTests {
  static let cases = SplitMix64.cases()
  /// The readings under which personnel costs (Titre 2) are not co-financed.
  static let notCoFinanced: FTAPReadings = {
    var readings = FTAPReadings()
    readings.personnel = .notCoFinanced
    return readings
  }()

  @Test("Tranches sum exactly to the grant, their dates go forward, their count follows the thresholds")
  func tranches() throws {
    let seed = SplitMix64.seed(fallback: 11)
    var generator = SplitMix64(seed: seed)
    for index in 0..<Self.cases {
      let grant = Euros(uncheckedCents: Int64.random(in: 1...200_000_000, using: &generator))
      let start = CalendarDate(daysSinceEpoch: Int.random(in: 10_000...40_000, using: &generator))!
      let months = Int.random(in: 1...120, using: &generator)
      let schedule = try TrancheSchedule(grant: grant, start: start, durationMonths: months)
      let tranches = schedule.tranches
      #expect(tranches.reduce(Int64(0)) { $0 + $1.amount.cents } == grant.cents, "seed \(seed) case \(index)")
      #expect(zip(tranches, tranches.dropFirst()).allSatisfy { $0.date < $1.date }, "seed \(seed) case \(index)")
      #expect(tranches.first?.date == start)
      let inTranches = grant > .euros(200_000) || months > 6
      #expect(tranches.count == (inTranches ? max(2, (months + 5) / 6) : 1), "seed \(seed) case \(index)")
      #expect(tranches.allSatisfy { $0.amount.cents - tranches.last!.amount.cents < Int64(tranches.count) })
      #expect((try? schedule.validate(custom: tranches)) != nil, "seed \(seed) case \(index)")
    }
  }

  static func dossier(_ generator: inout SplitMix64) -> FTAPDossier {
    var dossier = FTAPDossier()
    dossier.filedOn = CalendarDate(daysSinceEpoch: Int.random(in: 19_300...20_500, using: &generator))
    dossier.applicant = Applicant(kind: ApplicantKind.allCases.randomElement(using: &generator)!)
    let total = Int64.random(in: 1...150_000_000, using: &generator)
    dossier.totalCost = Euros(uncheckedCents: total)
    if generator.next() % 6 != 0 {
      dossier.personnelCost = Euros(uncheckedCents: Int64.random(in: 0...total, using: &generator))
    }
    if generator.next() % 6 != 0 {
      // A request of 0 € is not a request (the reader refuses it): 1 cent at least.
      dossier.requestedCoFinancing = Euros(uncheckedCents: Int64.random(in: 1...Swift.max(1, total), using: &generator))
    }
    dossier.durationMonths = Int.random(in: 1...48, using: &generator)
    dossier.startDate = dossier.filedOn?.adding(days: 60)
    dossier.projectTypes = EnumSet(FTAPProjectType.allCases.filter { _ in generator.next() % 2 == 0 })
    let flag = { (generator: inout SplitMix64) -> Bool? in
      switch generator.next() % 5 {
      case 0: nil
      case 1: false
      default: true
      }
    }
    dossier.dataProvision = DataProvision(
      openData: flag(&generator), api: flag(&generator), files: flag(&generator), dataSpace: flag(&generator))
    var commitments = EnumFlags<FTAPCommitment>()
    for key in FTAPCommitment.allCases { commitments[key] = flag(&generator) }
    dossier.commitments = commitments
    dossier.plannedIndicators = EnumSet(FTAPIndicator.allCases.filter { _ in generator.next() % 4 != 0 })
    if generator.next() % 5 != 0 { dossier.impactModel = "Mesure" }
    if generator.next() % 5 != 0 {
      let milestones = { (generator: inout SplitMix64) -> [String] in
        (0..<Int(generator.next() % 10)).map { "Cible " + String($0) }
      }
      var deployment = Deployment(strategy: generator.next() % 7 == 0 ? " " : "Paliers de 6 mois")
      for indicator in FTAPIndicator.allCases where generator.next() % 3 != 0 {
        deployment.targets.append(IndicatorMilestones(indicator, milestones: milestones(&generator)))
      }
      if generator.next() % 3 == 0 {
        deployment.ownIndicators.append(OwnIndicator(name: "Indicateur propre", milestones: milestones(&generator)))
      }
      dossier.deployment = deployment
    }
    return dossier
  }

  @Test(
    "A granted amount never exceeds a cap; the same dossier gives the same report; the verdict and every rule's outcome kind agree; remedies are checked"
  )
  func assessments() throws {
    let seed = SplitMix64.seed(fallback: 12)
    var generator = SplitMix64(seed: seed)
    let guichet = FTAPGuichet()
    for index in 0..<Self.cases {
      let dossier = Self.dossier(&generator)
      let report = guichet.report(on: dossier)
      #expect(report == guichet.report(on: dossier), "seed \(seed) case \(index)")
      let verdict = guichet.verdict(dossier)
      #expect(verdict.status == report.status, "seed \(seed) case \(index)")
      #expect(verdict.cap == report.coFinancing?.cap, "seed \(seed) case \(index)")
      let kinds = guichet.outcomes(of: dossier)
      #expect(Array(kinds) == report.assessment.findings.map(\.outcome.kind), "seed \(seed) case \(index)")
      let granted = report.tranches.reduce(Int64(0)) { $0 + $1.amount.cents }
      if !report.tranches.isEmpty, let total = dossier.totalCost {
        // Granted ≤ 50 % of the total cost (seed 004), exactly.
        #expect(granted * 2 <= total.cents, "seed \(seed) case \(index)")
        #expect(granted == dossier.requestedCoFinancing?.cents, "seed \(seed) case \(index)")
        #expect(granted <= verdict.cap?.cents ?? -1, "seed \(seed) case \(index)")
      }
      // For a State administration under ftap.cofinancing.personnel = notCoFinanced,
      // granted ≤ total − personnel, exactly.
      let strict = guichet.report(on: dossier, readings: Self.notCoFinanced)
      if !strict.tranches.isEmpty, let total = dossier.totalCost, dossier.applicant?.kind == .stateAdministration {
        let personnel = try #require(dossier.personnelCost, "seed \(seed) case \(index)")
        let strictGranted = strict.tranches.reduce(Int64(0)) { $0 + $1.amount.cents }
        #expect(strictGranted <= total.cents - personnel.cents, "seed \(seed) case \(index)")
      }
      if report.remediesSuffice == true {
        var fixed = dossier
        for remedy in report.remedies {
          if remedy.field == FieldPath("totalCost") {
            fixed.totalCost = remedy.value
          } else {
            fixed.requestedCoFinancing = remedy.value
          }
        }
        #expect(guichet.assess(fixed).status == .eligible, "seed \(seed) case \(index)")
      }
    }
  }

  /// `ftap.deployment` reads a packed summary of the plan: it must say what counting the
  /// milestones of each retained indicator says.
  @Test("The deployment summary covers exactly the indicators a plain count covers")
  func deploymentCoverage() {
    let seed = SplitMix64.seed(fallback: 21)
    var generator = SplitMix64(seed: seed)
    for index in 0..<Self.cases {
      var deployment = Deployment(strategy: "x")
      for indicator in FTAPIndicator.allCases where generator.next() % 4 != 0 {
        deployment.targets.append(
          IndicatorMilestones(indicator, milestones: Array(repeating: "c", count: Int(generator.next() % 140))))
      }
      for _ in 0..<Int(generator.next() % 3) {
        deployment.ownIndicators.append(
          OwnIndicator(name: "o", milestones: Array(repeating: "c", count: Int(generator.next() % 140))))
      }
      let planned = EnumSet(FTAPIndicator.allCases.filter { _ in generator.next() % 2 == 0 })
      // A project has at most 100 milestones (600 months); counts go past 127, where the
      // summary stops counting.
      let needed = Int(generator.next() % 101)
      let plain =
        planned.allSatisfy { deployment.milestones(of: $0).count >= needed }
        && deployment.ownIndicators.allSatisfy { $0.milestones.count >= needed }
      #expect(
        Deployment.Summary(deployment).covers(planned, milestones: needed) == plain, "seed \(seed) case \(index)")
    }
  }

  @Test("A rule declared never violated is never violated, under every reading")
  func rulesNeverViolated() {
    let seed = SplitMix64.seed(fallback: 29)
    var generator = SplitMix64(seed: seed)
    let guichet = FTAPGuichet()
    #expect(
      guichet.rules.filter { !$0.canBeViolated }.map(\.id) == ["ftap.dates", "ftap.personalData", "ftap.impactModel"])
    let readings = [FTAPReadings()] + FTAPReadings().alternatives.map(\.readings)
    for index in 0..<Self.cases {
      var dossier = Self.dossier(&generator)
      // Starts before and after the filing date, personal data with and without a basis.
      dossier.startDate = dossier.filedOn?.adding(days: Int.random(in: -400...400, using: &generator))
      if generator.next() % 2 == 0 {
        dossier.personalData = PersonalDataProcessing(
          processed: generator.next() % 4 != 0, legalBasis: generator.next() % 2 == 0 ? "RGPD, article 6" : nil)
      }
      // A blank, absent or described impact model.
      switch generator.next() % 3 {
      case 0: dossier.impactModel = " \u{200B}"
      case 1: dossier.impactModel = nil
      default: break
      }
      let report = guichet.report(on: dossier, readings: readings[index % readings.count])
      for finding in report.assessment.findings where !finding.rule.canBeViolated {
        #expect(finding.outcome.kind != .violated, "seed \(seed) case \(index): \(finding.rule.id)")
      }
    }
  }

  @Test("The sensitivity lists, in order, each alternative reading that changes the status")
  func sensitivity() {
    let seed = SplitMix64.seed(fallback: 19)
    var generator = SplitMix64(seed: seed)
    let guichet = FTAPGuichet()
    var sensitive = 0
    // A quarter of the cases: each evaluates the dossier under every alternative twice.
    for index in 0..<max(Self.cases / 4, 1) {
      let dossier = Self.dossier(&generator)
      var readings = FTAPReadings()
      // Half the cases start from other variants than the defaults.
      if generator.next() % 2 == 0 {
        for (choice, alternative) in readings.alternatives where generator.next() % 3 == 0 {
          _ = choice
          readings = alternative
        }
      }
      let status = guichet.outcomes(of: dossier, readings: readings).status
      let expected = readings.alternatives.compactMap { choice, alternative -> Sensitivity? in
        let other = guichet.outcomes(of: dossier, readings: alternative).status
        return other == status ? nil : Sensitivity(reading: choice.id, variant: choice.variant, status: other)
      }
      #expect(guichet.report(on: dossier, readings: readings).sensitivity == expected, "seed \(seed) case \(index)")
      if !expected.isEmpty { sensitive += 1 }
    }
    #expect(sensitive > 0, "seed \(seed): some dossiers depend on a reading")
  }

  @Test("A report's compact bytes are its tree serialised, and parse back to the tree")
  func reportBytes() throws {
    let seed = SplitMix64.seed(fallback: 17)
    var generator = SplitMix64(seed: seed)
    // References made of characters JSON escapes, multi-byte ones and plain ones, so the
    // eight-byte runs of the writer meet escapes at every offset.
    let pool: [Character] = ["a", "Z", "7", " ", "\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "é", "€", "\u{202E}", "/"]
    let guichet = FTAPGuichet()
    // A quarter of the cases: each builds a whole report, its tree and its parse.
    for index in 0..<max(Self.cases / 4, 1) {
      var dossier = Self.dossier(&generator)
      if generator.next() % 4 != 0 {
        dossier.reference = String((0..<Int(generator.next() % 24)).map { _ in pool.randomElement(using: &generator)! })
      }
      let report = guichet.report(on: dossier)
      let origin: [JSONValue.Member] = [.init("file", .string(dossier.reference ?? "-")), .init("line", .number("3"))]
      var bytes: [UInt8] = [UInt8(ascii: "x")]
      report.appendJSON(to: &bytes, leadingMembers: origin)
      #expect(bytes.first == UInt8(ascii: "x"), "seed \(seed) case \(index): appends after what the buffer holds")
      guard case .object(let members) = report.json else {
        Issue.record("seed \(seed) case \(index): the report is not an object")
        continue
      }
      let tree = JSONValue.object(origin + members)
      #expect(Array(bytes.dropFirst()) == Array(tree.serialized(pretty: false).utf8), "seed \(seed) case \(index)")
      #expect(try JSONValue(parsing: Array(bytes.dropFirst())) == tree, "seed \(seed) case \(index)")
    }
  }

  @Test("FTAP dossiers round trip through the interchange format and Codable")
  func roundTrips() throws {
    let seed = SplitMix64.seed(fallback: 13)
    var generator = SplitMix64(seed: seed)
    let encoder = JSONEncoder()
    let decoder = JSONDecoder()
    for index in 0..<Self.cases {
      let dossier = Self.dossier(&generator)
      let text = dossier.json.serialized(pretty: false)
      #expect(try FTAPDossier(jsonDocument: Array(text.utf8)) == dossier, "seed \(seed) case \(index): \(text)")
      if index % 4 == 0 {
        #expect(
          try decoder.decode(FTAPDossier.self, from: encoder.encode(dossier)) == dossier, "seed \(seed) case \(index)")
      }
    }
  }
}
