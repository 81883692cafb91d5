public import FranceRelanceModel

/// The milestone reviews of a funded project, from award to last milestone, as a state
/// machine.
///
/// Tranche 1 is paid on the start date. Milestone *k*, at start + 6 *k* months, unlocks
/// tranche *k* + 1; the last milestone unlocks none. At each milestone, in this order:
/// the project owner submits the impact report for the elapsed period (carrying every
/// mandatory indicator), DINUM reviews it and confirms or adjusts the strategy, then DINUM
/// unlocks or withholds the next tranche (or closes the last milestone). Steps always apply
/// to the current milestone, so none can be skipped or done twice; only DINUM can unlock;
/// dates never go backwards. A refused step throws ``MilestoneReviewError`` and leaves the
/// process unchanged. Released and remaining amounts are derived from the states.
///
/// ```swift
/// var reviews = MilestoneReviewProcess(schedule: schedule, mandatoryIndicators: [.provisionAccessDelay])
/// try reviews.submitReport(report, by: .projectOwner, on: sixMonthsLater)
/// try reviews.review(.confirmed, by: .dinum, on: sixMonthsLater)
/// try reviews.unlockTranche(by: .dinum, on: sixMonthsLater)
/// reviews.released  // tranches 1 and 2
/// ```
///
/// The number of milestones is max(tranches, ⌈duration / 6⌉): a project paid in two
/// tranches over 6 months still has a closing review at 12 months (interpretation).
public struct MilestoneReviewProcess: Sendable, Hashable {
  // MARK: Stored properties

  /// The payment schedule.
  public let schedule: TrancheSchedule
  /// The indicators every report must carry.
  public let mandatoryIndicators: [FTAPIndicator]
  /// What becomes of a tranche DINUM does not unlock (reading `ftap.tranches.withheld`).
  public let withheldTranches: FTAPReadings.WithheldTranche
  /// The milestones, in order.
  public private(set) var milestones: [Milestone]
  /// Every accepted step, in order.
  public private(set) var history: [MilestoneEvent] = []

  // MARK: Creating

  /// Starts the reviews of a funded project: tranche 1 is paid, every milestone pending.
  public init(schedule: TrancheSchedule, mandatoryIndicators: [FTAPIndicator]) {
    self.init(schedule: schedule, mandatoryIndicators: mandatoryIndicators, withheldTranches: .notUnlocked)
  }

  /// Starts the reviews of a funded project under a reading of what becomes of a tranche
  /// DINUM does not unlock.
  public init(
    schedule: TrancheSchedule, mandatoryIndicators: [FTAPIndicator],
    withheldTranches: FTAPReadings.WithheldTranche
  ) {
    self.schedule = schedule
    self.mandatoryIndicators = mandatoryIndicators
    self.withheldTranches = withheldTranches
    let tranches = schedule.tranches
    let count = max(tranches.count, schedule.milestonesWithinProject)
    milestones = (1...count).map { number in
      Milestone(
        number: number, date: number < tranches.count ? tranches[number].date : schedule.milestoneDate(number),
        tranche: number < tranches.count ? tranches[number] : nil,
        state: .pending)
    }
  }

  // MARK: Derived amounts

  /// The milestone that the next step applies to; `nil` when all are finished.
  public var current: Milestone? { milestones.first { !$0.state.isFinished } }

  /// Whether every milestone is finished.
  public var isComplete: Bool { current == nil }

  /// What has been paid: tranche 1, every unlocked tranche and every tranche unlocked at
  /// a later review.
  public var released: Euros {
    let first = schedule.tranches.first?.amount.cents ?? 0
    let unlocked = milestones.reduce(Int64(0)) { sum, milestone in
      switch milestone.state {
      case .trancheUnlocked, .trancheUnlockedLater: sum + (milestone.tranche?.amount.cents ?? 0)
      default: sum
      }
    }
    return Euros(uncheckedCents: first + unlocked)
  }

  /// What DINUM did not unlock at a review and has not unlocked since: « non débloqué »
  /// (still granted) under `ftap.tranches.withheld = notUnlocked`, lost under `lost`.
  public var withheld: Euros {
    Euros(
      uncheckedCents: milestones.reduce(Int64(0)) { sum, milestone in
        if case .trancheWithheld = milestone.state { return sum + (milestone.tranche?.amount.cents ?? 0) }
        return sum
      })
  }

  /// What is lost: the tranches not unlocked, under `ftap.tranches.withheld = lost`; zero
  /// otherwise.
  public var lost: Euros { withheldTranches == .lost ? withheld : .zero }

  /// What may still be paid: the grant minus what was released and what is lost (a tranche
  /// « non débloquée » may still be paid under `ftap.tranches.withheld = notUnlocked`).
  public var remaining: Euros {
    Euros(uncheckedCents: schedule.grant.cents - released.cents - lost.cents)
  }

  // MARK: Steps

  /// The project owner submits the impact report of the current milestone.
  ///
  /// - Throws: ``MilestoneReviewError``; the process is then unchanged.
  public mutating func submitReport(_ report: IndicatorReport, by actor: Participant, on date: CalendarDate)
    throws(MilestoneReviewError)
  {
    try apply(.submitReport(report), by: actor, on: date)
  }

  /// DINUM reviews the report and decides on the strategy.
  ///
  /// - Throws: ``MilestoneReviewError``; the process is then unchanged.
  public mutating func review(_ decision: StrategyDecision, by actor: Participant, on date: CalendarDate)
    throws(MilestoneReviewError)
  {
    try apply(.review(decision), by: actor, on: date)
  }

  /// DINUM unlocks the tranche of the current milestone.
  ///
  /// - Throws: ``MilestoneReviewError``; the process is then unchanged.
  public mutating func unlockTranche(by actor: Participant, on date: CalendarDate) throws(MilestoneReviewError) {
    try apply(.unlockTranche, by: actor, on: date)
  }

  /// DINUM withholds the tranche of the current milestone.
  ///
  /// - Throws: ``MilestoneReviewError``; the process is then unchanged.
  public mutating func withholdTranche(reason: String, by actor: Participant, on date: CalendarDate)
    throws(MilestoneReviewError)
  {
    try apply(.withholdTranche(reason: reason), by: actor, on: date)
  }

  /// DINUM closes the last milestone.
  ///
  /// - Throws: ``MilestoneReviewError``; the process is then unchanged.
  public mutating func close(by actor: Participant, on date: CalendarDate) throws(MilestoneReviewError) {
    try apply(.close, by: actor, on: date)
  }

  /// Applies a step to the current milestone after checking who, when and in which order.
  ///
  /// - Throws: ``MilestoneReviewError``; the process is then unchanged.
  public mutating func apply(_ action: MilestoneAction, by actor: Participant, on date: CalendarDate)
    throws(MilestoneReviewError)
  {
    guard let index = milestones.firstIndex(where: { !$0.state.isFinished }) else { throw .processComplete }
    let milestone = milestones[index]
    // Who.
    switch action {
    case .submitReport: guard actor == .projectOwner else { throw .notAuthorized(actor, action) }
    case .review, .unlockTranche, .withholdTranche, .unlockWithheld, .close:
      guard actor == .dinum else { throw .notAuthorized(actor, action) }
    }
    // When.
    if let previous = history.last?.date, date < previous { throw .beforePreviousStep(date: date, previous: previous) }
    // What follows from the state.
    let next: MilestoneState
    switch (milestone.state, action) {
    case (.pending, .submitReport(let report)):
      guard date >= milestone.date else { throw .beforeMilestone(date: date, milestone: milestone.date) }
      do { try report.validate() } catch { throw .invalidIndicator(error) }
      let missing = report.missing(from: mandatoryIndicators)
      guard missing.isEmpty else { throw .missingIndicators(missing) }
      next = .reportSubmitted(report)
    case (.reportSubmitted, .review(let decision)):
      next = .reviewed(decision)
    case (.reviewed, .unlockTranche):
      guard milestone.tranche != nil else { throw .noTrancheAtMilestone(milestone.number) }
      next = .trancheUnlocked
    case (.reviewed, .withholdTranche(let reason)):
      guard milestone.tranche != nil else { throw .noTrancheAtMilestone(milestone.number) }
      next = .trancheWithheld(reason: reason)
    case (.reviewed, .close):
      guard milestone.tranche == nil else { throw .trancheToDecide(milestone.number) }
      next = .closed
    case (.reviewed, .unlockWithheld(let number)):
      // At a later review, with DINUM's agreement: an earlier tranche left « non débloquée ».
      guard withheldTranches == .notUnlocked,
        let earlier = milestones.firstIndex(where: { $0.tranche?.number == number && $0.number < milestone.number }),
        case .trancheWithheld(let reason) = milestones[earlier].state
      else { throw .notWithheld(tranche: number) }
      milestones[earlier].state = .trancheUnlockedLater(reason: reason, on: date)
      // The current milestone stays reviewed: its own tranche is still to decide.
      history.append(MilestoneEvent(milestone: milestone.number, action: action, actor: actor, date: date))
      return
    default:
      throw .illegalTransition(milestone: milestone.number, state: milestone.state, action: action)
    }
    milestones[index].state = next
    history.append(MilestoneEvent(milestone: milestone.number, action: action, actor: actor, date: date))
  }
}
