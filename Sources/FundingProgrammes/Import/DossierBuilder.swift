import FranceRelanceModel

/// A dossier object built field by field at dotted paths (`applicant.siret`), members in
/// the order they are first set.
struct DossierBuilder {
  private var root: [JSONValue.Member]

  init(programme: String) { root = [.init("programme", .string(programme))] }

  /// An empty object (a row of a repeated block).
  init() { root = [] }

  /// The object.
  var json: JSONValue { .object(root) }

  /// Sets the value at a path, creating the objects on the way.
  mutating func set(_ value: JSONValue, at path: FieldPath) {
    Self.update(&root, path.description.split(separator: ".").map(String.init)[...]) { _ in value }
  }

  /// Appends a value to the list at a path (no duplicate).
  mutating func append(_ value: JSONValue, to path: FieldPath) {
    Self.update(&root, path.description.split(separator: ".").map(String.init)[...]) { current in
      guard case .array(var list)? = current else { return .array([value]) }
      if !list.contains(value) { list.append(value) }
      return .array(list)
    }
  }

  private static func update(
    _ members: inout [JSONValue.Member], _ keys: ArraySlice<String>, _ change: (JSONValue?) -> JSONValue
  ) {
    guard let key = keys.first else { return }
    let index = members.firstIndex { $0.key == key }
    let current = index.map { members[$0].value }
    let new: JSONValue
    if keys.count == 1 {
      new = change(current)
    } else {
      var nested: [JSONValue.Member] = []
      if case .object(let existing)? = current { nested = existing }
      update(&nested, keys.dropFirst(), change)
      new = .object(nested)
    }
    if let index { members[index] = .init(key, new) } else { members.append(.init(key, new)) }
  }
}
