import TestSupport
import Testing

@testable import FranceRelanceModel

@Suite("Calendar dates, quarters and windows")
struct CalendarTests {
  @Test(
    "Dates are written with their zeros and their French names",
    arguments: [
      (1, 1, 1, "0001-01-01", "1er janvier 1"), (9999, 12, 31, "9999-12-31", "31 décembre 9999"),
      (2023, 9, 9, "2023-09-09", "9 septembre 2023"), (2024, 2, 29, "2024-02-29", "29 février 2024"),
      (2020, 8, 10, "2020-08-10", "10 août 2020"), (987, 10, 1, "0987-10-01", "1er octobre 987"),
    ])
  func writtenForms(year: Int, month: Int, day: Int, iso: String, french: String) throws {
    let date = try CalendarDate(year: year, month: month, day: day)
    #expect(date.isoString == iso)
    #expect(date.description == iso)
    #expect(date.frenchDescription == french)
  }

  @Test(
    "Impossible dates are refused",
    arguments: [
      "2023-02-29", "2100-02-29", "0000-00-00", "2023-13-01", "2023-04-31", "2023-1-5", "2023-01-16T00:00",
      "20230116", "2023-00-10", "2023-01-00", "abcd-ef-gh",
    ])
  func impossibleDates(text: String) {
    #expect(throws: CalendarDate.InvalidDate.self) { try CalendarDate(iso: text) }
  }

  @Test("Leap days exist in leap years only", arguments: ["2024-02-29", "2000-02-29", "2020-02-29"])
  func leapDays(text: String) throws {
    #expect(try CalendarDate(iso: text).isoString == text)
  }

  @Test(
    "Adding months clamps to the end of a shorter month",
    arguments: [
      ("2023-08-31", 6, "2024-02-29"), ("2023-08-31", 18, "2025-02-28"), ("2021-01-31", 1, "2021-02-28"),
      ("2020-11-16", 6, "2021-05-16"), ("2021-03-31", -1, "2021-02-28"), ("2023-01-15", 0, "2023-01-15"),
      ("9999-12-31", 5, "9999-12-31"),
    ])
  func addingMonths(start: String, months: Int, expected: String) throws {
    #expect(try CalendarDate(iso: start).adding(months: months).isoString == expected)
  }

  @Test("Day numbers round trip over four centuries")
  func dayNumbers() throws {
    let epoch = try CalendarDate(iso: "1970-01-01")
    #expect(epoch.daysSinceEpoch == 0)
    var day = try CalendarDate(iso: "1900-01-01")
    var number = day.daysSinceEpoch
    for _ in 0..<(400 * 366) {
      let next = try #require(day.adding(days: 1))
      #expect(next.daysSinceEpoch == number + 1)
      #expect(next > day)
      day = next
      number += 1
    }
    #expect(try CalendarDate(iso: "2020-11-16").days(to: CalendarDate(iso: "2020-12-19")) == 33)
  }

  @Test("Dates order as (year, month, day) and as their day numbers")
  func ordering() throws {
    var generator = SplitMix64(seed: 2026)
    for _ in 0..<10_000 {
      let first = try #require(CalendarDate(daysSinceEpoch: Int.random(in: -719_162...2_932_896, using: &generator)))
      let second = try #require(
        CalendarDate(daysSinceEpoch: first.daysSinceEpoch + Int.random(in: -800...800, using: &generator)))
      #expect((first < second) == ((first.year, first.month, first.day) < (second.year, second.month, second.day)))
      #expect((first < second) == (first.daysSinceEpoch < second.daysSinceEpoch))
      #expect((first == second) == (first.daysSinceEpoch == second.daysSinceEpoch))
    }
    #expect(try CalendarDate(year: 1, month: 1, day: 1) < CalendarDate(year: 9999, month: 12, day: 31))
    #expect(try CalendarDate(year: 2023, month: 12, day: 31) < CalendarDate(year: 2024, month: 1, day: 1))
  }

  @Test("Quarters know their days")
  func quarters() throws {
    let quarter = try Quarter(parsing: "2021-Q2")
    #expect(quarter.firstDay.isoString == "2021-04-01")
    #expect(quarter.lastDay.isoString == "2021-06-30")
    #expect(quarter.frenchDescription == "T2 2021")
    #expect(try CalendarDate(iso: "2021-11-11").quarter == Quarter(parsing: "2021-Q4"))
    #expect(throws: CalendarDate.InvalidDate.self) { try Quarter(parsing: "2021-Q5") }
  }

  @Test("A quarter window holds every day of the quarter, none certainly")
  func quarterWindow() throws {
    let window = DateWindow(quarter: try Quarter(parsing: "2021-Q2"))
    #expect(window.position(of: try CalendarDate(iso: "2021-03-31")) == .before)
    #expect(window.position(of: try CalendarDate(iso: "2021-04-01")) == .within(certainly: false))
    #expect(window.position(of: try CalendarDate(iso: "2021-06-30")) == .within(certainly: false))
    #expect(window.position(of: try CalendarDate(iso: "2021-07-01")) == .after)
    #expect(window.precision == .quarter)
  }

  @Test("A window opening in a month is certain only after that month")
  func monthWindow() throws {
    let window = try DateWindow(
      opening: .month(of: CalendarDate(iso: "2023-01-01")), closing: .day(CalendarDate(iso: "2025-12-31")))
    #expect(window.position(of: try CalendarDate(iso: "2022-12-31")) == .before)
    #expect(window.position(of: try CalendarDate(iso: "2023-01-10")) == .within(certainly: false))
    #expect(window.position(of: try CalendarDate(iso: "2023-01-31")) == .within(certainly: true))
    #expect(window.position(of: try CalendarDate(iso: "2025-12-31")) == .within(certainly: true))
    #expect(window.position(of: try CalendarDate(iso: "2026-01-01")) == .after)
    #expect(throws: DateWindow.InvalidWindow.self) {
      try DateWindow(from: CalendarDate(iso: "2021-01-02"), through: CalendarDate(iso: "2021-01-01"))
    }
  }

  @Test("A dated parameter gives the value in force on a day")
  func datedParameter() throws {
    let rate = RelancePlan.coFinancingRate
    #expect(rate.value(on: try CalendarDate(iso: "2020-11-15")) == nil)
    #expect(rate.value(on: try CalendarDate(iso: "2020-11-16")) == .percent(75))
    #expect(rate.value(on: try CalendarDate(iso: "2025-01-01")) == .percent(75))
  }
}
