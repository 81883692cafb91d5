import FranceRelanceModel
import Testing

@testable import FTAPGuichet

/// The indicator computations of seed 004.
@Suite("Indicators (seed 004)")
struct IndicatorReportTests {
  @Test("Beneficiaries are split between information and automatic attribution")
  func beneficiaries() throws {
    let counts = try IndicatorReport.Beneficiaries(informed: 1_200, automatic: 300)
    #expect(counts.total == 1_500)
    #expect(throws: IndicatorReport.InvalidValue.negativeCount("automatic")) {
      try IndicatorReport.Beneficiaries(informed: 1, automatic: -1)
    }
    #expect(try IndicatorReport.Beneficiaries(informed: .max, automatic: 1).total == nil)
  }

  @Test(
    "Conversion rate: procedures completed / users contacted, undefined when nobody was contacted",
    arguments: [(240, 1_200, "20 %"), (1, 3, "33,33 %"), (0, 10, "0 %"), (5, 0, nil)] as [(Int, Int, String?)])
  func conversion(completed: Int, contacted: Int, rate: String?) throws {
    let conversion = try IndicatorReport.Conversion(proceduresCompleted: completed, usersContacted: contacted)
    #expect(conversion.rate?.description == rate)
  }

  @Test(
    "Access delay: exact median and mean in days",
    arguments: [
      ([3, 10, 5, 8], Int64(13), Int64(2), Int64(13), Int64(2)),  // median (5 + 8) / 2, mean 26 / 4
      ([7], 7, 1, 7, 1),
      ([1, 2, 100], 2, 1, 103, 3),
    ] as [([Int], Int64, Int64, Int64, Int64)])
  func accessDelay(
    days: [Int], medianNumerator: Int64, medianDenominator: Int64, meanNumerator: Int64, meanDenominator: Int64
  )
    throws
  {
    let delay = try IndicatorReport.AccessDelay(days: days)
    #expect(delay.median?.days == (try Rate(numerator: medianNumerator, denominator: medianDenominator)))
    #expect(delay.mean?.days == (try Rate(numerator: meanNumerator, denominator: meanDenominator)))
  }

  /// « Temps écoulé entre la demande d'accès et l'accès effectif à la donnée par un tiers »
  /// (seed 004) is a duration: a median of 6.5 days prints « 6,5 jours », never « 650 % ».
  @Test(
    "Access delays print as durations in days, never as percentages",
    arguments: [
      ([3, 10, 5, 8], "6,5 jours", "6,5 jours"), ([1], "1 jour", "1 jour"), ([1, 2], "1,5 jour", "1,5 jour"),
      ([1, 2, 100], "2 jours", "environ 34,33 jours"), ([0, 0, 1], "0 jour", "environ 0,33 jour"),
      ([2, 2, 3], "2 jours", "environ 2,33 jours"), ([1, 1, 1, 2, 2, 2], "1,5 jour", "1,5 jour"),
      ([0, 0, 2], "0 jour", "environ 0,67 jour"), ([199, 200, 200], "200 jours", "environ 199,67 jours"),
    ] as [([Int], String, String)])
  func accessDelayText(days: [Int], median: String, mean: String) throws {
    let delay = try IndicatorReport.AccessDelay(days: days)
    #expect(delay.median?.description == median)
    #expect(delay.mean?.description == mean)
    #expect(delay.median?.description.contains("%") == false)
  }

  @Test("Access delays come from dates too; none is undefined, never a crash")
  func accessDelayDates() throws {
    let delay = try IndicatorReport.AccessDelay(requests: [
      (try CalendarDate(iso: "2024-02-27"), try CalendarDate(iso: "2024-03-01")),
      (try CalendarDate(iso: "2023-02-27"), try CalendarDate(iso: "2023-03-01")),
    ])
    #expect(delay.days == [3, 2])
    let empty = try IndicatorReport.AccessDelay(days: [])
    #expect(empty.median == nil && empty.mean == nil)
    #expect(throws: IndicatorReport.InvalidValue.self) {
      try IndicatorReport.AccessDelay(requests: [
        (try CalendarDate(iso: "2024-03-02"), try CalendarDate(iso: "2024-03-01"))
      ])
    }
  }

  @Test("A report names the mandatory indicators it lacks")
  func missing() throws {
    var report = IndicatorReport()
    report.transmissions = 12_000
    let mandatory: [FTAPIndicator] = [.provisionTransmissions, .provisionReuses, .provisionAccessDelay]
    #expect(report.missing(from: mandatory) == [.provisionReuses, .provisionAccessDelay])
    report.reuses = 0
    report.accessDelay = try .init(days: [])
    #expect(report.missing(from: mandatory).isEmpty)
  }

  @Test("Every indicator has a French title, a definition and a citation of seed 004")
  func catalogue() {
    #expect(FTAPIndicator.allCases.count == 5)
    for indicator in FTAPIndicator.allCases {
      #expect(!indicator.frenchName.isEmpty && !indicator.definition.isEmpty)
      #expect(indicator.citation.source == .ftapDataGuichet)
    }
  }
}
