import FranceRelanceModel
import Testing

@testable import FTAPGuichet

/// Issue #22, bug 6: the public API answers extreme values with an error or a documented
/// result, never a trap.
@Suite("No trap on extreme values (issue #22)")
struct NoTrapTests {
  @Test("The median of two huge delays is nil (its exact value is not representable), not a trap")
  func hugeMedian() throws {
    let delay = try IndicatorReport.AccessDelay(days: [Int.max, Int.max - 1])
    #expect(delay.median == nil)
    #expect(delay.mean == nil)
    let small = try IndicatorReport.AccessDelay(days: [3, 10])
    #expect(small.median == DayCount(try Rate(numerator: 13, denominator: 2)))
  }

  @Test(
    "A milestone date at any index stays within the calendar",
    arguments: [Int.max, Int.min, 1 << 62, -(1 << 62), 20_000])
  func milestoneDates(index: Int) throws {
    let schedule = try TrancheSchedule(
      grant: .thousands(300), start: try CalendarDate(iso: "2024-01-31"), durationMonths: 18)
    let date = schedule.milestoneDate(index)
    #expect(date == (index > 0 ? try CalendarDate(iso: "9999-12-31") : try CalendarDate(iso: "0001-01-31")))
  }

  @Test(
    "An edition with an extreme milestone interval draws a schedule without trapping",
    arguments: [Int.max, Int.min, 0, -6, 1_000_000])
  func extremeIntervals(interval: Int) throws {
    let base = FTAPParameters.guichet2023
    let parameters = FTAPParameters(
      window: base.window, minimumSize: base.minimumSize, maximumSize: base.maximumSize,
      coFinancingRate: base.coFinancingRate, trancheRequestThreshold: base.trancheRequestThreshold,
      trancheDurationMonths: base.trancheDurationMonths, milestoneIntervalMonths: interval)
    let schedule = try TrancheSchedule(
      grant: .thousands(300), start: try CalendarDate(iso: "2024-01-31"), durationMonths: 18, parameters: parameters)
    let tranches = schedule.tranches
    #expect(tranches.reduce(Int64(0)) { $0 + $1.amount.cents } == Euros.thousands(300).cents)
    #expect(tranches.allSatisfy { $0.date >= schedule.start })
    _ = schedule.milestoneDate(Int.max)
  }

  /// A dossier built in Swift with a duration the interchange format refuses is
  /// incomplete (the duration read as absent), never eligible without a schedule.
  @Test("A duration outside 1 to 600 months set through the API is read as absent", arguments: [0, -3, 601, Int.max])
  func durationOutOfRange(months: Int) throws {
    var dossier = try FTAPRulesTests.eligible()
    dossier.durationMonths = months
    let report = FTAPGuichet().report(on: dossier)
    #expect(report.status == .incomplete)
    #expect(
      report.assessment.finding(for: FTAPRules.DeploymentStrategy.id)?.outcome
        == .missingInput([FieldPath("durationMonths")]))
    #expect(report.tranches.isEmpty)
  }
}
