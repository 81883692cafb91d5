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
  /// The object's members, in document order (`null` values included).
  public let members: [JSONValue.Member]

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
    try self.init(value, at: path) { key in allowingOthers || Self.isKey(key, in: keys) }
  }

  /// Checks that `value` is an object whose keys all satisfy `isKnown`, as
  /// ``init(_:at:keys:allowingOthers:)`` does with a set of keys.
  init(_ value: JSONValue, at path: FieldPath, isKnown: (String) -> Bool) throws(InterchangeError) {
    guard case .object(let members) = value else {
      throw InterchangeError(.wrongType(expected: "objet", found: value.typeName), at: path)
    }
    for member in members where !isKnown(member.key) {
      throw InterchangeError(.unknownField, at: path.appending(member.key))
    }
    self.path = path
    self.members = members
  }

  /// A reader of an object that accepts any key, with the error of each unknown key
  /// (outside `keys`): the start of a reading that lists every error instead of stopping at
  /// the first.
  ///
  /// - Throws: ``InterchangeError`` when `value` is not an object.
  public static func collecting(_ value: JSONValue, at path: FieldPath, keys: Set<String>) throws(InterchangeError) -> (
    reader: JSONObjectReader, unknownKeys: [InterchangeError]
  ) {
    let reader = try JSONObjectReader(value, at: path, keys: keys, allowingOthers: true)
    let unknown = reader.members.filter { !isKey($0.key, in: keys) }.map {
      InterchangeError(.unknownField, at: path.appending($0.key))
    }
    return (reader, unknown)
  }

  /// Whether `key` is one of `keys` byte for byte: a key that is only canonically
  /// equivalent to a known one (written with a compatibility character or another
  /// decomposition) is unknown, since the member reading it compares bytes.
  static func isKey(_ key: String, in keys: Set<String>) -> Bool {
    guard let index = keys.firstIndex(of: key) else { return false }
    return keys[index].utf8.elementsEqual(key.utf8)
  }

  // MARK: Raw access

  /// The value of `key`, or `nil` when it is absent or `null`.
  public func value(_ key: String) -> JSONValue? {
    // Keys of another length are passed over without comparing their text: most keys of
    // a dossier differ in length, and `==` on two different strings costs far more.
    let length = key.utf8.count
    for member in members where member.key.utf8.count == length && member.key.utf8.elementsEqual(key.utf8) {
      if case .null = member.value { return nil }
      return member.value
    }
    return nil
  }

  /// Whether the member `key` is present with a non-null value.
  public func contains(_ key: String) -> Bool { value(key) != nil }

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
    guard let value = value(key) else { return nil }
    return try Self.string(value, at: path.appending(key))
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
    guard case .string(let text) = value else {
      throw InterchangeError(.wrongType(expected: "chaîne", found: value.typeName), at: path)
    }
    if Self.containsForbiddenControl(text), let control = text.unicodeScalars.first(where: Self.isForbiddenControl) {
      throw InterchangeError(.invalid("caractère de contrôle interdit (" + Self.codePoint(control) + ")"), at: path)
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
    guard let value = value(key) else { return nil }
    guard case .bool(let flag) = value else { throw wrongType(key, "booléen", value) }
    return flag
  }

  /// An amount in euros, written as a string (`"600000.50"`) or a JSON number with at most
  /// two decimals.
  ///
  /// - Throws: ``InterchangeError`` for another type, more than two decimals, a negative
  ///   amount (unless `allowsNegative`) or one beyond ±1 000 000 000 000 €.
  public func amount(_ key: String, allowsNegative: Bool = false) throws(InterchangeError) -> Euros? {
    guard let value = value(key) else { return nil }
    return try Self.amount(value, at: path.appending(key), allowsNegative: allowsNegative)
  }

  /// Reads an amount from a value (string or number).
  ///
  /// - Throws: ``InterchangeError`` naming `path`.
  public static func amount(_ value: JSONValue, at path: FieldPath, allowsNegative: Bool = false)
    throws(InterchangeError) -> Euros
  {
    let parsed: Result<Euros, Euros.ParseError>
    switch value {
    case .string(let text):
      parsed = Result { () throws(Euros.ParseError) in try Euros(parsing: text, allowsNegative: allowsNegative) }
    case .number(let lexeme):
      parsed = Result { () throws(Euros.ParseError) in try Euros(jsonNumber: lexeme, allowsNegative: allowsNegative) }
    default:
      throw InterchangeError(.wrongType(expected: "montant (chaîne ou nombre)", found: value.typeName), at: path)
    }
    switch parsed {
    case .success(let amount): return amount
    case .failure(let error): throw InterchangeError(.invalidAmount(error), at: path)
    }
  }

  /// A calendar date written `YYYY-MM-DD`.
  ///
  /// - Throws: ``InterchangeError`` for another type or a malformed or impossible date.
  public func date(_ key: String) throws(InterchangeError) -> CalendarDate? {
    guard let value = value(key) else { return nil }
    return try Self.date(value, at: path.appending(key))
  }

  /// Reads a date from a value.
  ///
  /// - Throws: ``InterchangeError`` naming `path`.
  public static func date(_ value: JSONValue, at path: FieldPath) throws(InterchangeError) -> CalendarDate {
    guard case .string(let text) = value else {
      throw InterchangeError(.wrongType(expected: "date (chaîne AAAA-MM-JJ)", found: value.typeName), at: path)
    }
    do {
      return try CalendarDate(iso: text)
    } catch {
      throw InterchangeError(.invalidDate(error), at: path)
    }
  }

  /// A whole number within `range`.
  ///
  /// - Throws: ``InterchangeError`` for another type, a fraction or a value outside `range`.
  public func integer(_ key: String, in range: ClosedRange<Int>) throws(InterchangeError) -> Int? {
    guard let value = value(key) else { return nil }
    return try Self.integer(value, at: path.appending(key), in: range)
  }

  /// One whole number within `range` (an element of an array), checked as
  /// ``integer(_:in:)`` checks a member.
  ///
  /// - Throws: ``InterchangeError`` naming `path`.
  public static func integer(_ value: JSONValue, at fieldPath: FieldPath, in range: ClosedRange<Int>)
    throws(InterchangeError) -> Int
  {
    guard case .number(let lexeme) = value else {
      throw InterchangeError(.wrongType(expected: "nombre entier", found: value.typeName), at: fieldPath)
    }
    guard !lexeme.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else {
      throw InterchangeError(.wrongType(expected: "nombre entier", found: "nombre décimal"), at: fieldPath)
    }
    guard let number = Int(lexeme), range.contains(number) else {
      throw InterchangeError(
        .outOfRange("nombre hors de " + String(range.lowerBound) + " à " + String(range.upperBound)),
        at: fieldPath)
    }
    return number
  }

  /// A string member that must be one of an enumeration's raw values.
  ///
  /// - Throws: ``InterchangeError`` for another type or an unknown value (the error lists
  ///   the allowed values).
  public func enumeration<Value>(_ key: String, as type: Value.Type) throws(InterchangeError) -> Value?
  where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    guard let value = value(key) else { return nil }
    return try Self.enumeration(value, at: path.appending(key), as: type)
  }

  /// Reads one enumeration value.
  ///
  /// - Throws: ``InterchangeError`` naming `path`.
  public static func enumeration<Value>(_ value: JSONValue, at path: FieldPath, as type: Value.Type)
    throws(InterchangeError) -> Value
  where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    if let result = decoded(value, as: type) { return result }
    guard case .string(let text) = value else {
      throw InterchangeError(.wrongType(expected: "chaîne", found: value.typeName), at: path)
    }
    throw InterchangeError(.unknownValue(text, allowed: Value.allCases.map(\.rawValue)), at: path)
  }

  /// The enumeration value `value` names, or `nil` when it is not one of its raw values.
  private static func decoded<Value>(_ value: JSONValue, as type: Value.Type) -> Value?
  where Value: RawRepresentable, Value.RawValue == String {
    guard case .string(let text) = value else { return nil }
    return Value(rawValue: text)
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
    guard let elements = try array(key) else { return nil }
    var result = EnumSet<Value>()
    for (offset, element) in elements.enumerated() {
      let value = try knownEnumeration(element, in: key, at: offset, as: type)
      guard result.insert(value).inserted else { throw repeated(value.rawValue, in: key, at: offset) }
    }
    return result
  }

  private func distinctEnumerations<Value>(_ key: String, as type: Value.Type) throws(InterchangeError) -> [Value]?
  where Value: RawRepresentable & CaseIterable & Hashable, Value.RawValue == String {
    guard let elements = try array(key) else { return nil }
    var seen: Set<Value> = []
    var result: [Value] = []
    for (offset, element) in elements.enumerated() {
      let value = try knownEnumeration(element, in: key, at: offset, as: type)
      guard seen.insert(value).inserted else { throw repeated(value.rawValue, in: key, at: offset) }
      result.append(value)
    }
    return result
  }

  /// Element `offset` of the array member `key`, read as an enumeration value; its path
  /// is built only for an error.
  private func knownEnumeration<Value>(_ element: JSONValue, in key: String, at offset: Int, as type: Value.Type)
    throws(InterchangeError) -> Value
  where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    if let value = Self.decoded(element, as: type) { return value }
    return try Self.enumeration(element, at: path.appending(key).appending(index: offset), as: type)
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
    guard let value = value(key) else { return nil }
    return try JSONObjectReader(value, at: path.appending(key)) { Key(rawValue: $0) != nil }
  }

  /// An array member.
  ///
  /// - Throws: ``InterchangeError`` when the member is not an array.
  public func array(_ key: String) throws(InterchangeError) -> [JSONValue]? {
    guard let value = value(key) else { return nil }
    guard case .array(let elements) = value else { throw wrongType(key, "tableau", value) }
    return elements
  }

  /// An array member of strings, each checked as ``string(_:)`` checks a member; the path
  /// of an element is built only for its error.
  ///
  /// - Throws: ``InterchangeError`` naming the member, or the element that is not a string
  ///   or holds a control character.
  public func strings(_ key: String) throws(InterchangeError) -> [String]? {
    guard let elements = try array(key) else { return nil }
    var result: [String] = []
    result.reserveCapacity(elements.count)
    for (index, element) in elements.enumerated() {
      if case .string(let text) = element, !Self.containsForbiddenControl(text) {
        result.append(text)
      } else {
        result.append(try Self.string(element, at: path.appending(key).appending(index: index)))
      }
    }
    return result
  }

  /// An object member, read by a nested reader that accepts `keys`.
  ///
  /// - Throws: ``InterchangeError`` when the member is not an object or has unknown keys.
  public func object(_ key: String, keys: Set<String>) throws(InterchangeError) -> JSONObjectReader? {
    guard let value = value(key) else { return nil }
    return try JSONObjectReader(value, at: path.appending(key), keys: keys)
  }

  private func wrongType(_ key: String, _ expected: String, _ value: JSONValue) -> InterchangeError {
    InterchangeError(.wrongType(expected: expected, found: value.typeName), at: path.appending(key))
  }
}
