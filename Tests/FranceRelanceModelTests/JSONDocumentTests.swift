import Testing

@testable import FranceRelanceModel

@Suite("The streaming reader: a document read into tokens, its members read from bytes")
struct JSONDocumentTests {
  // MARK: Tokens and trees

  @Test(
    "A document's tree is the tree the text describes, escapes decoded",
    arguments: [
      (
        #"{"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}}"#,
        JSONValue.object([
          .init("a", .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null])),
          .init("b", .object([.init("c", .string("d"))])),
        ])
      ),
      (
        #"["\u00e9t\u00E9", "\ud83d\ude00", "a\"b\\c\/d\n"]"#,
        JSONValue.array([.string("été"), .string("😀"), .string("a\"b\\c/d\n")])
      ),
      (#"{}"#, JSONValue.object([])),
      (#"[[], {}, ""]"#, JSONValue.array([.array([]), .object([]), .string("")])),
    ])
  func tree(text: String, expected: JSONValue) throws {
    #expect(try JSONDocument(parsing: text).value == expected)
  }

  @Test("A tree's document reads back as the same tree, duplicated keys and deep nesting kept")
  func treeDocument() {
    var deep = JSONValue.string("fond")
    for _ in 0..<100 { deep = .array([deep]) }
    let tree = JSONValue.object([.init("k", .number("1")), .init("k", .string("é\n")), .init("deep", deep)])
    #expect(JSONDocument(tree).value == tree)
  }

  @Test(
    "Keys that are the same string once decoded are duplicates; keys that only look alike are not",
    arguments: [
      (#"{"a": 1, "\u0061": 2}"#, true), (#"{"é": 1, "e\u0301": 2}"#, true), (#"{"\u00e9": 1, "é": 2}"#, true),
      (#"{"k": 1, "\u212A": 2}"#, false), (#"{"ab": 1, "a": 2}"#, false),
    ])
  func duplicates(text: String, duplicated: Bool) {
    let result = Result { () throws(InterchangeError) in try JSONDocument(parsing: text) }
    if duplicated {
      guard case .failure(let error) = result else {
        Issue.record("accepted")
        return
      }
      #expect(error.reason == .duplicateKey)
    } else {
      #expect((try? result.get()) != nil)
    }
  }

  // MARK: Reading members

  @Test("A member's key is matched byte for byte, its escapes decoded first")
  func escapedKey() throws {
    let document = try JSONDocument(parsing: #"{"dur\u0061tionMonths": 18, "name": "x"}"#)
    let object = try JSONObjectReader(document, at: .root, keys: ["durationMonths", "name"])
    #expect(try object.integer("durationMonths", in: 1...600) == 18)
    #expect(throws: InterchangeError(.unknownField, at: FieldPath("durationMonth"))) {
      try JSONObjectReader(
        JSONDocument(parsing: #"{"durationMonth": 18}"#), at: .root, keys: ["durationMonths"])
    }
  }

  @Test(
    "Whole numbers are read from their digits: sign, range, fraction and exponent",
    arguments: [
      ("18", 18 as Int?), ("600", 600), ("-0", nil), ("601", nil), ("0", nil), ("1.0", nil), ("1e1", nil),
      ("99999999999999999999999", nil), ("-99999999999999999999999", nil),
    ])
  func integers(lexeme: String, expected: Int?) throws {
    let object = try JSONObjectReader(JSONDocument(parsing: #"{"n": "# + lexeme + "}"), at: .root, keys: ["n"])
    let result = Result { () throws(InterchangeError) in try object.integer("n", in: 1...600) }
    switch result {
    case .success(let value): #expect(value == expected)
    case .failure(let error):
      #expect(expected == nil)
      if lexeme.contains(".") || lexeme.contains("e") {
        #expect(error.reason == .wrongType(expected: "nombre entier", found: "nombre décimal"))
      } else {
        #expect(error.reason == .outOfRange("nombre hors de 1 à 600"))
      }
    }
    #expect(
      try JSONObjectReader(JSONDocument(parsing: #"{"n": -0}"#), at: .root, keys: ["n"]).integer("n", in: -1...1) == 0)
  }

  @Test("A string member read from the document is the tree's string; a control character, escaped or not, is refused")
  func strings() throws {
    let document = try JSONDocument(parsing: #"{"a": "caf\u00e9 \"x\"", "b": "x\u0001", "c": "x"# + "\u{7F}" + #""}"#)
    let object = try JSONObjectReader(document, at: .root, keys: ["a", "b", "c"])
    #expect(try object.string("a") == "café \"x\"")
    #expect(throws: InterchangeError.self) { try object.string("b") }
    #expect(throws: InterchangeError.self) { try object.string("c") }
  }

  @Test("An array of objects is read element by element, each error naming its element")
  func objects() throws {
    let document = try JSONDocument(parsing: #"{"t": [{"a": 1}, {"a": 2, "z": 3}]}"#)
    let object = try JSONObjectReader(document, at: .root, keys: ["t"])
    #expect(throws: InterchangeError(.unknownField, at: FieldPath(components: [.key("t"), .index(1), .key("z")]))) {
      try object.objects("t", keys: ["a"])
    }
    let first = try #require(
      try JSONObjectReader(
        JSONDocument(parsing: #"{"t": [{"a": 1}]}"#), at: .root, keys: ["t"]
      ).objects("t", keys: ["a"])?.first)
    #expect(first.path == FieldPath(components: [.key("t"), .index(0)]))
    #expect(try first.integer("a", in: 0...9) == 1)
  }

  @Test("A reader of a document and a reader of its tree read the same members")
  func documentAndTree() throws {
    let text = #"{"s": "é", "n": 12, "b": true, "z": null, "o": {"x": [1, "2"]}, "d": "2024-02-29", "m": "12.50"}"#
    let document = try JSONDocument(parsing: text)
    let keys: Set<String> = ["s", "n", "b", "z", "o", "d", "m"]
    let streaming = try JSONObjectReader(document, at: .root, keys: keys)
    let tree = try JSONObjectReader(JSONValue(parsing: text), at: .root, keys: keys)
    for reader in [streaming, tree] {
      #expect(try reader.string("s") == "é")
      #expect(try reader.integer("n", in: 0...99) == 12)
      #expect(try reader.bool("b") == true)
      #expect(reader.value("z") == nil && !reader.contains("z"))
      #expect(reader.value("o") == .object([.init("x", .array([.number("1"), .string("2")]))]))
      #expect(try reader.date("d") == CalendarDate(year: 2024, month: 2, day: 29))
      #expect(try reader.amount("m") == Euros(cents: 1_250))
    }
    #expect(streaming.members == tree.members)
  }
}
