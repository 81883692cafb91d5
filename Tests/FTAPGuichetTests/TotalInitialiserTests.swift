import FranceRelanceModel
import Testing

@testable import FTAPGuichet

/// Public initialisers on absurd values (issue #14, `Docs/HOSTILE_INPUT.md`): they throw or
/// stay within bounds, never trap nor allocate without bound.
@Suite("Total initialisers")
struct TotalInitialiserTests {
  static let start = try! CalendarDate(iso: "2024-01-15")

  @Test(
    "TrancheSchedule throws on a duration outside 1 to 600 months",
    arguments: [Int.max, Int.min, 0, -1, 601])
  func duration(months: Int) {
    #expect(throws: TrancheSchedule.ScheduleError.durationOutOfRange(months)) {
      try TrancheSchedule(grant: .thousands(300), start: Self.start, durationMonths: months)
    }
  }

  @Test("TrancheSchedule throws on a grant of zero or less")
  func grant() {
    #expect(throws: TrancheSchedule.ScheduleError.nonPositiveGrant(.zero)) {
      try TrancheSchedule(grant: .zero, start: Self.start, durationMonths: 12)
    }
  }

  @Test("A project that would end after 31 December 9999 gets no schedule (its tranches would share the last day)")
  func yearNineThousand() throws {
    let late = try CalendarDate(iso: "9999-06-01")
    #expect(throws: TrancheSchedule.ScheduleError.endBeyondCalendar(start: late, months: 12)) {
      try TrancheSchedule(grant: .thousands(300), start: late, durationMonths: 12)
    }
    // Six months fit: the end is 9999-12-01.
    let fits = try TrancheSchedule(grant: .thousands(300), start: late, durationMonths: 6)
    #expect(fits.tranches.map(\.date) == [late, try CalendarDate(iso: "9999-12-01")])
  }

  @Test("A dossier starting in 9999 whose project ends after the calendar is refused at startDate")
  func dossierInYear9999() throws {
    let json = try JSONValue(
      parsing: #"{"programme": "ftap-data-2023", "durationMonths": 12, "startDate": "9999-06-01"}"#)
    #expect(throws: InterchangeError.self) { try FTAPGuichet().dossier(from: json) }
    do {
      _ = try FTAPGuichet().dossier(from: json)
    } catch {
      #expect(error.path == FieldPath("startDate"))
    }
  }

  @Test("Jury weights and scales are bounded: no total overflows")
  func juryWeights() throws {
    let criteria = FTAPSelection.grid(for: [.proactiveAdministration]).entries.map(\.criterion)
    let grid = JuryGrid(entries: criteria.map { JuryGrid.Entry($0, weight: .max) }, maximumScore: .max)
    #expect(grid.entries.allSatisfy { $0.weight == JuryGrid.weightLimit })
    #expect(grid.maximumScore == JuryGrid.scoreLimit)
    #expect(grid.maximumTotal == criteria.count * JuryGrid.weightLimit * JuryGrid.scoreLimit)
    let scores = Dictionary(uniqueKeysWithValues: criteria.map { ($0.id, JuryGrid.scoreLimit) })
    #expect(try grid.score(reference: "X", scores: scores).total == grid.maximumTotal)
  }
}
