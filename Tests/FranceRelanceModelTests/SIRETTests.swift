import Testing

@testable import FranceRelanceModel

@Suite("SIRET validation")
struct SIRETTests {
  @Test("Luhn-valid SIRETs are accepted", arguments: ["13002526500013", "18004301600013", "35600000000048"])
  func valid(text: String) throws {
    #expect(try SIRET(text).digits == text)
  }

  @Test(
    "Malformed SIRETs are refused",
    arguments: [
      ("13002526500014", SIRET.Invalid.checkFailed), ("1300252650001", .wrongLength),
      ("130025265000133", .wrongLength), ("1300252650001A", .notDigits), ("130 025 265 00013", .wrongLength),
    ])
  func invalid(text: String, error: SIRET.Invalid) {
    #expect(throws: error) { try SIRET(text) }
  }

  @Test("La Poste establishments are valid when their digits sum to a multiple of 5")
  func laPoste() throws {
    // 356000000 + NIC 12347: Luhn fails, digit sum 3+5+6+1+2+3+4+7 = 31, not a multiple of 5.
    #expect(throws: SIRET.Invalid.checkFailed) { try SIRET("35600000012347") }
    // NIC 12341: Luhn fails, digit sum 3+5+6+1+2+3+4+1 = 25, a multiple of 5.
    #expect(SIRET.luhnSum([3, 5, 6, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 1].map { $0 }) % 10 != 0)
    #expect(try SIRET("35600000012341").siren == "356000000")
  }
}
