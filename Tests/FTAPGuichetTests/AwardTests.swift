import FoundationEssentials
import FranceRelanceModel
import TestSupport
import Testing

@testable import FTAPGuichet

/// Awards (issue #13): « Le taux de cofinancement effectif fera l'objet d'échanges en amont
/// avec la DINUM » (seed 004): the schedule is drawn on the granted amount, at most the cap;
/// the milestone reviews replay from their events.
@Suite("Awards and their milestone reviews (seed 004)")
struct AwardTests {
  static func dossier() throws -> FTAPDossier { try FTAPRulesTests.eligible() }

  @Test("The schedule follows the granted amount, not the request")
  func grantedAmount() throws {
    // Request 200 000 € on 400 000 €, 12 months from 2024-09-01; 150 000 € agreed: under
    // 200 000 € but over 6 months, so two tranches of 75 000 €.
    let award = try FTAPAward(
      dossier: try Self.dossier(), granted: .thousands(150), conventionDate: try CalendarDate(iso: "2024-06-03"))
    #expect(award.schedule.grant == .thousands(150))
    #expect(award.schedule.tranches.map(\.amount) == [.thousands(75), .thousands(75)])
    #expect(award.reviews.remaining == .thousands(75))
  }

  @Test(
    "An award the dossier does not allow is refused",
    arguments: [
      ("200000.01", "2024-06-03", "plafond"), ("0", "2024-06-03", "strictement positif"),
      ("100000.00", "2024-03-11", "précède le dépôt"),
      // The dossier starts on 2024-09-01: its first tranche cannot precede the convention.
      ("100000.00", "2024-09-02", "suit le démarrage"),
    ])
  func refusals(granted: String, convention: String, reason: String) throws {
    #expect {
      try FTAPAward(
        dossier: try Self.dossier(), granted: try Euros(parsing: granted),
        conventionDate: try CalendarDate(iso: convention))
    } throws: { error in
      (error as? AwardError)?.description.contains(reason) == true
    }
    var ineligible = try Self.dossier()
    ineligible.applicant = Applicant(kind: .company)
    #expect(throws: AwardError.notEligible(.ineligible)) {
      try FTAPAward(dossier: ineligible, granted: .thousands(100), conventionDate: try CalendarDate(iso: "2024-06-03"))
    }
  }

  /// Random histories: replaying the events gives the same state as applying them live;
  /// paid + withheld + remaining = granted; only the DINUM reviews, unlocks and withholds.
  @Test("Review histories: paid + withheld + remaining = granted, and only DINUM unlocks")
  func histories() throws {
    let seed = SplitMix64.seed(fallback: 31)
    var generator = SplitMix64(seed: seed)
    var lostReadings = FTAPReadings()
    lostReadings.withheldTranche = .lost
    let awards = [
      try FTAPAward(
        dossier: try Self.dossier(), granted: .thousands(200), conventionDate: try CalendarDate(iso: "2024-06-03")),
      try FTAPAward(
        dossier: try Self.dossier(), granted: .thousands(200), conventionDate: try CalendarDate(iso: "2024-06-03"),
        readings: lostReadings),
    ]
    for index in 0..<Swift.max(1, SplitMix64.cases() / 20) {
      let award = awards[index % 2]
      var reviews = award.reviews
      var day = try CalendarDate(iso: "2025-03-01")
      for _ in 0..<12 {
        day = day.adding(days: Int(generator.next() % 40)) ?? day
        let actor: Participant = generator.next() % 3 == 0 ? .projectOwner : .dinum
        var report = IndicatorReport()
        report.reuses = 3
        report.transmissions = 10
        report.accessDelay = try .init(days: [2, 4])
        let action: MilestoneAction =
          switch generator.next() % 6 {
          case 0: .submitReport(report)
          case 1: .review(.confirmed)
          case 2: .unlockTranche
          case 3: .withholdTranche(reason: "x")
          case 4: .unlockWithheld(tranche: Int(generator.next() % 4))
          default: .close
          }
        let before = reviews
        do {
          try reviews.apply(action, by: actor, on: day)
        } catch {
          #expect(reviews == before, "seed \(seed) case \(index)")
        }
        // Paid + lost + remaining = granted; a tranche not unlocked is lost only under
        // ftap.tranches.withheld = lost, and only under notUnlocked can it be unlocked later.
        #expect(
          reviews.released.cents + reviews.lost.cents + reviews.remaining.cents == award.granted.cents,
          "seed \(seed) case \(index)")
        #expect(reviews.lost == (award.readings.withheldTranche == .lost ? reviews.withheld : .zero))
        if award.readings.withheldTranche == .lost {
          #expect(!reviews.history.contains { if case .unlockWithheld = $0.action { true } else { false } })
        }
        for event in reviews.history {
          switch event.action {
          case .submitReport: #expect(event.actor == .projectOwner)
          default: #expect(event.actor == .dinum)
          }
        }
      }
      // Replaying the accepted events rebuilds the same process.
      var replayed = award.reviews
      for event in reviews.history { try replayed.apply(event.action, by: event.actor, on: event.date) }
      #expect(replayed == reviews, "seed \(seed) case \(index)")
    }
  }

  /// The award file is the persisted form of an award and its reviews: writing it and
  /// replaying it gives the same values; a report and an event are Codable on their own.
  @Test("An award and its reviews round trip through the award file; reports and events are Codable")
  func persistence() throws {
    let award = try FTAPAward(
      dossier: try Self.dossier(), granted: .thousands(200), conventionDate: try CalendarDate(iso: "2024-06-03"))
    var reviews = award.reviews
    var report = IndicatorReport()
    report.reuses = 4
    report.transmissions = 1_200
    report.accessDelay = try .init(days: [3, 10, 5, 8])
    report.beneficiaries = try .init(informed: 10, automatic: 2)
    report.conversion = try .init(proceduresCompleted: 3, usersContacted: 10)
    let first = try #require(reviews.current).date
    try reviews.submitReport(report, by: .projectOwner, on: first)
    try reviews.review(.adjusted("Recentrer sur deux régions."), by: .dinum, on: first)
    try reviews.withholdTranche(reason: "cibles non atteintes", by: .dinum, on: first)
    let file = award.json(reviews: reviews)
    let (readAward, readReviews) = try FTAPAward.replay(json: try JSONValue(parsing: file.serialized()))
    #expect(readAward == award)
    #expect(readReviews == reviews)
    #expect(try IndicatorReport(json: report.json, at: .root) == report)
    // Codable through the same JSON.
    let encoded = try JSONEncoder().encode(award)
    #expect(try JSONDecoder().decode(FTAPAward.self, from: encoded) == award)
    #expect(try JSONDecoder().decode(IndicatorReport.self, from: try JSONEncoder().encode(report)) == report)
    for event in reviews.history { #expect(try MilestoneEvent(json: event.json, at: .root) == event) }
    // An event that names another milestone than the one under review is refused.
    guard case .object(var members) = file, case .array(var events)? = members.last?.value,
      case .object(var event) = events[0]
    else {
      Issue.record("unexpected shape")
      return
    }
    event[0] = .init("milestone", .number("2"))
    events[0] = .object(event)
    members[members.count - 1] = .init("events", .array(events))
    #expect(throws: InterchangeError.self) { try FTAPAward.replay(json: .object(members)) }
  }
}

/// Issue #21, point 10: awards record their readings and the instructor's decisions; a
/// tranche not unlocked is a named reading; what a text does not date is said.
@Suite("Awards: readings, decisions and tranches not unlocked (issue #21)")
struct AwardReadingTests {
  /// 1 200 000 € is outside « Taille attendue des projets : Entre 100 000 € et 1M€ »:
  /// undetermined under ftap.size.bounds = guidance, the default.
  static func undetermined() throws -> FTAPDossier {
    var dossier = try FTAPRulesTests.eligible()
    dossier.totalCost = .thousands(1_200)
    return dossier
  }

  static let convention = "2024-06-03"

  @Test("An undetermined dossier is awarded only with a decision on each undetermined rule, and none other")
  func decisions() throws {
    let dossier = try Self.undetermined()
    let date = try CalendarDate(iso: Self.convention)
    #expect(throws: AwardError.undecided(["ftap.size"])) {
      try FTAPAward(dossier: dossier, granted: .thousands(100), conventionDate: date)
    }
    #expect(throws: AwardError.undecided(["ftap.size"])) {
      try FTAPAward(
        dossier: dossier, granted: .thousands(100), conventionDate: date, readings: FTAPReadings(), decisions: [:])
    }
    let decision = try InstructorDecision(.satisfied, reason: "Coût total admis par le comité du 3 juin 2024.")
    #expect(throws: AwardError.decisionWithoutDoubt("ftap.window")) {
      try FTAPAward(
        dossier: dossier, granted: .thousands(100), conventionDate: date, readings: FTAPReadings(),
        decisions: ["ftap.size": decision, "ftap.window": decision])
    }
    let award = try FTAPAward(
      dossier: dossier, granted: .thousands(100), conventionDate: date, readings: FTAPReadings(),
      decisions: ["ftap.size": decision])
    // The award file keeps the decisions and reads them back.
    let (replayed, _) = try FTAPAward.replay(json: award.json)
    #expect(replayed == award)
    #expect(replayed.decisions["ftap.size"]?.reason == "Coût total admis par le comité du 3 juin 2024.")
    // Under ftap.size.bounds = hard the same dossier is ineligible: no decision helps.
    var hard = FTAPReadings()
    hard.sizeBounds = .hard
    #expect(throws: AwardError.notEligible(.ineligible)) {
      try FTAPAward(
        dossier: dossier, granted: .thousands(100), conventionDate: date, readings: hard,
        decisions: ["ftap.size": decision])
    }
  }

  @Test(
    "A decision's reason is one printable, non-blank line", arguments: ["", "  ", "\u{200B}", "a\nb", "a\u{202E}b"])
  func blankReasons(reason: String) {
    #expect(throws: InstructorDecision.InvalidReason.self) { try InstructorDecision(.satisfied, reason: reason) }
  }

  @Test("The readings of an award are written in its file and its ledger commitment, and read back")
  func readings() throws {
    var readings = FTAPReadings()
    readings.withheldTranche = .lost
    readings.trancheSplit = .everySixMonths
    let award = try FTAPAward(
      dossier: try FTAPRulesTests.eligible(), granted: .thousands(150),
      conventionDate: try CalendarDate(iso: Self.convention),
      readings: readings)
    let (replayed, _) = try FTAPAward.replay(json: award.json)
    #expect(replayed.readings == readings)
    let events = award.ledgerEvents(after: award.reviews, envelope: "e", object: "o")
    guard case .committed(let commitment)? = events.first else {
      Issue.record("no commitment")
      return
    }
    #expect(commitment.details?.readings?.contains(.init(id: "ftap.tranches.withheld", variant: "lost")) == true)
    let read = try LedgerEvent(json: events[0].json, at: .root)
    #expect(read == events[0])
    // A selection given beside the file wins over the file's readings.
    var selection = ReadingSelection()
    try selection.add(parsing: "ftap.tranches.withheld=notUnlocked")
    #expect(try FTAPAward.replay(json: award.json, selection: selection).award.readings.withheldTranche == .notUnlocked)
  }

  @Test("A granted amount above the request is reported, not refused")
  func aboveRequest() throws {
    var dossier = try FTAPRulesTests.eligible()
    dossier.requestedCoFinancing = .thousands(150)
    let award = try FTAPAward(
      dossier: dossier, granted: .thousands(160), conventionDate: try CalendarDate(iso: Self.convention))
    #expect(award.grantedAboveRequest == .thousands(10))
    let within = try FTAPAward(
      dossier: dossier, granted: .thousands(150), conventionDate: try CalendarDate(iso: Self.convention))
    #expect(within.grantedAboveRequest == nil)
  }

  /// « débloquer, avec l'accord de la DINUM, la tranche suivante »: under notUnlocked a
  /// tranche not unlocked may be unlocked at a later review; under lost it cannot.
  @Test("A tranche not unlocked is unlocked at a later review under notUnlocked, never under lost")
  func unlockLater() throws {
    var dossier = try FTAPRulesTests.eligible()
    dossier.durationMonths = 18
    for variant in FTAPReadings.WithheldTranche.allCases {
      var readings = FTAPReadings()
      readings.withheldTranche = variant
      let award = try FTAPAward(
        dossier: dossier, granted: .thousands(150), conventionDate: try CalendarDate(iso: Self.convention),
        readings: readings)
      var reviews = award.reviews
      var report = IndicatorReport()
      report.reuses = 1
      report.transmissions = 1
      report.accessDelay = try .init(days: [1])
      let first = reviews.milestones[0].date
      try reviews.submitReport(report, by: .projectOwner, on: first)
      try reviews.review(.confirmed, by: .dinum, on: first)
      try reviews.withholdTranche(reason: "Impact non démontré", by: .dinum, on: first)
      let second = reviews.milestones[1].date
      try reviews.submitReport(report, by: .projectOwner, on: second)
      try reviews.review(.confirmed, by: .dinum, on: second)
      let before = reviews
      if variant == .notUnlocked {
        #expect(throws: MilestoneReviewError.notAuthorized(.projectOwner, .unlockWithheld(tranche: 2))) {
          try reviews.apply(.unlockWithheld(tranche: 2), by: .projectOwner, on: second)
        }
        try reviews.apply(.unlockWithheld(tranche: 2), by: .dinum, on: second)
        #expect(reviews.released == (try before.released + reviews.milestones[0].tranche!.amount))
        #expect(reviews.withheld == .zero)
        #expect(throws: MilestoneReviewError.notWithheld(tranche: 2)) {
          try reviews.apply(.unlockWithheld(tranche: 2), by: .dinum, on: second)
        }
        // The file replays the late unlock.
        let (_, replayed) = try FTAPAward.replay(json: award.json(reviews: reviews))
        #expect(replayed == reviews)
      } else {
        #expect(throws: MilestoneReviewError.notWithheld(tranche: 2)) {
          try reviews.apply(.unlockWithheld(tranche: 2), by: .dinum, on: second)
        }
        #expect(reviews == before)
        #expect(reviews.lost == reviews.milestones[0].tranche!.amount)
      }
    }
  }
}
