/// The path of a field in a JSON document, such as `applicant.siret` or `projectKinds[2]`.
///
/// Every decoding error names one, so that the person who wrote the file knows which
/// field to fix.
public struct FieldPath: Sendable, Hashable {
  /// One step of a path.
  public enum Component: Sendable, Hashable {
    /// An object member.
    case key(String)
    /// An array element, from 0.
    case index(Int)
  }

  // MARK: Stored properties

  /// The steps from the document root.
  public let components: [Component]

  // MARK: Creating paths

  /// The document root.
  public static let root = FieldPath(components: [])

  /// Creates a path from its steps.
  public init(components: [Component]) {
    self.components = components
  }

  /// Creates a path from dot-separated keys, such as `"applicant.siret"`.
  public init(_ dotted: String) {
    components = dotted.split(separator: ".").map { .key(String($0)) }
  }

  /// The path of a member of the object at this path.
  public func appending(_ key: String) -> FieldPath {
    FieldPath(components: components + [.key(key)])
  }

  /// The path of an element of the array at this path.
  public func appending(index: Int) -> FieldPath {
    FieldPath(components: components + [.index(index)])
  }
}

// MARK: - Rendering

extension FieldPath: CustomStringConvertible {
  /// The path written `applicant.siret` or `plannedIndicators[3]`; `(racine)` for the root.
  public var description: String {
    guard !components.isEmpty else { return "(racine)" }
    var text = ""
    for component in components {
      switch component {
      case .key(let key):
        if !text.isEmpty { text += "." }
        text += key
      case .index(let index):
        text += "[" + String(index) + "]"
      }
    }
    return text
  }
}

// MARK: - Codable

extension FieldPath: Codable {
  /// Reads a path written as text, such as `"applicant.siret"` (keys only).
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  /// Writes the path as text.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
