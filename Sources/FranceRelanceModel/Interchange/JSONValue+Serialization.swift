extension JSONValue {
  // MARK: Writing

  /// The document as JSON text, deterministic: members in their stored order, two-space
  /// indentation when `pretty`, non-ASCII characters written as UTF-8.
  public func serialized(pretty: Bool = true) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(1_024)
    write(to: &output, indent: pretty ? 0 : nil)
    return String(decoding: output, as: UTF8.self)
  }

  // The text is written as UTF-8 bytes, runs of characters that need no escape copied
  // at once: appending scalar by scalar to a `String` made a report's JSON about ten
  // times slower.
  func write(to output: inout [UInt8], indent: Int?) {
    switch self {
    case .null: Self.append("null", to: &output)
    case .bool(let value): Self.append(value ? "true" : "false", to: &output)
    case .number(let lexeme): Self.append(lexeme, to: &output)
    case .string(let text): Self.appendString(text, to: &output)
    case .array(let elements):
      guard !elements.isEmpty else {
        Self.append("[]", to: &output)
        return
      }
      output.append(UInt8(ascii: "["))
      for (offset, element) in elements.enumerated() {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        Self.newline(&output, indent.map { $0 + 1 })
        element.write(to: &output, indent: indent.map { $0 + 1 })
      }
      Self.newline(&output, indent)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else {
        Self.append("{}", to: &output)
        return
      }
      output.append(UInt8(ascii: "{"))
      for (offset, member) in members.enumerated() {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        Self.newline(&output, indent.map { $0 + 1 })
        Self.appendString(member.key, to: &output)
        Self.append(indent == nil ? ":" : ": ", to: &output)
        member.value.write(to: &output, indent: indent.map { $0 + 1 })
      }
      Self.newline(&output, indent)
      output.append(UInt8(ascii: "}"))
    }
  }

  static func append(_ text: String, to output: inout [UInt8]) {
    var text = text
    text.withUTF8 { output.append(contentsOf: $0) }
  }

  private static func newline(_ output: inout [UInt8], _ indent: Int?) {
    guard let indent else { return }
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
  }

  /// Appends `text` as a JSON string: quoted, with `"`, `\` and control characters escaped.
  static func appendString(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var run = 0
      var index = 0
      while index < bytes.count {
        // Eight bytes at a time while none needs an escape.
        if index + 8 <= bytes.count,
          !needsEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
        {
          index += 8
          continue
        }
        let byte = bytes[index]
        index += 1
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
        let position = index - 1
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
        run = index
        switch byte {
        case UInt8(ascii: "\""): append("\\\"", to: &output)
        case UInt8(ascii: "\\"): append("\\\\", to: &output)
        case UInt8(ascii: "\n"): append("\\n", to: &output)
        case UInt8(ascii: "\r"): append("\\r", to: &output)
        case UInt8(ascii: "\t"): append("\\t", to: &output)
        default:
          let hex = String(byte, radix: 16)
          append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, to: &output)
        }
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
    }
    output.append(UInt8(ascii: "\""))
  }

  /// Whether one of eight bytes is a control character, `"` or `\` (the bytes a JSON
  /// string escapes), tested on the word at once.
  @inline(__always)
  static func needsEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A byte below 0x20 (bytes of 0x80 and above are left out by `~word`).
    let control = (word &- ones &* 0x20) & ~word & highs
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let quoteZero = (quote &- ones) & ~quote & highs
    let backslashZero = (backslash &- ones) & ~backslash & highs
    return control | quoteZero | backslashZero != 0
  }
}
