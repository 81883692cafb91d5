import FranceRelanceModel
import Testing

@testable import FTAPGuichet

@Suite("FTAP guichet window (seed 004)")
struct FTAPWindowTests {
  @Test(
    "Open from « Janvier 2023 » to « Fin 2025 », both known to the month",
    arguments: [
      ("2022-12-31", DateWindow.Position.before), ("2023-01-01", .within(certainly: false)),
      ("2023-01-16", .within(certainly: false)), ("2023-01-31", .within(certainly: true)),
      ("2025-12-01", .within(certainly: true)), ("2025-12-02", .within(certainly: false)),
      ("2025-12-31", .within(certainly: false)), ("2026-01-01", .after),
    ])
  func window(day: String, position: DateWindow.Position) throws {
    #expect(FTAPGuichet().window.window.position(of: try CalendarDate(iso: day)) == position)
  }

  @Test("The window cites seed 004 and says how it reads « Fin 2025 »")
  func citations() {
    #expect(FTAPGuichet().window.citations.allSatisfy { $0.source == .ftapDataGuichet })
    // « Fin 2025 » gives no day: no day of December is printed as the closing.
    #expect(FTAPGuichet().window.interpretation?.contains("décembre 2025") == true)
    #expect(FTAPGuichet().window.interpretation?.contains("31 décembre 2025") == false)
    #expect(FTAPRules.Window.interpretation(FTAPGuichet().parameters)?.contains("31 décembre") == false)
    #expect(FTAPGuichet.identifier.rawValue == "ftap-data-2023")
  }
}
