import FranceRelanceModel
import Testing

@testable import FTAPGuichet

/// « Pour les demandes de financement supérieures à 200 000 euros ou s'étalant sur plus de
/// 6 mois, le financement sera débloqué par tranches. » (seed 004). The split itself is an
/// interpretation (see ``TrancheSchedule``).
@Suite("Tranches (seed 004)")
struct TrancheScheduleTests {
  func schedule(_ grant: String, _ start: String, _ months: Int) throws -> TrancheSchedule {
    try TrancheSchedule(grant: try Euros(parsing: grant), start: try CalendarDate(iso: start), durationMonths: months)
  }

  @Test(
    "Thresholds: above 200 000 € or above 6 months, both exclusive",
    arguments: [
      ("200000.00", 6, 1), ("200000.01", 6, 2), ("200000.00", 7, 2), ("150000.00", 12, 2), ("150000.00", 13, 3),
      ("900000.00", 24, 4), ("900000.00", 25, 5), ("250000.00", 1, 2),
    ])
  func thresholds(grant: String, months: Int, count: Int) throws {
    let plan = try schedule(grant, "2024-01-15", months)
    #expect(plan.count == count)
    #expect(plan.tranches.count == count)
  }

  @Test("Dates count from the start date and clamp to the month's end (31 August, leap years)")
  func dates() throws {
    let plan = try schedule("500000.00", "2023-08-31", 24)
    #expect(plan.tranches.map(\.date.isoString) == ["2023-08-31", "2024-02-29", "2024-08-31", "2025-02-28"])
    let century = try schedule("500000.00", "2099-08-31", 12)
    #expect(century.tranches.map(\.date.isoString) == ["2099-08-31", "2100-02-28"])
  }

  @Test(
    "ftap.tranches.split: a 4-month project asking 250 000 € is paid in two tranches; the second on its end date under withinProject, six months after the start under everySixMonths",
    arguments: [
      (FTAPReadings.TrancheSplit.withinProject, ["2024-01-31", "2024-05-31"]),
      (.everySixMonths, ["2024-01-31", "2024-07-31"]),
    ])
  func split(variant: FTAPReadings.TrancheSplit, dates: [String]) throws {
    let plan = try TrancheSchedule(
      grant: .thousands(250), start: try CalendarDate(iso: "2024-01-31"), durationMonths: 4, split: variant)
    #expect(plan.tranches.map(\.date.isoString) == dates)
    #expect(plan.tranches.map(\.amount) == [.thousands(125), .thousands(125)])
    // Beyond one milestone both splits agree: 18 months from 31 August 2023.
    let long = try TrancheSchedule(
      grant: .thousands(500), start: try CalendarDate(iso: "2023-08-31"), durationMonths: 18, split: variant)
    #expect(long.tranches.map(\.date.isoString) == ["2023-08-31", "2024-02-29", "2024-08-31"])
  }

  @Test("No tranche of 0 €: a grant of fewer cents than milestones has one tranche per cent")
  func noZeroTranche() throws {
    let plan = try TrancheSchedule(
      grant: Euros(uncheckedCents: 2), start: try CalendarDate(iso: "2024-01-01"), durationMonths: 36)
    #expect(plan.tranches.map(\.amount.cents) == [1, 1])
  }

  @Test("Equal amounts, the leftover cents on tranche 1, summing exactly to the grant")
  func amounts() throws {
    let plan = try schedule("500000.00", "2024-01-01", 18)
    #expect(plan.tranches.map(\.amount.decimalString) == ["166666.68", "166666.66", "166666.66"])
    #expect(try Euros.sum(plan.tranches.map(\.amount)) == .thousands(500))
    let single = try schedule("150000.00", "2024-01-01", 6)
    #expect(single.tranches == [Tranche(number: 1, date: try CalendarDate(iso: "2024-01-01"), amount: .thousands(150))])
  }

  @Test("A custom schedule must sum exactly to the grant and sit on milestones")
  func customSchedule() throws {
    let plan = try schedule("300000.00", "2024-01-31", 12)
    func tranche(_ number: Int, _ date: String, _ amount: String) throws -> Tranche {
      Tranche(number: number, date: try CalendarDate(iso: date), amount: try Euros(parsing: amount))
    }
    try plan.validate(custom: [try tranche(1, "2024-01-31", "100000.00"), try tranche(2, "2024-07-31", "200000.00")])
    try plan.validate(custom: [try tranche(1, "2024-01-31", "100000.00"), try tranche(2, "2025-01-31", "200000.00")])
    #expect(throws: TrancheSchedule.ScheduleError.sumMismatch(sum: .thousands(299), grant: .thousands(300))) {
      try plan.validate(custom: [try tranche(1, "2024-01-31", "100000.00"), try tranche(2, "2024-07-31", "199000.00")])
    }
    #expect(throws: TrancheSchedule.ScheduleError.offMilestone(2, try CalendarDate(iso: "2024-07-30"))) {
      try plan.validate(custom: [try tranche(1, "2024-01-31", "100000.00"), try tranche(2, "2024-07-30", "200000.00")])
    }
    #expect(throws: TrancheSchedule.ScheduleError.firstNotOnStart(try CalendarDate(iso: "2024-07-31"))) {
      try plan.validate(custom: [try tranche(1, "2024-07-31", "300000.00")])
    }
    #expect(throws: TrancheSchedule.ScheduleError.datesNotIncreasing(2)) {
      try plan.validate(custom: [try tranche(1, "2024-01-31", "100000.00"), try tranche(2, "2024-01-31", "200000.00")])
    }
    #expect(throws: TrancheSchedule.ScheduleError.misnumbered(3)) {
      try plan.validate(custom: [try tranche(1, "2024-01-31", "100000.00"), try tranche(3, "2024-07-31", "200000.00")])
    }
    #expect(throws: TrancheSchedule.ScheduleError.empty) { try plan.validate(custom: []) }
    #expect(throws: TrancheSchedule.ScheduleError.offMilestone(3, try CalendarDate(iso: "2025-07-31"))) {
      try plan.validate(custom: [
        try tranche(1, "2024-01-31", "100000.00"), try tranche(2, "2025-01-31", "100000.00"),
        try tranche(3, "2025-07-31", "100000.00"),
      ])
    }
  }
}
