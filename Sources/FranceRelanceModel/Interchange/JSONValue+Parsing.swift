extension JSONValue {
  // MARK: Parsing

  /// The deepest nesting of arrays and objects the reader accepts.
  public static let nestingLimit = 64

  /// Parses a UTF-8 JSON document (RFC 8259), strictly.
  ///
  /// Refused, with the byte offset and the path reached: invalid UTF-8, control
  /// characters in strings, lone surrogates, numbers that break the JSON grammar (`NaN`,
  /// `01`, `1.`), trailing commas, duplicated keys, nesting beyond ``nestingLimit``,
  /// anything after the document. A leading UTF-8 byte-order mark is skipped.
  ///
  /// - Complexity: O(*n*) in the size of the document.
  /// - Throws: ``InterchangeError``.
  public init(parsing bytes: some Collection<UInt8>) throws(InterchangeError) {
    var reader = JSONReader(bytes: Array(bytes))
    self = try reader.document()
  }

  /// Parses a JSON document held in a string.
  ///
  /// - Throws: ``InterchangeError``.
  public init(parsing text: String) throws(InterchangeError) {
    try self.init(parsing: text.utf8)
  }
}

/// The recursive-descent reader behind ``JSONValue/init(parsing:)-(Collection<UInt8>)``.
///
/// An error's path is built as the error leaves each object member and array element
/// (`within(_:_:)`), so reading a valid document keeps no path at all.
struct JSONReader {
  let bytes: [UInt8]
  var index = 0
  /// Objects with at most this many members find a duplicated key by comparing it with
  /// the keys before it; larger ones use a set, so a hostile object with many keys stays
  /// linear.
  private static let linearKeyCheckLimit = 16

  init(bytes: [UInt8]) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  /// The path of an error raised at the level being read; the levels above prepend theirs.
  private var currentPath: FieldPath { .root }

  private func fail(_ message: String) -> InterchangeError {
    InterchangeError(.syntax(message, offset: index), at: currentPath)
  }

  /// The value `body` reads, with `component` put in front of the path of its error.
  private mutating func within(
    _ component: FieldPath.Component, _ body: (inout Self) throws(InterchangeError) -> JSONValue
  ) throws(InterchangeError) -> JSONValue {
    do throws(InterchangeError) {
      return try body(&self)
    } catch {
      throw InterchangeError(error.reason, at: FieldPath(components: [component] + error.path.components))
    }
  }

  mutating func document() throws(InterchangeError) -> JSONValue {
    skipWhitespace()
    guard index < bytes.count else { throw fail("document vide") }
    let value = try parseValue(depth: 0)
    skipWhitespace()
    guard index == bytes.count else { throw fail("contenu après la fin du document") }
    return value
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func parseValue(depth: Int) throws(InterchangeError) -> JSONValue {
    guard index < bytes.count else { throw fail("fin inattendue du document") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
    case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw fail("valeur attendue")
    }
  }

  private mutating func expectLiteral(_ literal: StaticString) throws(InterchangeError) {
    let count = literal.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw fail("valeur illisible") }
    let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
    for offset in 0..<count where bytes[index + offset] != expected[offset] {
      throw fail("valeur illisible")
    }
    index += count
  }

  private mutating func parseObject(depth: Int) throws(InterchangeError) -> JSONValue {
    guard depth <= JSONValue.nestingLimit else {
      throw InterchangeError(.nestingTooDeep(limit: JSONValue.nestingLimit), at: currentPath)
    }
    index += 1  // {
    var members: [JSONValue.Member] = []
    var keys: Set<String> = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw fail("clé entre guillemets attendue")
      }
      let key = try parseString()
      if members.count < Self.linearKeyCheckLimit {
        for member in members where member.key == key {
          throw InterchangeError(.duplicateKey, at: currentPath.appending(key))
        }
      } else {
        if keys.isEmpty { keys = Set(members.map(\.key)) }
        guard keys.insert(key).inserted else { throw InterchangeError(.duplicateKey, at: currentPath.appending(key)) }
      }
      skipWhitespace()
      let value = try within(.key(key)) { reader throws(InterchangeError) in
        guard reader.index < reader.bytes.count, reader.bytes[reader.index] == UInt8(ascii: ":") else {
          throw reader.fail("« : » attendu")
        }
        reader.index += 1
        reader.skipWhitespace()
        return try reader.parseValue(depth: depth)
      }
      members.append(JSONValue.Member(key, value))
      skipWhitespace()
      guard index < bytes.count else { throw fail("objet non terminé") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "}") else { throw fail("« , » ou « } » attendu") }
      index += 1
      return .object(members)
    }
  }

  private mutating func parseArray(depth: Int) throws(InterchangeError) -> JSONValue {
    guard depth <= JSONValue.nestingLimit else {
      throw InterchangeError(.nestingTooDeep(limit: JSONValue.nestingLimit), at: currentPath)
    }
    index += 1  // [
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      let value = try within(.index(elements.count)) { reader throws(InterchangeError) in
        try reader.parseValue(depth: depth)
      }
      elements.append(value)
      skipWhitespace()
      guard index < bytes.count else { throw fail("tableau non terminé") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "]") else { throw fail("« , » ou « ] » attendu") }
      index += 1
      return .array(elements)
    }
  }

  private mutating func parseNumber() throws(InterchangeError) -> String {
    let start = index
    func digit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, digit(bytes[index]) else { throw fail("nombre illisible") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, digit(bytes[index]) { throw fail("zéro en tête d'un nombre") }
    } else {
      while index < bytes.count, digit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count, digit(bytes[index]) else { throw fail("chiffre attendu après le point") }
      while index < bytes.count, digit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      guard index < bytes.count, digit(bytes[index]) else { throw fail("exposant illisible") }
      while index < bytes.count, digit(bytes[index]) { index += 1 }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private mutating func parseString() throws(InterchangeError) -> String {
    index += 1  // opening quote
    let start = index
    // Fast path: no escapes.
    var highBits: UInt8 = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        guard let text = Self.string(utf8: bytes[start..<index], isASCII: highBits < 0x80) else {
          throw InterchangeError(.syntax("chaîne qui n'est pas en UTF-8 valide", offset: start), at: currentPath)
        }
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      guard byte >= 0x20 else { throw fail("caractère de contrôle dans une chaîne") }
      highBits |= byte
      index += 1
    }
    // Slow path: decode escapes.
    var decoded = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        guard let text = Self.string(utf8: decoded[...], isASCII: false) else {
          throw InterchangeError(.syntax("chaîne qui n'est pas en UTF-8 valide", offset: start), at: currentPath)
        }
        index += 1
        return text
      }
      guard byte >= 0x20 else { throw fail("caractère de contrôle dans une chaîne") }
      if byte != UInt8(ascii: "\\") {
        decoded.append(byte)
        index += 1
        continue
      }
      index += 1
      guard index < bytes.count else { break }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): decoded.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): decoded.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "/"): decoded.append(UInt8(ascii: "/"))
      case UInt8(ascii: "b"): decoded.append(0x08)
      case UInt8(ascii: "f"): decoded.append(0x0C)
      case UInt8(ascii: "n"): decoded.append(0x0A)
      case UInt8(ascii: "r"): decoded.append(0x0D)
      case UInt8(ascii: "t"): decoded.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800...0xDBFF).contains(scalar) {
          guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          else { throw fail("demi-paire de substitution isolée") }
          index += 2
          let low = try hex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw fail("demi-paire de substitution isolée") }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
          throw fail("demi-paire de substitution isolée")
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw fail("point de code invalide") }
        decoded.append(contentsOf: UTF8.encode(unicode)!)
      default:
        throw fail("séquence d'échappement inconnue")
      }
    }
    throw fail("chaîne non terminée")
  }

  /// The string whose UTF-8 encoding is `bytes`, or `nil` when they are not valid UTF-8.
  ///
  /// `String(decoding:as:)` replaces invalid sequences by U+FFFD, so its result encodes
  /// back to the same bytes exactly when they were valid; ASCII bytes need no check. (This
  /// avoids `String(validating:as:)`, which is not specialised and looks up generic type
  /// metadata at run time on every string.)
  private static func string(utf8 bytes: ArraySlice<UInt8>, isASCII: Bool) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    return isASCII || text.utf8.elementsEqual(bytes) ? text : nil
  }

  private mutating func hex4() throws(InterchangeError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw fail("\\u suivi de quatre chiffres hexadécimaux attendu") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let nibble: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw fail("\\u suivi de quatre chiffres hexadécimaux attendu")
      }
      value = value << 4 | nibble
      index += 1
    }
    return value
  }
}
