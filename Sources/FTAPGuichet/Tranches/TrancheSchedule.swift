public import FranceRelanceModel

/// How a grant is paid: in one payment or in tranches unlocked at 6-month milestones.
///
/// Seed 004 fixes the thresholds (a request above 200 000 € or a duration above 6 months)
/// and the 6-month rhythm; the split is the reading `ftap.tranches.split`:
/// - `withinProject` (default): tranche 1 on the start date, then one at each milestone
///   (start + 6 *k* months, clamped to the end of a shorter month) strictly before the
///   project's end; when that gives a single tranche, the second is on the end date
///   (start + duration);
/// - `everySixMonths` (version 1): max(2, ⌈months / 6⌉) tranches every 6 months from the
///   start.
///
/// Both: equal amounts, the leftover cents on tranche 1, never a tranche of 0 € (a grant
/// of fewer cents than milestones has as many tranches as cents).
///
/// ```swift
/// let plan = try TrancheSchedule(grant: .thousands(500), start: try CalendarDate(iso: "2023-08-31"),
///                            durationMonths: 18)
/// plan.tranches.map(\.date)  // 2023-08-31, 2024-02-29, 2024-08-31
/// ```
public struct TrancheSchedule: Sendable, Hashable {
  // MARK: Stored properties

  /// The amount granted.
  public let grant: Euros
  /// The project's start date.
  public let start: CalendarDate
  /// The project's duration in months.
  public let durationMonths: Int
  /// The split in force.
  public let split: FTAPReadings.TrancheSplit
  /// Above this grant, funding is released in tranches (the edition's threshold).
  public let requestThreshold: Euros
  /// Beyond this duration in months, funding is released in tranches.
  public let durationThreshold: Int
  /// The rhythm of milestones, in months.
  public let milestoneIntervalMonths: Int
  /// The number of payments.
  public let count: Int
  /// The number of milestones strictly before the project's end, the start included:
  /// ⌈months / interval⌉, at least 1.
  @usableFromInline let milestonesWithinProject: Int
  /// The amount of every tranche but the first: the grant divided by the count, rounded
  /// down to the cent.
  @usableFromInline let share: Int64

  // MARK: Creating

  /// Creates the schedule of a grant.
  ///
  /// - Parameters:
  ///   - grant: the amount granted.
  ///   - start: the project's start date.
  ///   - durationMonths: the project's duration in months.
  ///   - split: the reading `ftap.tranches.split`; `withinProject` by default.
  ///   - parameters: the edition's numbers; the 2023 – 2025 guichet by default.
  /// - Throws: ``ScheduleError`` for a grant of zero or less, a duration outside 1 to 600
  ///   months, or a project that would end after 31 December 9999 (its tranches would
  ///   fall on the same last day).
  @inlinable
  public init(
    grant: Euros, start: CalendarDate, durationMonths: Int, split: FTAPReadings.TrancheSplit = .withinProject,
    parameters: FTAPParameters = .guichet2023
  ) throws(ScheduleError) {
    guard grant > .zero else { throw .nonPositiveGrant(grant) }
    guard (1...DossierBasics.durationLimit).contains(durationMonths) else { throw .durationOutOfRange(durationMonths) }
    guard start.fitsCalendar(addingMonths: durationMonths) else {
      throw .endBeyondCalendar(start: start, months: durationMonths)
    }
    self.grant = grant
    self.start = start
    self.durationMonths = durationMonths
    self.split = split
    requestThreshold = parameters.trancheRequestThreshold
    durationThreshold = parameters.trancheDurationMonths
    // An edition's interval below one month would date milestones on or before the start.
    milestoneIntervalMonths = Swift.max(1, parameters.milestoneIntervalMonths)
    milestonesWithinProject = parameters.milestones(within: durationMonths)
    if grant > requestThreshold || durationMonths > durationThreshold {
      // No tranche of 0 €: at most one tranche per cent.
      count = Int(Swift.min(Int64(Swift.max(2, milestonesWithinProject)), Swift.max(1, grant.cents)))
    } else {
      count = 1
    }
    share = grant.cents / Int64(count)
  }

  // MARK: The schedule

  /// Whether the grant is released in tranches: a request above the threshold or a
  /// duration above the threshold.
  @inlinable @inline(__always)
  public var isInTranches: Bool { grant > requestThreshold || durationMonths > durationThreshold }

  /// The project's end: start + duration, clamped to the end of a shorter month.
  @inlinable
  public var end: CalendarDate { start.adding(months: durationMonths) }

  /// The date of milestone `index` (0 is the start date): start + 6 × index months,
  /// clamped to the end of a shorter month, and to 31 December 9999 (or 1 January 1) for
  /// an index whose months no date can reach: never a trap.
  @inlinable
  public func milestoneDate(_ index: Int) -> CalendarDate {
    let (months, overflow) = milestoneIntervalMonths.multipliedReportingOverflow(by: index)
    guard !overflow else { return start.adding(months: (index < 0) == (milestoneIntervalMonths < 0) ? .max : .min) }
    return start.adding(months: months)
  }

  /// The payments, in order; they sum exactly to the grant.
  ///
  /// - Complexity: O(*count*).
  public var tranches: [Tranche] { (1...count).map(tranche) }

  /// One tranche of the schedule, computed in constant time: the first one carries the
  /// cents left over by the even split.
  ///
  /// - Precondition: `number` is between 1 and ``count``.
  /// - Complexity: O(1).
  @inlinable
  public func tranche(_ number: Int) -> Tranche {
    precondition(number >= 1 && number <= count, "tranche number out of range")
    let amount = number == 1 ? grant.cents - share * Int64(count - 1) : share
    var date = milestoneDate(number - 1)
    if case .withinProject = split, number == 2, milestonesWithinProject == 1 { date = end }
    return Tranche(number: number, date: date, amount: Euros(uncheckedCents: amount))
  }

  // MARK: Custom schedules

  /// Checks a custom schedule against the grant: numbered from 1 in order, positive
  /// amounts summing exactly to the grant, the first on the start date, every date on a
  /// milestone of the project or its end, dates strictly increasing.
  ///
  /// - Throws: ``ScheduleError`` for the first problem found.
  public func validate(custom tranches: [Tranche]) throws(ScheduleError) {
    guard !tranches.isEmpty else { throw .empty }
    let milestones = (0...milestonesWithinProject).map(milestoneDate) + [end]
    var total: Int64 = 0
    var previous: CalendarDate?
    for (offset, tranche) in tranches.enumerated() {
      guard tranche.number == offset + 1 else { throw .misnumbered(tranche.number) }
      guard tranche.amount > .zero else { throw .nonPositiveAmount(tranche.number) }
      guard milestones.contains(tranche.date) else { throw .offMilestone(tranche.number, tranche.date) }
      if offset == 0, tranche.date != start { throw .firstNotOnStart(tranche.date) }
      if let previous, tranche.date <= previous { throw .datesNotIncreasing(tranche.number) }
      previous = tranche.date
      total += tranche.amount.cents  // At most a few dozen amounts within the limit: no overflow.
    }
    guard total == grant.cents else {
      throw .sumMismatch(sum: Euros(uncheckedCents: total), grant: grant)
    }
  }
}
