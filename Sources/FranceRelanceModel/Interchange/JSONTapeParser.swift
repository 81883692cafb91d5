/// The recursive-descent reader behind ``JSONDocument/init(parsing:)-(Collection<UInt8>)``:
/// it checks the grammar and records each value as a token, without building a tree or a
/// string.
///
/// An error's path is built as the error leaves each object member and array element
/// (`within(_:_:)`), so reading a valid document keeps no path at all.
struct JSONTapeParser {
  // MARK: State

  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  /// The tokens read so far.
  private(set) var tokens: [JSONDocument.Token] = []
  /// Objects with at most this many members find a duplicated key by comparing it with
  /// the keys before it; larger ones use a set, so a hostile object with many keys stays
  /// linear.
  private static let linearKeyCheckLimit = 16

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    tokens.reserveCapacity(bytes.count / 8 + 4)
  }

  // MARK: Errors

  /// The path of an error raised at the level being read; the levels above prepend theirs.
  private var currentPath: FieldPath { .root }

  private func fail(_ message: String) -> InterchangeError {
    InterchangeError(.syntax(message, offset: index), at: currentPath)
  }

  /// Where `within(_:_:)` reads: the value of the member whose key is the token at an
  /// index, or an array's element at an offset.
  private enum Level {
    case member(keyToken: Int)
    case element(Int)
  }

  /// Runs `body`, putting the path component of `level` in front of the path of its error.
  @inline(__always)
  private mutating func within(_ level: Level, _ body: (inout Self) throws(InterchangeError) -> Void)
    throws(InterchangeError)
  {
    do throws(InterchangeError) {
      try body(&self)
    } catch {
      let component: FieldPath.Component =
        switch level {
        case .member(let key): .key(keyText(key))
        case .element(let offset): .index(offset)
        }
      throw InterchangeError(error.reason, at: FieldPath(components: [component] + error.path.components))
    }
  }

  /// The text of the key token at `index`, for an error's path.
  private func keyText(_ index: Int) -> String { JSONDocument.text(of: tokens[index], in: bytes) }

  // MARK: Grammar

  mutating func document() throws(InterchangeError) {
    skipWhitespace()
    guard index < bytes.count else { throw fail("document vide") }
    try parseValue(depth: 0)
    skipWhitespace()
    guard index == bytes.count else { throw fail("contenu après la fin du document") }
  }

  @inline(__always)
  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func parseValue(depth: Int) throws(InterchangeError) {
    guard index < bytes.count else { throw fail("fin inattendue du document") }
    switch bytes[index] {
    case UInt8(ascii: "{"): try parseObject(depth: depth + 1)
    case UInt8(ascii: "["): try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""): try parseString()
    case UInt8(ascii: "t"): try literal("true", .true)
    case UInt8(ascii: "f"): try literal("false", .false)
    case UInt8(ascii: "n"): try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
    default: throw fail("valeur attendue")
    }
  }

  private mutating func literal(_ literal: StaticString, _ kind: JSONDocument.Token.Kind) throws(InterchangeError) {
    let count = literal.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw fail("valeur illisible") }
    let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
    for offset in 0..<count where bytes[index + offset] != expected[offset] {
      throw fail("valeur illisible")
    }
    tokens.append(.init(kind: kind, start: index, end: index + count))
    index += count
  }

  private mutating func parseObject(depth: Int) throws(InterchangeError) {
    guard depth <= JSONValue.nestingLimit else {
      throw InterchangeError(.nestingTooDeep(limit: JSONValue.nestingLimit), at: currentPath)
    }
    let open = tokens.count
    tokens.append(.init(kind: .object, start: index, end: 0))
    index += 1  // {
    var count = 0
    var keys: Set<String> = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      tokens[open].end = tokens.count
      return
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw fail("clé entre guillemets attendue")
      }
      let key = tokens.count
      try parseString()
      try checkDistinct(key: key, in: open, count: count, keys: &keys)
      skipWhitespace()
      try within(.member(keyToken: key)) { parser throws(InterchangeError) in
        guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: ":") else {
          throw parser.fail("« : » attendu")
        }
        parser.index += 1
        parser.skipWhitespace()
        try parser.parseValue(depth: depth)
      }
      count += 1
      skipWhitespace()
      guard index < bytes.count else { throw fail("objet non terminé") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "}") else { throw fail("« , » ou « } » attendu") }
      index += 1
      tokens[open].end = tokens.count
      tokens[open].count = count
      return
    }
  }

  /// Refuses the key at `key` when an earlier key of the object at `open` is the same
  /// string (as Swift compares strings).
  private func checkDistinct(key: Int, in open: Int, count: Int, keys: inout Set<String>) throws(InterchangeError) {
    if count < Self.linearKeyCheckLimit {
      var earlier = open + 1
      for _ in 0..<count {
        if text(at: earlier, equalsTextAt: key) {
          throw InterchangeError(.duplicateKey, at: currentPath.appending(keyText(key)))
        }
        earlier = next(after: earlier + 1)
      }
      return
    }
    if keys.isEmpty {
      var earlier = open + 1
      for _ in 0..<count {
        keys.insert(keyText(earlier))
        earlier = next(after: earlier + 1)
      }
    }
    guard keys.insert(keyText(key)).inserted else {
      throw InterchangeError(.duplicateKey, at: currentPath.appending(keyText(key)))
    }
  }

  /// ``JSONDocument/next(after:)`` on the tokens read so far.
  private func next(after index: Int) -> Int { JSONDocument.next(after: index, in: tokens[index]) }

  /// ``JSONDocument/text(at:equalsTextAt:)`` on the tokens read so far.
  private func text(at first: Int, equalsTextAt second: Int) -> Bool {
    JSONDocument.text(of: tokens[first], equalsTextOf: tokens[second], in: bytes)
  }

  private mutating func parseArray(depth: Int) throws(InterchangeError) {
    guard depth <= JSONValue.nestingLimit else {
      throw InterchangeError(.nestingTooDeep(limit: JSONValue.nestingLimit), at: currentPath)
    }
    let open = tokens.count
    tokens.append(.init(kind: .array, start: index, end: 0))
    index += 1  // [
    var count = 0
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      tokens[open].end = tokens.count
      return
    }
    while true {
      skipWhitespace()
      try within(.element(count)) { parser throws(InterchangeError) in try parser.parseValue(depth: depth) }
      count += 1
      skipWhitespace()
      guard index < bytes.count else { throw fail("tableau non terminé") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "]") else { throw fail("« , » ou « ] » attendu") }
      index += 1
      tokens[open].end = tokens.count
      tokens[open].count = count
      return
    }
  }

  private mutating func parseNumber() throws(InterchangeError) {
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
    tokens.append(.init(kind: .number, start: start, end: index))
  }

  /// Reads a string: its escapes are checked (and decoded only when the text is asked
  /// for), then, at the closing quote, its UTF-8. An escape decodes to a whole UTF-8
  /// sequence, so the raw bytes are valid UTF-8 exactly when the decoded ones are.
  private mutating func parseString() throws(InterchangeError) {
    index += 1  // opening quote
    let start = index
    var highBits: UInt8 = 0
    var escaped = false
    var escapesNonASCII = false
    while true {
      // Eight bytes at a time while none is a quote, a backslash or a control character.
      while index + 8 <= bytes.count {
        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
        guard !JSONValue.needsEscape(word) else { break }
        if word & 0x8080_8080_8080_8080 != 0 { highBits |= 0x80 }
        index += 8
      }
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        if highBits >= 0x80, !Self.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[start..<index])) {
          throw InterchangeError(.syntax("chaîne qui n'est pas en UTF-8 valide", offset: start), at: currentPath)
        }
        tokens.append(
          .init(kind: .string, escaped: escaped, ascii: highBits < 0x80 && !escapesNonASCII, start: start, end: index))
        index += 1
        return
      }
      guard byte >= 0x20 else { throw fail("caractère de contrôle dans une chaîne") }
      index += 1
      guard byte == UInt8(ascii: "\\") else {
        highBits |= byte
        continue
      }
      escaped = true
      guard index < bytes.count else { break }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
        UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
        continue
      case UInt8(ascii: "u"):
        let scalar = try hex4()
        // An escaped non-ASCII character makes the decoded text non-ASCII.
        if scalar >= 0x80 { escapesNonASCII = true }
        if (0xD800...0xDBFF).contains(scalar) {
          guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
          else { throw fail("demi-paire de substitution isolée") }
          index += 2
          let low = try hex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw fail("demi-paire de substitution isolée") }
        } else if (0xDC00...0xDFFF).contains(scalar) {
          throw fail("demi-paire de substitution isolée")
        }
      default:
        throw fail("séquence d'échappement inconnue")
      }
    }
    throw fail("chaîne non terminée")
  }

  private mutating func hex4() throws(InterchangeError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw fail("\\u suivi de quatre chiffres hexadécimaux attendu") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let nibble = JSONDocument.hexValue(bytes[index]) else {
        throw fail("\\u suivi de quatre chiffres hexadécimaux attendu")
      }
      value = value << 4 | UInt32(nibble)
      index += 1
    }
    return value
  }

  // MARK: UTF-8

  /// Whether `bytes` are well-formed UTF-8 (Unicode table 3-7: no overlong form, no
  /// surrogate, nothing above U+10FFFF), as `String(validating:as:)` decides.
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    func continuation(_ offset: Int) -> Bool { bytes[index + offset] & 0xC0 == 0x80 }
    while index < count {
      let lead = bytes[index]
      switch lead {
      case 0x00..<0x80:
        index += 1
      case 0xC2...0xDF:
        guard index + 1 < count, continuation(1) else { return false }
        index += 2
      case 0xE0...0xEF:
        guard index + 2 < count else { return false }
        let second = bytes[index + 1]
        let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
        let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
        guard second >= low, second <= high, continuation(2) else { return false }
        index += 3
      case 0xF0...0xF4:
        guard index + 3 < count else { return false }
        let second = bytes[index + 1]
        let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
        let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
        guard second >= low, second <= high, continuation(2), continuation(3) else { return false }
        index += 4
      default:
        return false
      }
    }
    return true
  }
}
