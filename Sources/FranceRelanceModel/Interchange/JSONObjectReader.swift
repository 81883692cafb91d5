/// Reads the members of one JSON object for a decoder, naming the field path in every
/// error.
///
/// The reader refuses unknown keys when it is created, so a decoder lists the keys its
/// format defines once. An absent member and an explicit `null` both read as `nil`: a
/// field that a rule needs and that is absent gives that rule a missing-input finding,
/// not an error.
///
/// ```swift
/// let object = try JSONObjectReader(json, at: .root, keys: ["reference", "totalCost"])
/// let reference = try object.string("reference")
/// let totalCost = try object.amount("totalCost")
/// ```
public struct JSONObjectReader: Sendable {
  // MARK: Stored properties

  /// The path of the object.
  public let path: FieldPath
  /// The document the object is read from.
  let document: JSONDocument
  /// The index of the object's token in the document.
  let token: Int

  /// The object's members, in document order (`null` values included), as trees.
  public var members: [JSONValue.Member] {
    var members: [JSONValue.Member] = []
    forEachMember { key, value in members.append(JSONValue.Member(document.text(at: key), document.value(at: value))) }
    return members
  }

  /// Calls `body` with the token indices of each member's key and value, in order.
  @inline(__always)
  func forEachMember<Failure: Error>(_ body: (_ key: Int, _ value: Int) throws(Failure) -> Void) throws(Failure) {
    var key = token + 1
    for _ in 0..<document.tokens[token].count {
      try body(key, key + 1)
      key = document.next(after: key + 1)
    }
  }

  // MARK: Creating readers

  /// Checks that `value` is an object whose keys are all in `keys`.
  ///
  /// - Throws: ``InterchangeError`` (``InterchangeError/Reason/wrongType(expected:found:)``
  ///   or ``InterchangeError/Reason/unknownField`` at the first unknown key).
  ///
  /// - Parameters:
  ///   - value: The value to read, which must be an object.
  ///   - path: The value's path in the document, for error messages.
  ///   - keys: The keys the format defines for this object.
  ///   - allowingOthers: Accept keys outside `keys` (to peek at one member, such as
  ///     `programme`, before handing the object to the decoder that checks them all).
  public init(
    _ value: JSONValue, at path: FieldPath, keys: Set<String>, allowingOthers: Bool = false
  ) throws(InterchangeError) {
    try self.init(JSONDocument(value), at: path, keys: keys, allowingOthers: allowingOthers)
  }

  /// Checks that the root of `document` is an object whose keys are all in `keys`: the
  /// streaming form of ``init(_:at:keys:allowingOthers:)``, which reads members from the
  /// document's bytes without building a tree.
  ///
  /// - Throws: ``InterchangeError`` (``InterchangeError/Reason/wrongType(expected:found:)``
  ///   or ``InterchangeError/Reason/unknownField`` at the first unknown key).
  ///
  /// - Parameters:
  ///   - document: The document, whose root must be an object.
  ///   - path: The object's path, for error messages.
  ///   - keys: The keys the format defines for this object.
  ///   - allowingOthers: Accept keys outside `keys`.
  public init(
    _ document: JSONDocument, at path: FieldPath, keys: Set<String>, allowingOthers: Bool = false
  ) throws(InterchangeError) {
    try self.init(document, token: 0, at: path) { key in allowingOthers || Self.isKey(key, in: keys) }
  }

  /// Checks that `value` is an object whose keys all satisfy `isKnown`, as
  /// ``init(_:at:keys:allowingOthers:)`` does with a set of keys.
  init(_ value: JSONValue, at path: FieldPath, isKnown: (String) -> Bool) throws(InterchangeError) {
    try self.init(JSONDocument(value), token: 0, at: path, isKnown: isKnown)
  }

  /// Checks that the value at `token` of `document` is an object whose keys all satisfy
  /// `isKnown`.
  init(_ document: JSONDocument, token: Int, at path: FieldPath, isKnown: (String) -> Bool) throws(InterchangeError) {
    guard document.tokens[token].kind == .object else {
      throw InterchangeError(.wrongType(expected: "objet", found: document.typeName(at: token)), at: path)
    }
    self.path = path
    self.document = document
    self.token = token
    try forEachMember { key, _ throws(InterchangeError) in
      let name = document.text(at: key)
      if !isKnown(name) { throw InterchangeError(.unknownField, at: path.appending(name)) }
    }
  }

  /// A reader of an object that accepts any key, with the error of each unknown key
  /// (outside `keys`): the start of a reading that lists every error instead of stopping at
  /// the first.
  ///
  /// - Throws: ``InterchangeError`` when `value` is not an object.
  public static func collecting(_ value: JSONValue, at path: FieldPath, keys: Set<String>) throws(InterchangeError) -> (
    reader: JSONObjectReader, unknownKeys: [InterchangeError]
  ) {
    try collecting(JSONDocument(value), at: path, keys: keys)
  }

  /// ``collecting(_:at:keys:)-(JSONValue,_,_)`` on the root of a document.
  ///
  /// - Throws: ``InterchangeError`` when the root is not an object.
  public static func collecting(_ document: JSONDocument, at path: FieldPath, keys: Set<String>)
    throws(InterchangeError) -> (reader: JSONObjectReader, unknownKeys: [InterchangeError])
  {
    let reader = try JSONObjectReader(document, at: path, keys: keys, allowingOthers: true)
    var unknown: [InterchangeError] = []
    reader.forEachMember { key, _ in
      let name = document.text(at: key)
      if !isKey(name, in: keys) { unknown.append(InterchangeError(.unknownField, at: path.appending(name))) }
    }
    return (reader, unknown)
  }

  /// Whether `key` is one of `keys` byte for byte: a key that is only canonically
  /// equivalent to a known one (written with a compatibility character or another
  /// decomposition) is unknown, since the member reading it compares bytes.
  static func isKey(_ key: String, in keys: Set<String>) -> Bool {
    guard let index = keys.firstIndex(of: key) else { return false }
    var known = keys[index]
    var key = key
    return known.withUTF8 { knownBytes in key.withUTF8 { knownBytes.elementsEqual($0) } }
  }

  // MARK: Raw access

  /// The token index of the value of `key`, or `nil` when it is absent or `null`; keys are
  /// compared byte for byte.
  func find(_ key: String) -> Int? {
    if let found = key.utf8.withContiguousStorageIfAvailable({ find(bytes: $0) }) { return found }
    return Array(key.utf8).withUnsafeBufferPointer { find(bytes: $0) }
  }

  private func find(bytes key: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = token + 1
    for _ in 0..<document.tokens[token].count {
      if document.text(at: index, equals: key) {
        return document.tokens[index + 1].kind == .null ? nil : index + 1
      }
      index = document.next(after: index + 1)
    }
    return nil
  }

  /// The value of `key`, or `nil` when it is absent or `null`.
  public func value(_ key: String) -> JSONValue? {
    find(key).map(document.value(at:))
  }

  /// Whether the member `key` is present with a non-null value.
  public func contains(_ key: String) -> Bool { find(key) != nil }

  /// The value of `key`, which the format requires.
  ///
  /// - Throws: ``InterchangeError/Reason/missingField`` when absent or `null`.
  public func required(_ key: String) throws(InterchangeError) -> JSONValue {
    guard let value = value(key) else { throw InterchangeError(.missingField, at: path.appending(key)) }
    return value
  }

  // MARK: Typed members

  /// A string member.
  ///
  /// Control characters other than tab, line feed and carriage return are refused, even
  /// when escaped (`"\u0001"`): they have no place in a dossier and would corrupt the CSV
  /// and terminal outputs.
  ///
  /// - Throws: ``InterchangeError`` when the member is not a string or holds a control
  ///   character.
  public func string(_ key: String) throws(InterchangeError) -> String? {
    guard let value = find(key) else { return nil }
    return try Self.string(document, value) { path.appending(key) }
  }

  /// A string member that names or refers to something on one line (a reference, a
  /// name): besides ``string(_:)``'s checks, a line break, a tab, a C1 control, a line or
  /// paragraph separator or a bidirectional control is refused, since such a value is
  /// printed at the start of a report line and could forge the lines after it.
  ///
  /// - Throws: ``InterchangeError`` naming the field.
  public func line(_ key: String) throws(InterchangeError) -> String? {
    guard let text = try string(key) else { return nil }
    if let bad = text.unicodeScalars.first(where: Self.breaksLine) {
      throw InterchangeError(
        .invalid("caractère interdit dans une référence ou un nom (" + Self.codePoint(bad) + ")"),
        at: path.appending(key))
    }
    return text
  }

  /// A string member that identifies something (a commitment's reference, an envelope's
  /// identifier): besides ``line(_:)``'s checks, an invisible character (U+200B, U+2060,
  /// U+FEFF, U+00AD…) is refused, since two references that differ only by one would look
  /// the same and count as two.
  ///
  /// - Throws: ``InterchangeError`` naming the member and the character.
  public func reference(_ key: String) throws(InterchangeError) -> String? {
    guard let text = try line(key) else { return nil }
    if let bad = text.unicodeScalars.first(where: Self.isInvisible) {
      throw InterchangeError(
        .invalid("caractère invisible interdit dans un identifiant (" + Self.codePoint(bad) + ")"),
        at: path.appending(key))
    }
    return text
  }

  /// Whether a scalar breaks or reorders a line: C0 controls (tab and line breaks
  /// included), DEL, C1 controls, line and paragraph separators, bidirectional controls.
  /// The `relance` tool escapes the same scalars in its messages.
  public static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// `text` on one line: each scalar that ``breaksLine(_:)`` is written `\u{…}`, and so is
  /// each invisible one (a format character such as U+200B, U+2060, U+FEFF or U+00AD, or
  /// another default-ignorable one), and the text is cut after `limit` Unicode scalars
  /// (marked `…`), so that text taken from input never adds a line, moves a terminal's
  /// cursor, reorders what follows or hides in a message (« filedOn\u{200B} : champ
  /// inconnu », not a `filedOn` that looks known).
  ///
  /// ```swift
  /// JSONObjectReader.escapingLineBreaks(in: "A\nB")  // "A\\u{A}B"
  /// ```
  public static func escapingLineBreaks(in text: String, limit: Int = .max) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      guard count < limit else {
        result += "…"
        break
      }
      count += 1
      if breaksLine(scalar) || isInvisible(scalar) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A scalar's code point as messages name it: `U+200B`, at least four hexadecimal digits.
  static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
  }

  /// Whether a scalar shows nothing: a format character (general category Cf) or another
  /// default-ignorable code point (U+3164 HANGUL FILLER…).
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0xAD
      && (scalar.properties.generalCategory == .format || scalar.properties.isDefaultIgnorableCodePoint)
  }

  /// One string value (an element of an array), checked as ``string(_:)`` checks a member.
  ///
  /// - Throws: ``InterchangeError`` naming `path` when the value is not a string or holds
  ///   a control character.
  public static func string(_ value: JSONValue, at path: FieldPath) throws(InterchangeError) -> String {
    try string(JSONDocument(value), 0) { path }
  }

  /// The string at `token`, checked as ``string(_:at:)`` checks one; `path` is built only
  /// for an error.
  static func string(_ document: JSONDocument, _ token: Int, at path: () -> FieldPath) throws(InterchangeError)
    -> String
  {
    guard document.tokens[token].kind == .string else {
      throw InterchangeError(.wrongType(expected: "chaîne", found: document.typeName(at: token)), at: path())
    }
    let text = document.text(at: token)
    if Self.containsForbiddenControl(text), let control = text.unicodeScalars.first(where: Self.isForbiddenControl) {
      throw InterchangeError(.invalid("caractère de contrôle interdit (" + Self.codePoint(control) + ")"), at: path())
    }
    return text
  }

  /// Whether a string value may not hold `scalar`: a control character other than tab,
  /// line feed and carriage return, or DEL.
  static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && isForbiddenControl(byte: UInt8(scalar.value))
  }

  /// ``isForbiddenControl(_:)`` on an ASCII byte.
  static func isForbiddenControl(byte: UInt8) -> Bool {
    (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
  }

  /// Whether `text` holds a scalar ``isForbiddenControl(_:)`` refuses, tested on its UTF-8
  /// bytes: those scalars are all ASCII, and no byte of a multi-byte sequence is.
  static func containsForbiddenControl(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in bytes.contains(where: isForbiddenControl(byte:)) }
  }

  /// A boolean member.
  ///
  /// - Throws: ``InterchangeError`` when the member is not `true` or `false`.
  public func bool(_ key: String) throws(InterchangeError) -> Bool? {
    guard let value = find(key) else { return nil }
    switch document.tokens[value].kind {
    case .true: return true
    case .false: return false
    default: throw wrongType(key, "booléen", value)
    }
  }

  /// An amount in euros, written as a string (`"600000.50"`) or a JSON number with at most
  /// two decimals.
  ///
  /// - Throws: ``InterchangeError`` for another type, more than two decimals, a negative
  ///   amount (unless `allowsNegative`) or one beyond ±1 000 000 000 000 €.
  public func amount(_ key: String, allowsNegative: Bool = false) throws(InterchangeError) -> Euros? {
    guard let value = find(key) else { return nil }
    return try Self.amount(document, value, allowsNegative: allowsNegative) { path.appending(key) }
  }

  /// Reads an amount from a value (string or number).
  ///
  /// - Throws: ``InterchangeError`` naming `path`.
  public static func amount(_ value: JSONValue, at path: FieldPath, allowsNegative: Bool = false)
    throws(InterchangeError) -> Euros
  {
    try amount(JSONDocument(value), 0, allowsNegative: allowsNegative) { path }
  }

  /// The amount at `token`, read as ``amount(_:at:allowsNegative:)`` reads one.
  static func amount(_ document: JSONDocument, _ token: Int, allowsNegative: Bool, at path: () -> FieldPath)
    throws(InterchangeError) -> Euros
  {
    let parsed: Result<Euros, Euros.ParseError>
    switch document.tokens[token].kind {
    case .string:
      let text = document.text(at: token)
      parsed = Result { () throws(Euros.ParseError) in try Euros(parsing: text, allowsNegative: allowsNegative) }
    case .number:
      let lexeme = document.lexeme(at: token)
      parsed = Result { () throws(Euros.ParseError) in try Euros(jsonNumber: lexeme, allowsNegative: allowsNegative) }
    default:
      throw InterchangeError(
        .wrongType(expected: "montant (chaîne ou nombre)", found: document.typeName(at: token)), at: path())
    }
    switch parsed {
    case .success(let amount): return amount
    case .failure(let error): throw InterchangeError(.invalidAmount(error), at: path())
    }
  }

  /// A calendar date written `YYYY-MM-DD`.
  ///
  /// - Throws: ``InterchangeError`` for another type or a malformed or impossible date.
  public func date(_ key: String) throws(InterchangeError) -> CalendarDate? {
    guard let value = find(key) else { return nil }
    return try Self.date(document, value) { path.appending(key) }
  }

  /// Reads a date from a value.
  ///
  /// - Throws: ``InterchangeError`` naming `path`.
  public static func date(_ value: JSONValue, at path: FieldPath) throws(InterchangeError) -> CalendarDate {
    try date(JSONDocument(value), 0) { path }
  }

  /// The date at `token`, read as ``date(_:at:)`` reads one.
  static func date(_ document: JSONDocument, _ token: Int, at path: () -> FieldPath) throws(InterchangeError)
    -> CalendarDate
  {
    guard document.tokens[token].kind == .string else {
      throw InterchangeError(
        .wrongType(expected: "date (chaîne AAAA-MM-JJ)", found: document.typeName(at: token)), at: path())
    }
    do {
      return try CalendarDate(iso: document.text(at: token))
    } catch {
      throw InterchangeError(.invalidDate(error), at: path())
    }
  }

  /// A whole number within `range`.
  ///
  /// - Throws: ``InterchangeError`` for another type, a fraction or a value outside `range`.
  public func integer(_ key: String, in range: ClosedRange<Int>) throws(InterchangeError) -> Int? {
    guard let value = find(key) else { return nil }
    return try Self.integer(document, value, in: range) { path.appending(key) }
  }

  /// One whole number within `range` (an element of an array), checked as
  /// ``integer(_:in:)`` checks a member.
  ///
  /// - Throws: ``InterchangeError`` naming `path`.
  public static func integer(_ value: JSONValue, at fieldPath: FieldPath, in range: ClosedRange<Int>)
    throws(InterchangeError) -> Int
  {
    try integer(JSONDocument(value), 0, in: range) { fieldPath }
  }

  /// The whole number at `token`, read from its digits as ``integer(_:at:in:)`` reads one.
  static func integer(_ document: JSONDocument, _ token: Int, in range: ClosedRange<Int>, at path: () -> FieldPath)
    throws(InterchangeError) -> Int
  {
    let number = document.tokens[token]
    guard number.kind == .number else {
      throw InterchangeError(.wrongType(expected: "nombre entier", found: document.typeName(at: token)), at: path())
    }
    // The grammar was checked: an optional minus sign, digits, then a fraction or an
    // exponent, which make the number decimal.
    var value = 0
    var overflow = false
    let negative = document.bytes[number.start] == UInt8(ascii: "-")
    for byte in document.bytes[(number.start + (negative ? 1 : 0))..<number.end] {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
        throw InterchangeError(.wrongType(expected: "nombre entier", found: "nombre décimal"), at: path())
      }
      let digit = Int(byte - UInt8(ascii: "0"))
      let (times, timesOverflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, sumOverflow) = times.addingReportingOverflow(negative ? -digit : digit)
      overflow = overflow || timesOverflow || sumOverflow
      value = sum
    }
    guard !overflow, range.contains(value) else {
      throw InterchangeError(
        .outOfRange("nombre hors de " + String(range.lowerBound) + " à " + String(range.upperBound)), at: path())
    }
    return value
  }

  /// A string member that must be one of an enumeration's raw values.
  ///
  /// - Throws: ``InterchangeError`` for another type or an unknown value (the error lists
  ///   the allowed values).
  public func enumeration<Value>(_ key: String, as type: Value.Type) throws(InterchangeError) -> Value?
  where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    guard let value = find(key) else { return nil }
    return try Self.enumeration(document, value, as: type) { path.appending(key) }
  }

  /// Reads one enumeration value.
  ///
  /// - Throws: ``InterchangeError`` naming `path`.
  public static func enumeration<Value>(_ value: JSONValue, at path: FieldPath, as type: Value.Type)
    throws(InterchangeError) -> Value
  where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    try enumeration(JSONDocument(value), 0, as: type) { path }
  }

  /// The enumeration value at `token`, read as ``enumeration(_:at:as:)`` reads one.
  static func enumeration<Value>(_ document: JSONDocument, _ token: Int, as type: Value.Type, at path: () -> FieldPath)
    throws(InterchangeError) -> Value
  where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    guard document.tokens[token].kind == .string else {
      throw InterchangeError(.wrongType(expected: "chaîne", found: document.typeName(at: token)), at: path())
    }
    let text = document.text(at: token)
    if let value = Value(rawValue: text) { return value }
    throw InterchangeError(.unknownValue(text, allowed: Value.allCases.map(\.rawValue)), at: path())
  }

  /// An array of enumeration values, read as a set; a repeated value is an error.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty element.
  public func enumerationSet<Value>(_ key: String, as type: Value.Type) throws(InterchangeError) -> Set<Value>?
  where Value: RawRepresentable & CaseIterable & Hashable, Value.RawValue == String {
    guard let values = try distinctEnumerations(key, as: type) else { return nil }
    return Set(values)
  }

  /// An array of enumeration values, read as a bit set; a repeated value is an error.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty element.
  public func enumSet<Value>(_ key: String, as type: Value.Type) throws(InterchangeError) -> EnumSet<Value>?
  where Value: RawRepresentable & EnumSetElement, Value.RawValue == String {
    guard let elements = try elements(key) else { return nil }
    var result = EnumSet<Value>()
    var offset = 0
    for element in elements {
      let value = try knownEnumeration(element, in: key, at: offset, as: type)
      guard result.insert(value).inserted else { throw repeated(value.rawValue, in: key, at: offset) }
      offset += 1
    }
    return result
  }

  private func distinctEnumerations<Value>(_ key: String, as type: Value.Type) throws(InterchangeError) -> [Value]?
  where Value: RawRepresentable & CaseIterable & Hashable, Value.RawValue == String {
    guard let elements = try elements(key) else { return nil }
    var seen: Set<Value> = []
    var result: [Value] = []
    var offset = 0
    for element in elements {
      let value = try knownEnumeration(element, in: key, at: offset, as: type)
      guard seen.insert(value).inserted else { throw repeated(value.rawValue, in: key, at: offset) }
      result.append(value)
      offset += 1
    }
    return result
  }

  /// Element `offset` of the array member `key`, read as an enumeration value; its path
  /// is built only for an error.
  private func knownEnumeration<Value>(_ element: Int, in key: String, at offset: Int, as type: Value.Type)
    throws(InterchangeError) -> Value
  where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    try Self.enumeration(document, element, as: type) { path.appending(key).appending(index: offset) }
  }

  private func repeated(_ text: String, in key: String, at offset: Int) -> InterchangeError {
    InterchangeError(.invalid("valeur répétée « " + text + " »"), at: path.appending(key).appending(index: offset))
  }

  /// An object member whose keys are an enumeration's raw values and whose values are
  /// booleans, such as `"commitments": {"openSource": true}`; absent keys are left out.
  ///
  /// - Throws: ``InterchangeError`` for an unknown key or a non-boolean value.
  public func flags<Key>(_ key: String, as type: Key.Type) throws(InterchangeError) -> [Key: Bool]?
  where Key: RawRepresentable & CaseIterable & Hashable, Key.RawValue == String {
    guard let reader = try flagReader(key, as: type) else { return nil }
    var flags: [Key: Bool] = [:]
    for flagKey in Key.allCases {
      if let flag = try reader.bool(flagKey.rawValue) { flags[flagKey] = flag }
    }
    return flags
  }

  /// An object member of booleans keyed by an enumeration's raw values, read as
  /// ``EnumFlags``; absent keys are not answered.
  ///
  /// - Throws: ``InterchangeError`` for an unknown key or a non-boolean value.
  public func enumFlags<Key>(_ key: String, as type: Key.Type) throws(InterchangeError) -> EnumFlags<Key>?
  where Key: RawRepresentable & EnumSetElement, Key.RawValue == String {
    guard let reader = try flagReader(key, as: type) else { return nil }
    var result = EnumFlags<Key>()
    for flagKey in Key.allCases {
      if let flag = try reader.bool(flagKey.rawValue) { result[flagKey] = flag }
    }
    return result
  }

  /// The object member `key`, whose keys must be raw values of `Key` (each read as a
  /// `Key` rather than looked up in a set built on every call).
  private func flagReader<Key>(_ key: String, as type: Key.Type) throws(InterchangeError) -> JSONObjectReader?
  where Key: RawRepresentable, Key.RawValue == String {
    guard let value = find(key) else { return nil }
    return try JSONObjectReader(document, token: value, at: path.appending(key)) { Key(rawValue: $0) != nil }
  }

  /// An array member.
  ///
  /// - Throws: ``InterchangeError`` when the member is not an array.
  public func array(_ key: String) throws(InterchangeError) -> [JSONValue]? {
    guard let elements = try elements(key) else { return nil }
    return elements.map { document.value(at: $0) }
  }

  /// The token indices of the elements of the array member `key`.
  ///
  /// - Throws: ``InterchangeError`` when the member is not an array.
  func elements(_ key: String) throws(InterchangeError) -> Elements? {
    guard let value = find(key) else { return nil }
    guard document.tokens[value].kind == .array else { throw wrongType(key, "tableau", value) }
    return Elements(document: document, array: value)
  }

  /// The token indices of an array's elements, in order.
  struct Elements: Sequence {
    let document: JSONDocument
    let array: Int

    var count: Int { document.tokens[array].count }

    func makeIterator() -> Iterator { Iterator(document: document, upcoming: array + 1, remaining: count) }

    struct Iterator: IteratorProtocol {
      let document: JSONDocument
      var upcoming: Int
      var remaining: Int

      mutating func next() -> Int? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        defer { upcoming = document.next(after: upcoming) }
        return upcoming
      }
    }
  }

  /// The array member `key` of objects, each read by a reader that accepts `keys` (its
  /// path is the element's: `targets[2]`).
  ///
  /// - Throws: ``InterchangeError`` when the member is not an array, or at the first
  ///   element that is not an object or has an unknown key.
  public func objects(_ key: String, keys: Set<String>) throws(InterchangeError) -> [JSONObjectReader]? {
    guard let elements = try elements(key) else { return nil }
    var readers: [JSONObjectReader] = []
    readers.reserveCapacity(elements.count)
    var offset = 0
    for element in elements {
      readers.append(
        try JSONObjectReader(document, token: element, at: path.appending(key).appending(index: offset)) {
          Self.isKey($0, in: keys)
        })
      offset += 1
    }
    return readers
  }

  /// An array member of strings, each checked as ``string(_:)`` checks a member; the path
  /// of an element is built only for its error.
  ///
  /// - Throws: ``InterchangeError`` naming the member, or the element that is not a string
  ///   or holds a control character.
  public func strings(_ key: String) throws(InterchangeError) -> [String]? {
    guard let elements = try elements(key) else { return nil }
    var result: [String] = []
    result.reserveCapacity(elements.count)
    var offset = 0
    for element in elements {
      result.append(try Self.string(document, element) { path.appending(key).appending(index: offset) })
      offset += 1
    }
    return result
  }

  /// An object member, read by a nested reader that accepts `keys`.
  ///
  /// - Throws: ``InterchangeError`` when the member is not an object or has unknown keys.
  public func object(_ key: String, keys: Set<String>) throws(InterchangeError) -> JSONObjectReader? {
    guard let value = find(key) else { return nil }
    return try JSONObjectReader(document, token: value, at: path.appending(key)) { Self.isKey($0, in: keys) }
  }

  private func wrongType(_ key: String, _ expected: String, _ value: Int) -> InterchangeError {
    InterchangeError(.wrongType(expected: expected, found: document.typeName(at: value)), at: path.appending(key))
  }
}
