/// A ``JSONSink`` that appends compact JSON, as UTF-8 bytes, to a buffer: the same bytes as
/// ``JSONValue/serialized(pretty:)`` with `pretty: false` on the tree of the same calls.
struct JSONByteWriter: JSONSink {
  // MARK: State

  /// The text written so far.
  var bytes: [UInt8]
  /// Whether the next value or key follows another in its container.
  private var needsComma = false

  /// A writer that appends to `bytes`.
  init(appendingTo bytes: [UInt8]) { self.bytes = bytes }

  // MARK: Writing

  mutating func openObject() { open(UInt8(ascii: "{")) }
  mutating func openArray() { open(UInt8(ascii: "[")) }

  mutating func closeObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  mutating func closeArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  mutating func key(_ name: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  mutating func string(_ text: String) {
    separate()
    JSONValue.appendString(text, to: &bytes)
    needsComma = true
  }

  mutating func number(_ lexeme: String) { raw(lexeme) }
  mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }
  mutating func null() { raw("null") }

  mutating func value(_ value: JSONValue) {
    separate()
    value.write(to: &bytes, indent: nil)
    needsComma = true
  }

  mutating func member(_ member: JSONValue.Member) {
    separate()
    JSONValue.appendString(member.key, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    member.value.write(to: &bytes, indent: nil)
    needsComma = true
  }

  mutating func members(_ fragment: JSONFragment) {
    guard !fragment.bytes.isEmpty else { return }
    separate()
    bytes.append(contentsOf: fragment.bytes)
    needsComma = true
  }

  // MARK: Punctuation

  private mutating func open(_ bracket: UInt8) {
    separate()
    bytes.append(bracket)
    needsComma = false
  }

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  private mutating func raw(_ text: String) {
    separate()
    JSONValue.append(text, to: &bytes)
    needsComma = true
  }
}
