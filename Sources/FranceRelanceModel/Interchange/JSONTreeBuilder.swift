/// A ``JSONSink`` that builds the interchange tree, ``JSONValue``.
struct JSONTreeBuilder: JSONSink {
  // MARK: State

  /// An open container and, in an object, the key of its next value.
  private enum Frame {
    case object([JSONValue.Member], key: String?)
    case array([JSONValue])
  }

  private var frames: [Frame] = []
  /// The finished document.
  private(set) var result: JSONValue = .null

  // MARK: Building

  /// The tree `body` writes.
  static func build(_ body: (inout JSONTreeBuilder) -> Void) -> JSONValue {
    var builder = JSONTreeBuilder()
    body(&builder)
    return builder.result
  }

  mutating func openObject() { frames.append(.object([], key: nil)) }
  mutating func openArray() { frames.append(.array([])) }

  mutating func closeObject() {
    guard case .object(let members, _) = frames.popLast() else { return }
    value(.object(members))
  }

  mutating func closeArray() {
    guard case .array(let elements) = frames.popLast() else { return }
    value(.array(elements))
  }

  mutating func key(_ name: StaticString) {
    guard case .object(let members, _) = frames.popLast() else { return }
    frames.append(.object(members, key: name.description))
  }

  mutating func member(_ member: JSONValue.Member) {
    guard case .object(var members, _) = frames.popLast() else { return }
    members.append(member)
    frames.append(.object(members, key: nil))
  }

  mutating func members(_ fragment: JSONFragment) {
    for item in fragment.members { member(item) }
  }

  mutating func string(_ text: String) { value(.string(text)) }
  mutating func number(_ lexeme: String) { value(.number(lexeme)) }
  mutating func bool(_ value: Bool) { self.value(.bool(value)) }
  mutating func null() { value(.null) }

  mutating func value(_ value: JSONValue) {
    switch frames.popLast() {
    case nil: result = value
    case .object(var members, let key)?:
      members.append(.init(key ?? "", value))
      frames.append(.object(members, key: nil))
    case .array(var elements)?:
      elements.append(value)
      frames.append(.array(elements))
    }
  }
}
