import Testing

@testable import FranceRelanceModel

@Suite("The strict JSON reader")
struct JSONValueTests {
  @Test(
    "Malformed documents are refused with a syntax error",
    arguments: [
      "", "   ", "nul", "{", "[1,]", "{\"a\":1,}", "01", "1.", "-", "NaN", "\"\\x\"", "\"abc", "{\"a\" 1}",
      "[1] [2]", "\"\\ud800\"", "\"\\udc00x\"", "{1:2}", "'a'", "tru", "\"\u{01}\"",
    ])
  func malformed(text: String) {
    #expect(throws: InterchangeError.self) { try JSONValue(parsing: text) }
  }

  @Test("Invalid UTF-8 in a string is refused")
  func invalidUTF8() {
    let bytes: [UInt8] = [0x22, 0xC3, 0x28, 0x22]
    #expect(throws: InterchangeError.self) { try JSONValue(parsing: bytes) }
  }

  @Test("Duplicated keys are refused with their path")
  func duplicateKeys() {
    #expect(throws: InterchangeError(.duplicateKey, at: FieldPath("applicant.kind"))) {
      try JSONValue(parsing: #"{"applicant": {"kind": "a", "kind": "b"}}"#)
    }
  }

  @Test("Nesting beyond the limit is refused, not a stack overflow")
  func deepNesting() {
    let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: InterchangeError.self) { try JSONValue(parsing: text) }
    let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect((try? JSONValue(parsing: ok)) != nil)
  }

  @Test("Escapes and surrogate pairs decode")
  func escapes() throws {
    #expect(try JSONValue(parsing: #""a\"b\\c\/\n\u00e9\ud83d\ude00""#) == .string("a\"b\\c/\né😀"))
  }

  @Test("Numbers keep their written form")
  func numbers() throws {
    #expect(
      try JSONValue(parsing: "[600000.50, -0, 1e400]")
        == .array([.number("600000.50"), .number("-0"), .number("1e400")]))
  }

  @Test("Serialising and parsing round trip")
  func roundTrip() throws {
    let value = JSONValue.object([
      "a": .array([.number("1"), .bool(true), .null, .string("é\u{01}\"")]), "b": .object([]), "c": .array([]),
    ])
    #expect(try JSONValue(parsing: value.serialized()) == value)
    #expect(try JSONValue(parsing: value.serialized(pretty: false)) == value)
  }

  @Test("Object readers refuse unknown keys and wrong types, naming the path")
  func objectReader() throws {
    let json = try JSONValue(parsing: #"{"totalCost": true, "other": 1}"#)
    #expect(throws: InterchangeError(.unknownField, at: FieldPath("other"))) {
      try JSONObjectReader(json, at: .root, keys: ["totalCost"])
    }
    let reader = try JSONObjectReader(json, at: .root, keys: ["totalCost", "other"])
    #expect(
      throws: InterchangeError(
        .wrongType(expected: "montant (chaîne ou nombre)", found: "booléen"), at: FieldPath("totalCost"))
    ) {
      try reader.amount("totalCost")
    }
    #expect(throws: InterchangeError.self) { try reader.integer("other", in: 2...3) }
  }
}
