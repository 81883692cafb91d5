import Testing

@testable import FranceRelanceModel

@Suite("SIRET validation")
struct SIRETTests {
  @Test("Luhn-valid SIRETs are accepted", arguments: ["13002526500013", "18004301600013", "21750000100011"])
  func valid(text: String) throws {
    #expect(try SIRET(text).digits == text)
  }

  @Test(
    "Malformed SIRETs are refused",
    arguments: [
      ("13002526500014", SIRET.Invalid.checkFailed), ("1300252650001", .wrongLength),
      ("130025265000133", .wrongLength), ("1300252650001A", .notDigits), ("130 025 265 00013", .wrongLength),
      // SIREN 000000000 identifies no one (00000000000000 passes Luhn; checked first).
      ("00000000000000", .zeroSIREN), ("00000000012349", .zeroSIREN),
    ])
  func invalid(text: String, error: SIRET.Invalid) {
    #expect(throws: error) { try SIRET(text) }
  }

  @Test(
    "La Poste: the head office by Luhn, other establishments by a digit sum multiple of 5",
    arguments: [
      ("35600000000048", true),  // head office, Luhn-valid
      ("35600000012341", true),  // 3+5+6+1+2+3+4+1 = 25: a multiple of 5, Luhn fails
      ("35600000012347", false),  // sum 31
      ("35600000012346", true),  // Luhn fails, sum 30
      ("35600000000105", true),  // Luhn-valid and sum 20
      ("35600000000014", false),  // Luhn-valid, but sum 19: not the head office, so refused
    ])
  func laPoste(text: String, valid: Bool) throws {
    if valid {
      #expect(try SIRET(text).siren == "356000000")
    } else {
      // La Poste's own rule is named in its error, not Luhn's.
      #expect(throws: SIRET.Invalid.laPosteCheckFailed) { try SIRET(text) }
    }
  }
}
