/// A JSON document read once, strictly, into a flat list of tokens over its bytes: the
/// streaming form the dossier readers work on, with no tree and no `String` per value.
///
/// Reading checks the whole grammar as ``JSONValue/init(parsing:)-(Collection<UInt8>)``
/// does (the same errors, at the same offsets and paths) and records each value as a token:
/// its kind and the range of its bytes. A ``JSONObjectReader`` over the document then
/// looks a member up by comparing bytes, decodes a string only when a field asks for it,
/// and reads numbers from their digits, once. ``value`` builds the ``JSONValue`` tree for
/// the callers that want one.
///
/// ```swift
/// let document = try JSONDocument(parsing: Array(#"{"durationMonths": 18}"#.utf8))
/// let object = try JSONObjectReader(document, at: .root, keys: ["durationMonths"])
/// let months = try object.integer("durationMonths", in: 1...600)  // 18
/// ```
///
/// - Complexity: reading is O(*n*) in the size of the document; the tokens take 32 bytes
///   per value.
public struct JSONDocument: Sendable {
  // MARK: Stored properties

  /// The bytes and the tokens, shared by the copies of the document and by every reader
  /// of its objects (one reference to count, and reads with no reference counting).
  let storage: Storage

  /// The document's bytes. For a document built from a tree (``init(_:)``), each string's
  /// UTF-8 bytes unescaped and each number's lexeme, one after the other.
  var bytes: UnsafeBufferPointer<UInt8> { storage.bytes }
  /// The values in document order; a container's members or elements follow it, an
  /// object's as key, value, key, value.
  var tokens: UnsafeBufferPointer<Token> { storage.tokens }

  /// The memory of a document: its bytes and tokens, copied once into buffers this object
  /// owns and frees, and never written after. (It is `@unchecked Sendable` for that reason:
  /// nothing mutates it once created.)
  final class Storage: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>

    init(bytes: [UInt8], tokens: [Token]) {
      let byteBuffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
      _ = byteBuffer.initialize(from: bytes)
      let tokenBuffer = UnsafeMutableBufferPointer<Token>.allocate(capacity: tokens.count)
      _ = tokenBuffer.initialize(from: tokens)
      self.bytes = UnsafeBufferPointer(byteBuffer)
      self.tokens = UnsafeBufferPointer(tokenBuffer)
    }

    deinit {
      UnsafeMutableBufferPointer(mutating: bytes).deallocate()
      UnsafeMutableBufferPointer(mutating: tokens).deallocate()
    }
  }

  /// One value of the document.
  struct Token: Sendable {
    /// The JSON type of a value.
    enum Kind: UInt8, Sendable {
      case null, `false`, `true`, number, string, array, object
    }

    /// The value's type.
    var kind: Kind
    /// For a string, whether its bytes hold escapes (`\n`, `\u00E9`) to decode.
    var escaped = false
    /// For a string, whether its bytes are all ASCII.
    var ascii = true
    /// The first byte of a string's content (after its quote), of a number's lexeme, or a
    /// container's opening bracket.
    var start: Int
    /// The end of a string's content (its closing quote) or of a number's lexeme; for a
    /// container, the index of the token after its last descendant.
    var end: Int
    /// A container's number of members or elements.
    var count = 0
  }

  // MARK: Reading

  /// Reads a UTF-8 JSON document (RFC 8259), strictly, with the checks and errors of
  /// ``JSONValue/init(parsing:)-(Collection<UInt8>)``.
  ///
  /// - Complexity: O(*n*) in the size of the document.
  /// - Throws: ``InterchangeError`` with the byte offset and the path reached.
  public init(parsing bytes: some Collection<UInt8>) throws(InterchangeError) {
    let bytes = Array(bytes)
    let tokens = bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONTapeParser(bytes: buffer)
      return Result { () throws(InterchangeError) in
        try parser.document()
        return parser.tokens
      }
    }
    storage = Storage(bytes: bytes, tokens: try tokens.get())
  }

  /// Reads a JSON document held in a string.
  ///
  /// - Throws: ``InterchangeError``.
  public init(parsing text: String) throws(InterchangeError) {
    try self.init(parsing: text.utf8)
  }

  /// The document of a tree, so that a value built in code is read by the same readers as
  /// one read from bytes. Nothing is checked: a tree's duplicated keys stay (a reader finds
  /// the first).
  ///
  /// - Complexity: O(*n*) in the size of the tree.
  public init(_ value: JSONValue) {
    var bytes: [UInt8] = []
    var tokens: [Token] = []
    Self.append(value, bytes: &bytes, tokens: &tokens)
    storage = Storage(bytes: bytes, tokens: tokens)
  }

  private static func append(_ value: JSONValue, bytes: inout [UInt8], tokens: inout [Token]) {
    switch value {
    case .null: tokens.append(Token(kind: .null, start: bytes.count, end: bytes.count))
    case .bool(let flag): tokens.append(Token(kind: flag ? .true : .false, start: bytes.count, end: bytes.count))
    case .number(let lexeme): tokens.append(text(lexeme, as: .number, bytes: &bytes))
    case .string(let text): tokens.append(Self.text(text, as: .string, bytes: &bytes))
    case .array(let elements):
      let open = tokens.count
      tokens.append(Token(kind: .array, start: bytes.count, end: 0, count: elements.count))
      for element in elements { append(element, bytes: &bytes, tokens: &tokens) }
      tokens[open].end = tokens.count
    case .object(let members):
      let open = tokens.count
      tokens.append(Token(kind: .object, start: bytes.count, end: 0, count: members.count))
      for member in members {
        tokens.append(text(member.key, as: .string, bytes: &bytes))
        append(member.value, bytes: &bytes, tokens: &tokens)
      }
      tokens[open].end = tokens.count
    }
  }

  private static func text(_ text: String, as kind: Token.Kind, bytes: inout [UInt8]) -> Token {
    let start = bytes.count
    bytes.append(contentsOf: text.utf8)
    return Token(kind: kind, ascii: text.utf8.allSatisfy { $0 < 0x80 }, start: start, end: bytes.count)
  }

  // MARK: Values

  /// The document as a tree.
  public var value: JSONValue { value(at: 0) }

  /// The French name of the JSON type of the root value, for error messages.
  public var typeName: String { typeName(at: 0) }

  /// The index of the token after the value at `index` and its descendants.
  @inline(__always)
  func next(after index: Int) -> Int { Self.next(after: index, in: tokens[index]) }

  /// The index of the token after `token`, at `index`, and its descendants: the reader
  /// walks the tokens it has read with it too.
  @inline(__always)
  static func next(after index: Int, in token: Token) -> Int {
    token.kind.rawValue >= Token.Kind.array.rawValue ? token.end : index + 1
  }

  /// The French name of the type of the value at `index`, as ``JSONValue/typeName`` gives it.
  func typeName(at index: Int) -> String {
    switch tokens[index].kind {
    case .null: "null"
    case .false, .true: "booléen"
    case .number: "nombre"
    case .string: "chaîne"
    case .array: "tableau"
    case .object: "objet"
    }
  }

  /// The tree of the value at `index`.
  func value(at index: Int) -> JSONValue {
    let token = tokens[index]
    switch token.kind {
    case .null: return .null
    case .false: return .bool(false)
    case .true: return .bool(true)
    case .number: return .number(lexeme(at: index))
    case .string: return .string(text(at: index))
    case .array:
      var elements: [JSONValue] = []
      elements.reserveCapacity(token.count)
      var element = index + 1
      for _ in 0..<token.count {
        elements.append(value(at: element))
        element = next(after: element)
      }
      return .array(elements)
    case .object:
      var members: [JSONValue.Member] = []
      members.reserveCapacity(token.count)
      var key = index + 1
      for _ in 0..<token.count {
        members.append(JSONValue.Member(text(at: key), value(at: key + 1)))
        key = next(after: key + 1)
      }
      return .object(members)
    }
  }

  /// The lexeme of the number at `index`.
  func lexeme(at index: Int) -> String {
    let token = tokens[index]
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
  }

  /// The text of the string at `index`, its escapes decoded (the reader checked them and
  /// the UTF-8).
  func text(at index: Int) -> String { Self.text(of: tokens[index], in: bytes) }

  /// The text of a string token over `bytes`, its escapes decoded.
  static func text(of token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    let content = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
    guard token.escaped else { return String(decoding: content, as: UTF8.self) }
    return String(decoding: unescaped(content), as: UTF8.self)
  }

  /// Whether the string at `index` is `key`, byte for byte (after decoding its escapes).
  @inline(__always)
  func text(at index: Int, equals key: UnsafeBufferPointer<UInt8>) -> Bool {
    let token = tokens[index]
    guard !token.escaped else { return text(at: index).utf8.elementsEqual(key) }
    guard token.end - token.start == key.count else { return false }
    var offset = 0
    while offset < key.count {
      guard bytes[token.start + offset] == key[offset] else { return false }
      offset += 1
    }
    return true
  }

  /// Whether the strings at `first` and `second` are equal as Swift compares strings
  /// (canonical equivalence): the duplicated-key check of the reader. Two ASCII strings
  /// without escapes are compared as bytes.
  func text(at first: Int, equalsTextAt second: Int) -> Bool {
    Self.text(of: tokens[first], equalsTextOf: tokens[second], in: bytes)
  }

  /// Whether two string tokens over `bytes` are equal as Swift compares strings.
  static func text(of a: Token, equalsTextOf b: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.ascii, b.ascii, !a.escaped, !b.escaped else { return text(of: a, in: bytes) == text(of: b, in: bytes) }
    guard a.end - a.start == b.end - b.start else { return false }
    return bytes[a.start..<a.end].elementsEqual(bytes[b.start..<b.end])
  }

  /// The bytes of a string's content with its escapes decoded; the escapes were checked
  /// when the document was read.
  static func unescaped(_ content: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var decoded: [UInt8] = []
    decoded.reserveCapacity(content.count)
    var index = 0
    func hex4() -> UInt32 {
      var value: UInt32 = 0
      for _ in 0..<4 {
        let byte = content[index]
        index += 1
        value = value << 4 | UInt32(Self.hexValue(byte) ?? 0)
      }
      return value
    }
    while index < content.count {
      let byte = content[index]
      index += 1
      guard byte == UInt8(ascii: "\\") else {
        decoded.append(byte)
        continue
      }
      let escape = content[index]
      index += 1
      switch escape {
      case UInt8(ascii: "b"): decoded.append(0x08)
      case UInt8(ascii: "f"): decoded.append(0x0C)
      case UInt8(ascii: "n"): decoded.append(0x0A)
      case UInt8(ascii: "r"): decoded.append(0x0D)
      case UInt8(ascii: "t"): decoded.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = hex4()
        if (0xD800...0xDBFF).contains(scalar) {
          index += 2  // \u
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (hex4() - 0xDC00)
        }
        if let unicode = Unicode.Scalar(scalar), let encoded = UTF8.encode(unicode) {
          decoded.append(contentsOf: encoded)
        }
      default: decoded.append(escape)  // " \ /
      }
    }
    return decoded
  }

  /// The value of a hexadecimal digit, or `nil` for another byte.
  @inline(__always)
  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
