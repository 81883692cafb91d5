/// A JSON document as a value, read exactly.
///
/// Numbers keep their written form (``number(_:)`` holds the lexeme, such as `"600000.50"`
/// or `"6e5"`), so amounts are converted to cents without floating point. Objects keep
/// their members in written order; the reader refuses duplicated keys.
///
/// The library reads and writes its interchange formats (dossiers, ledger event logs,
/// assessments) with this type, so it needs no Foundation.
///
/// ```swift
/// let value = try JSONValue(parsing: #"{"totalCost": "600000.50"}"#)
/// ```
public enum JSONValue: Sendable, Hashable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, as written (a valid JSON number lexeme).
  case number(String)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object, its members in written order.
  case object([Member])

  /// A member of a JSON object.
  public struct Member: Sendable, Hashable {
    /// The key.
    public let key: String
    /// The value.
    public let value: JSONValue

    /// Creates a member.
    public init(_ key: String, _ value: JSONValue) {
      self.key = key
      self.value = value
    }
  }

  // MARK: Describing

  /// The French name of the value's JSON type, for error messages.
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "booléen"
    case .number: "nombre"
    case .string: "chaîne"
    case .array: "tableau"
    case .object: "objet"
    }
  }

  // MARK: Building

  /// An object built from key-value pairs, in order.
  public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(pairs.map { Member($0.key, $0.value) })
  }

  /// An object of booleans keyed by an enumeration's raw values, in declaration order;
  /// the inverse of ``JSONObjectReader/flags(_:as:)``.
  public static func flags<Key>(_ flags: [Key: Bool]) -> JSONValue
  where Key: RawRepresentable & CaseIterable & Hashable, Key.RawValue == String {
    .object(Key.allCases.compactMap { key in flags[key].map { Member(key.rawValue, .bool($0)) } })
  }

  /// An object of booleans keyed by an enumeration's raw values, in declaration order;
  /// the inverse of ``JSONObjectReader/enumFlags(_:as:)``.
  public static func flags<Key>(_ flags: EnumFlags<Key>) -> JSONValue
  where Key: RawRepresentable & EnumSetElement, Key.RawValue == String {
    .object(flags.map { Member($0.key.rawValue, .bool($0.answer)) })
  }

  /// An array of the raw values of a set's members, in declaration order.
  public static func array<Element>(_ set: EnumSet<Element>) -> JSONValue
  where Element: RawRepresentable & EnumSetElement, Element.RawValue == String {
    .array(set.map { .string($0.rawValue) })
  }

  /// A string value, or `null` when `text` is `nil`.
  public static func string(orNull text: String?) -> JSONValue {
    text.map(JSONValue.string) ?? .null
  }
}
