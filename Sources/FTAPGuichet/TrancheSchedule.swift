public import FranceRelanceModel

/// How a grant is paid: in one payment or in tranches unlocked at 6-month milestones.
///
/// Seed 004 fixes the thresholds (a request above 200 000 € or a duration above 6 months)
/// and the 6-month rhythm. The split is an interpretation: count = max(2, ⌈duration / 6⌉),
/// tranche 1 on the start date, tranche *k* on start + 6 (*k* − 1) months (clamped to the
/// end of a shorter month, always counted from the start date), equal amounts with the
/// leftover cents on tranche 1.
///
/// ```swift
/// let plan = TrancheSchedule(grant: .thousands(500), start: try CalendarDate(iso: "2023-08-31"),
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

  /// The interpretation behind the split, for reference pages and findings.
  public static let interpretation =
    "Le texte fixe les seuils (plus de 200 000 € demandés ou plus de 6 mois) et le rythme de 6 mois. La répartition est une interprétation : max(2, ⌈durée / 6⌉) tranches, la première à la date de démarrage, la k-ième à démarrage + 6 (k − 1) mois, montants égaux, les centimes restants sur la première ; sinon un versement unique au démarrage."

  // MARK: Creating

  /// Creates the schedule of a grant.
  @inlinable
  public init(grant: Euros, start: CalendarDate, durationMonths: Int) {
    self.grant = grant
    self.start = start
    self.durationMonths = durationMonths
  }

  // MARK: The schedule

  /// Whether the grant is released in tranches: more than 200 000 € or more than 6 months.
  @inlinable
  public var isInTranches: Bool {
    grant > FTAPRules.trancheRequestThreshold || durationMonths > FTAPRules.trancheDurationThreshold
  }

  /// The number of payments.
  @inlinable
  public var count: Int {
    guard isInTranches else { return 1 }
    let interval = FTAPRules.milestoneIntervalMonths
    return max(2, (durationMonths + interval - 1) / interval)
  }

  /// The date of milestone `index` (0 is the start date): start + 6 × index months,
  /// clamped to the end of a shorter month.
  @inlinable
  public func milestoneDate(_ index: Int) -> CalendarDate {
    start.adding(months: FTAPRules.milestoneIntervalMonths * index)
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
    let count = self.count
    precondition(number >= 1 && number <= count, "tranche number out of range")
    let share = grant.cents / Int64(count)
    let amount = number == 1 ? grant.cents - share * Int64(count - 1) : share
    return Tranche(number: number, date: milestoneDate(number - 1), amount: Euros(uncheckedCents: amount))
  }

  // MARK: Custom schedules

  /// Checks a custom schedule against the grant: numbered from 1 in order, positive
  /// amounts summing exactly to the grant, the first on the start date, every date on a
  /// 6-month milestone of the project, dates strictly increasing.
  ///
  /// - Throws: ``ScheduleError`` for the first problem found.
  public func validate(custom tranches: [Tranche]) throws(ScheduleError) {
    guard !tranches.isEmpty else { throw .empty }
    let interval = FTAPRules.milestoneIntervalMonths
    let lastMilestone = max(1, (durationMonths + interval - 1) / interval)
    let milestones = (0...lastMilestone).map(milestoneDate)
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
