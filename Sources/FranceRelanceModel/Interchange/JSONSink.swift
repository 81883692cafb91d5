/// Where a value writes itself as JSON, member by member: the interchange tree
/// (`JSONTreeBuilder`, for ``JSONValue``) or compact UTF-8 bytes (`JSONByteWriter`).
///
/// A type that writes itself once to a `JSONSink` has one definition for both forms, so
/// the bytes of a batch line are, by construction, the compact serialisation of the tree.
/// Calls follow JSON's grammar: in an object, a ``key(_:)`` before each value.
protocol JSONSink {
  // MARK: Containers

  /// Opens an object.
  mutating func openObject()
  /// Closes the innermost open object.
  mutating func closeObject()
  /// Opens an array.
  mutating func openArray()
  /// Closes the innermost open array.
  mutating func closeArray()
  /// Names the next value of the innermost object; the name is plain ASCII with nothing
  /// to escape.
  mutating func key(_ name: StaticString)

  // MARK: Values

  /// Writes a string.
  mutating func string(_ text: String)
  /// Writes a number given by its JSON lexeme.
  mutating func number(_ lexeme: String)
  /// Writes `true` or `false`.
  mutating func bool(_ value: Bool)
  /// Writes `null`.
  mutating func null()
  /// Writes a whole tree.
  mutating func value(_ value: JSONValue)
  /// Writes a member of the innermost object, whose key may be any text.
  mutating func member(_ member: JSONValue.Member)
  /// Writes the members of a fragment in the innermost object.
  mutating func members(_ fragment: JSONFragment)
}

extension JSONSink {
  // MARK: Conveniences

  /// Writes a string, or `null` when there is none.
  mutating func string(orNull text: String?) {
    if let text { string(text) } else { null() }
  }

  /// Writes a member whose value is a string.
  mutating func member(_ name: StaticString, string text: String) {
    key(name)
    string(text)
  }

  /// Writes an array of the elements, each by `element`.
  mutating func array<Elements: Sequence>(_ elements: Elements, _ element: (inout Self, Elements.Element) -> Void) {
    openArray()
    for item in elements { element(&self, item) }
    closeArray()
  }
}
