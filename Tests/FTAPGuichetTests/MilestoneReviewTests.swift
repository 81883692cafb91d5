import FranceRelanceModel
import TestSupport
import Testing

@testable import FTAPGuichet

/// « Au terme de chaque jalon de 6 mois, l'équipe se réunira avec l'équipe de pilotage de
/// la DINUM pour : rendre compte de l'impact […] ajuster ou confirmer la stratégie […]
/// débloquer, avec l'accord de la DINUM, la tranche suivante. » (seed 004)
@Suite("Milestone reviews (seed 004)")
struct MilestoneReviewTests {
  /// 500 000 € over 18 months from 2023-08-31: tranches on 2023-08-31, 2024-02-29,
  /// 2024-08-31; milestones on 2024-02-29, 2024-08-31, 2025-02-28.
  static func process() throws -> MilestoneReviewProcess {
    MilestoneReviewProcess(
      schedule: try TrancheSchedule(
        grant: .thousands(500), start: try CalendarDate(iso: "2023-08-31"), durationMonths: 18),
      mandatoryIndicators: [.provisionReuses, .provisionAccessDelay])
  }

  static func report() throws -> IndicatorReport {
    var report = IndicatorReport()
    report.reuses = 4
    report.accessDelay = try .init(days: [2, 9])
    return report
  }

  static func day(_ text: String) throws -> CalendarDate { try CalendarDate(iso: text) }

  @Test("Three milestones, the last unlocking no tranche")
  func milestones() throws {
    let reviews = try Self.process()
    #expect(reviews.milestones.map(\.date.isoString) == ["2024-02-29", "2024-08-31", "2025-02-28"])
    #expect(reviews.milestones.map { $0.tranche?.number } == [2, 3, nil])
    #expect(reviews.released.decimalString == "166666.68")
    #expect(reviews.remaining.decimalString == "333333.32")
  }

  @Test("From award to last milestone: unlock, withhold, close")
  func fullDrive() throws {
    var reviews = try Self.process()
    try reviews.submitReport(try Self.report(), by: .projectOwner, on: try Self.day("2024-03-04"))
    try reviews.review(.confirmed, by: .dinum, on: try Self.day("2024-03-10"))
    try reviews.unlockTranche(by: .dinum, on: try Self.day("2024-03-10"))
    #expect(reviews.released.decimalString == "333333.34")
    try reviews.submitReport(try Self.report(), by: .projectOwner, on: try Self.day("2024-09-02"))
    try reviews.review(.adjusted("Recentrer sur l'API"), by: .dinum, on: try Self.day("2024-09-05"))
    try reviews.withholdTranche(reason: "Impact insuffisant", by: .dinum, on: try Self.day("2024-09-05"))
    #expect(reviews.withheld.decimalString == "166666.66")
    try reviews.submitReport(try Self.report(), by: .projectOwner, on: try Self.day("2025-03-01"))
    try reviews.review(.confirmed, by: .dinum, on: try Self.day("2025-03-02"))
    try reviews.close(by: .dinum, on: try Self.day("2025-03-02"))
    #expect(reviews.isComplete)
    // Under ftap.tranches.withheld = notUnlocked (the default) the tranche not unlocked is
    // still granted: it is what remains, nothing is lost.
    #expect(reviews.remaining.decimalString == "166666.66")
    #expect(reviews.lost == .zero)
    #expect(reviews.history.count == 9)
    #expect(reviews.history.filter { $0.action == .unlockTranche }.allSatisfy { $0.actor == .dinum })
  }

  @Test("Every illegal step is refused with its error and leaves the process unchanged")
  func illegalSteps() throws {
    var reviews = try Self.process()
    let start = reviews
    let report = try Self.report()
    let onTime = try Self.day("2024-03-04")
    func refused(
      _ expected: MilestoneReviewError, _ action: MilestoneAction, by actor: Participant, on date: CalendarDate
    )
      throws
    {
      let before = reviews
      #expect(throws: expected) { try reviews.apply(action, by: actor, on: date) }
      #expect(reviews == before)
    }
    try refused(.notAuthorized(.dinum, .submitReport(report)), .submitReport(report), by: .dinum, on: onTime)
    try refused(
      .illegalTransition(milestone: 1, state: .pending, action: .review(.confirmed)), .review(.confirmed), by: .dinum,
      on: onTime)
    try refused(
      .illegalTransition(milestone: 1, state: .pending, action: .unlockTranche), .unlockTranche, by: .dinum, on: onTime)
    try refused(
      .beforeMilestone(date: try Self.day("2024-02-28"), milestone: try Self.day("2024-02-29")), .submitReport(report),
      by: .projectOwner, on: try Self.day("2024-02-28"))
    try refused(
      .missingIndicators([.provisionAccessDelay]),
      .submitReport(
        {
          var partial = report
          partial.accessDelay = nil
          return partial
        }()),
      by: .projectOwner, on: onTime)
    var negative = report
    negative.reuses = -1
    try refused(.invalidIndicator(.negativeCount("reuses")), .submitReport(negative), by: .projectOwner, on: onTime)
    #expect(reviews == start)

    try reviews.submitReport(report, by: .projectOwner, on: onTime)
    try refused(
      .illegalTransition(milestone: 1, state: .reportSubmitted(report), action: .submitReport(report)),
      .submitReport(report), by: .projectOwner, on: onTime)
    try refused(.notAuthorized(.projectOwner, .review(.confirmed)), .review(.confirmed), by: .projectOwner, on: onTime)
    try refused(
      .notAuthorized(.other("DITP"), .review(.confirmed)), .review(.confirmed), by: .other("DITP"), on: onTime)
    try refused(
      .illegalTransition(milestone: 1, state: .reportSubmitted(report), action: .unlockTranche), .unlockTranche,
      by: .dinum, on: onTime)
    try refused(
      .beforePreviousStep(date: try Self.day("2024-03-03"), previous: onTime), .review(.confirmed), by: .dinum,
      on: try Self.day("2024-03-03"))

    try reviews.review(.confirmed, by: .dinum, on: onTime)
    try refused(.notAuthorized(.projectOwner, .unlockTranche), .unlockTranche, by: .projectOwner, on: onTime)
    try refused(.notAuthorized(.other("DITP"), .unlockTranche), .unlockTranche, by: .other("DITP"), on: onTime)
    try refused(.trancheToDecide(1), .close, by: .dinum, on: onTime)
    try refused(
      .illegalTransition(milestone: 1, state: .reviewed(.confirmed), action: .review(.confirmed)), .review(.confirmed),
      by: .dinum, on: onTime)

    // Drive to the last milestone and try to unlock there.
    try reviews.unlockTranche(by: .dinum, on: onTime)
    for date in ["2024-08-31"] {
      try reviews.submitReport(report, by: .projectOwner, on: try Self.day(date))
      try reviews.review(.confirmed, by: .dinum, on: try Self.day(date))
      try reviews.unlockTranche(by: .dinum, on: try Self.day(date))
    }
    let last = try Self.day("2025-02-28")
    try reviews.submitReport(report, by: .projectOwner, on: last)
    try reviews.review(.confirmed, by: .dinum, on: last)
    try refused(.noTrancheAtMilestone(3), .unlockTranche, by: .dinum, on: last)
    try refused(.noTrancheAtMilestone(3), .withholdTranche(reason: "x"), by: .dinum, on: last)
    try reviews.close(by: .dinum, on: last)
    try refused(.processComplete, .submitReport(report), by: .projectOwner, on: last)
    #expect(reviews.released == .thousands(500))
  }

  @Test("A single-payment project still reports at its milestones, releasing nothing more")
  func singlePayment() throws {
    var reviews = MilestoneReviewProcess(
      schedule: try TrancheSchedule(grant: .thousands(150), start: try Self.day("2024-01-15"), durationMonths: 6),
      mandatoryIndicators: [])
    #expect(reviews.milestones.count == 1)
    #expect(reviews.released == .thousands(150))
    try reviews.submitReport(IndicatorReport(), by: .projectOwner, on: try Self.day("2024-07-15"))
    try reviews.review(.confirmed, by: .dinum, on: try Self.day("2024-07-16"))
    try reviews.close(by: .dinum, on: try Self.day("2024-07-16"))
    #expect(reviews.isComplete)
  }

  @Test("No sequence of steps lets anyone but DINUM release money (PROPERTY_CASES random steps)")
  func onlyDinumReleases() throws {
    let seed = SplitMix64.seed(fallback: 2_026)
    var generator = SplitMix64(seed: seed)
    let actors: [Participant] = [.projectOwner, .dinum, .other("DITP"), .other("Ministère")]
    let report = try Self.report()
    let actions: [MilestoneAction] = [
      .submitReport(report), .review(.confirmed), .review(.adjusted("a")), .unlockTranche,
      .withholdTranche(reason: "r"), .close, .unlockWithheld(tranche: 2), .unlockWithheld(tranche: 3),
    ]
    var steps = 0
    while steps < SplitMix64.cases() {
      var reviews = try Self.process()
      var date = try Self.day("2024-02-01")
      for _ in 0..<60 {
        steps += 1
        date = date.adding(days: Int.random(in: 0...40, using: &generator))!
        let actor = actors.randomElement(using: &generator)!
        let action = actions.randomElement(using: &generator)!
        let before = reviews
        do {
          try reviews.apply(action, by: actor, on: date)
          if case .unlockTranche = action { #expect(actor == .dinum, "seed \(seed)") }
          if reviews.released != before.released {
            #expect(actor == .dinum, "seed \(seed)")
            switch action {
            case .unlockTranche, .unlockWithheld: break
            default: Issue.record("money released by \(action), seed \(seed)")
            }
          }
        } catch {
          #expect(reviews == before, "seed \(seed)")
        }
        let unlockedByDinum = reviews.history.filter {
          switch $0.action {
          case .unlockTranche, .unlockWithheld: $0.actor == .dinum
          default: false
          }
        }.count
        let unlocked = reviews.milestones.filter {
          switch $0.state {
          case .trancheUnlocked, .trancheUnlockedLater: true
          default: false
          }
        }.count
        #expect(unlockedByDinum == unlocked, "seed \(seed)")
        // Paid, lost and remaining make the grant; a tranche not unlocked is part of what
        // remains (the default reading).
        #expect(
          reviews.released.cents + reviews.lost.cents + reviews.remaining.cents == reviews.schedule.grant.cents)
        #expect(reviews.withheld <= reviews.remaining)
      }
    }
  }
}
