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

  @Test(
    "Every kind of invalid UTF-8 is refused, in a plain string and in one with escapes",
    arguments: [
      [0xC3, 0x28], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x80], [0xBF],
      [0xF8, 0x88, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFE], [0xFF], [0x61, 0xF0, 0x9F, 0x98],
    ] as [[UInt8]])
  func invalidUTF8Kinds(sequence: [UInt8]) {
    let quote = UInt8(ascii: "\"")
    #expect(throws: InterchangeError.self) { try JSONValue(parsing: [quote] + sequence + [quote]) }
    let escaped = [quote, UInt8(ascii: "\\"), UInt8(ascii: "n")] + sequence + [quote]
    #expect(throws: InterchangeError.self) { try JSONValue(parsing: escaped) }
  }

  @Test(
    "Valid UTF-8 strings decode to the same text, with or without escapes",
    arguments: ["Ministère des Armées", "données ouvertes — API", "€ 😀 ∑ 中文", "K\u{212A}", "e\u{301}"])
  func validUTF8(text: String) throws {
    let quote = UInt8(ascii: "\"")
    #expect(try JSONValue(parsing: [quote] + Array(text.utf8) + [quote]) == .string(text))
    let escaped = [quote] + Array(text.utf8) + Array(#"\t"#.utf8) + [quote]
    let decoded = try JSONValue(parsing: escaped)
    #expect(decoded == .string(text + "\t"))
    if case .string(let result) = decoded { #expect(Array(result.utf8) == Array(text.utf8) + [0x09]) }
  }

  @Test("Duplicated keys are refused with their path")
  func duplicateKeys() {
    #expect(throws: InterchangeError(.duplicateKey, at: FieldPath("applicant.kind"))) {
      try JSONValue(parsing: #"{"applicant": {"kind": "a", "kind": "b"}}"#)
    }
  }

  @Test(
    "A syntax error names the member and element it was found in",
    arguments: [
      (#"{"a": [1, {"b": tru}]}"#, FieldPath(components: [.key("a"), .index(1), .key("b")])),
      (#"{"a": {"b" 1}}"#, FieldPath(components: [.key("a"), .key("b")])),
      (#"{"a": [1, 2}"#, FieldPath(components: [.key("a")])),
      (#"[[], [0, 01]]"#, FieldPath(components: [.index(1), .index(1)])),
      (#"{"a": 1,}"#, FieldPath.root),
    ])
  func syntaxErrorPaths(text: String, path: FieldPath) {
    #expect {
      try JSONValue(parsing: text)
    } throws: { error in
      (error as? InterchangeError)?.path == path
    }
  }

  @Test("A duplicated key is found in small and in large objects", arguments: [3, 16, 17, 40])
  func duplicateKeysInLargeObjects(count: Int) {
    let members = (0..<count).map { #""k\#($0)": \#($0)"# } + [#""k2": 0"#]
    #expect(throws: InterchangeError(.duplicateKey, at: FieldPath("k2"))) {
      try JSONValue(parsing: "{" + members.joined(separator: ", ") + "}")
    }
    let distinct = (0..<count).map { #""k\#($0)": \#($0)"# }
    #expect((try? JSONValue(parsing: "{" + distinct.joined(separator: ", ") + "}")) != nil)
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

  @Test(
    "One line: every scalar the reader refuses in a reference is escaped, the text bounded; a report prints a reference built in code the same way"
  )
  func oneLine() {
    #expect(JSONObjectReader.escapingLineBreaks(in: "A\nB\u{200F}C\u{9B}") == "A\\u{A}B\\u{200F}C\\u{9B}")
    #expect(JSONObjectReader.escapingLineBreaks(in: "abcdef", limit: 3) == "abc…")
    var dossier = RelanceDossier(call: .aap1)
    dossier.reference = "X\u{200F}\nStatut : ÉLIGIBLE"
    let first = RelanceCall.aap1.report(on: dossier).frenchDescription.split(separator: "\n")[0]
    #expect(first.hasPrefix("Dossier X\\u{200F}\\u{A}Statut : ÉLIGIBLE — "))
  }
}
