/// The declared shape of a JSON object of the interchange format: its fields, their types
/// and which are required.
///
/// Decoders take their accepted keys from it (``keys``), and ``jsonSchema(title:identifier:)`` renders
/// it as a JSON Schema (draft 2020-12), so the published schema and the reader cannot
/// drift apart.
public struct ObjectFormat: Sendable, Hashable {
  /// A field's type.
  public indirect enum FieldType: Sendable, Hashable {
    /// A string.
    case string
    /// A string of at most `maxLength` characters.
    case text(maxLength: Int)
    /// `true` or `false`.
    case boolean
    /// An amount in euros: a string or a number with at most two decimals, within
    /// ±1 000 000 000 000 €; `positive` excludes zero.
    case amount(positive: Bool)
    /// A calendar date `YYYY-MM-DD`.
    case date
    /// A whole number within a range.
    case integer(ClosedRange<Int>)
    /// One of these strings.
    case enumeration([String])
    /// Exactly this string.
    case constant(String)
    /// A SIRET: 14 digits (the Luhn key is checked by the reader).
    case siret
    /// An array of distinct values of a type.
    case set(FieldType)
    /// An array of values of a type.
    case array(FieldType)
    /// A nested object.
    case object(ObjectFormat)
  }

  /// A field of an object.
  public struct Field: Sendable, Hashable {
    /// The key.
    public let name: String
    /// The type.
    public let type: FieldType
    /// Whether the reader refuses the object without it.
    public let required: Bool
    /// What the field holds, in French.
    public let description: String
    /// The French name of each value of an enumeration (or of a set of one), by value:
    /// what a form shows instead of the identifier; empty when the field has none.
    public let valueLabels: [String: String]

    /// Creates a field.
    public init(_ name: String, _ type: FieldType, required: Bool = false, description: String) {
      self.init(name, type, required: required, description: description, valueLabels: [:])
    }

    /// Creates a field whose values have French names.
    ///
    /// ```swift
    /// ObjectFormat.Field(
    ///   "kind", .enumeration(ApplicantKind.allCases.map(\.rawValue)), description: "Type de porteur",
    ///   valueLabels: .labels(ApplicantKind.self, \.frenchName))
    /// ```
    public init(
      _ name: String, _ type: FieldType, required: Bool = false, description: String,
      valueLabels: [String: String]
    ) {
      self.name = name
      self.type = type
      self.required = required
      self.description = description
      self.valueLabels = valueLabels
    }
  }

  /// The fields, in order.
  public let fields: [Field]
  /// The keys the format accepts (kept with the fields: readers check every object
  /// against them).
  public let keys: Set<String>

  /// Creates a format.
  public init(_ fields: [Field]) {
    self.fields = fields
    keys = Set(fields.map(\.name))
  }

  /// The field at a dotted path of keys, such as `dataProvision.api`, looking into nested
  /// objects; `nil` when the format has no such field.
  public func field(at path: FieldPath) -> Field? {
    var format = self
    var found: Field?
    for component in path.components {
      guard case .key(let key) = component, let field = format.fields.first(where: { $0.name == key }) else {
        return nil
      }
      found = field
      if case .object(let nested) = field.type { format = nested } else { format = ObjectFormat([]) }
    }
    return found
  }

  /// The format with more fields appended.
  public func adding(_ more: [Field]) -> ObjectFormat { ObjectFormat(fields + more) }

  /// An object of booleans keyed by an enumeration's raw values.
  public static func flags<Key>(_ type: Key.Type, description: (Key) -> String) -> ObjectFormat
  where Key: RawRepresentable & CaseIterable, Key.RawValue == String {
    ObjectFormat(Key.allCases.map { Field($0.rawValue, .boolean, description: description($0)) })
  }
}

extension [String: String] {
  /// The French name of each case of an enumeration, by raw value: the `valueLabels` of a
  /// field that holds it.
  public static func labels<Case: RawRepresentable & CaseIterable>(_ type: Case.Type, _ name: (Case) -> String)
    -> [String: String]
  where Case.RawValue == String {
    Dictionary(uniqueKeysWithValues: Case.allCases.map { ($0.rawValue, name($0)) })
  }
}
