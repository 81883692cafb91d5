import FranceRelanceModel
import Testing

@testable import FTAPGuichet

@Suite("FTAP guichet window (seed 004)")
struct FTAPWindowTests {
  @Test(
    "Open from « Janvier 2023 » (month precision) to « Fin 2025 »",
    arguments: [
      ("2022-12-31", DateWindow.Position.before), ("2023-01-01", .within(certainly: false)),
      ("2023-01-16", .within(certainly: false)), ("2023-01-31", .within(certainly: true)),
      ("2025-12-31", .within(certainly: true)), ("2026-01-01", .after),
    ])
  func window(day: String, position: DateWindow.Position) throws {
    #expect(FTAPGuichet().window.window.position(of: try CalendarDate(iso: day)) == position)
  }

  @Test("The window cites seed 004 and says how it reads « Fin 2025 »")
  func citations() {
    #expect(FTAPGuichet().window.citations.allSatisfy { $0.source == .ftapDataGuichet })
    #expect(FTAPGuichet().window.interpretation?.contains("31 décembre 2025") == true)
    #expect(FTAPGuichet.identifier.rawValue == "ftap-data-2023")
  }
}
