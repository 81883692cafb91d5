import NIOCore

/// Cuts a streamed body into lines (`\n`, an optional `\r` before it dropped), each at
/// most `limit` bytes: what an `application/x-ndjson` request is read with, one line in
/// memory at a time.
struct LineSplitter {
  // MARK: State

  /// A line read whole, or one longer than the limit (its bytes dropped).
  enum Line {
    case complete([UInt8])
    case tooLong
  }

  /// The longest line kept.
  let limit: Int
  /// The bytes of the line being read.
  private var pending: [UInt8] = []
  /// Whether the line being read passed the limit.
  private var overflowed = false

  init(limit: Int) { self.limit = limit }

  // MARK: Reading

  /// The lines the next part of the body completes, in order.
  mutating func append(_ buffer: ByteBuffer) -> [Line] {
    var lines: [Line] = []
    buffer.withUnsafeReadableBytes { bytes in
      var start = bytes.startIndex
      while let newline = bytes[start...].firstIndex(of: 0x0A) {
        add(bytes[start..<newline])
        lines.append(finishLine())
        start = newline + 1
      }
      add(bytes[start...])
    }
    return lines
  }

  /// The last line, when the body does not end with a line break.
  mutating func finish() -> Line? {
    guard !pending.isEmpty || overflowed else { return nil }
    return finishLine()
  }

  private mutating func add(_ bytes: Slice<UnsafeRawBufferPointer>) {
    guard !overflowed else { return }
    guard pending.count + bytes.count <= limit else {
      overflowed = true
      pending = []
      return
    }
    pending.append(contentsOf: bytes)
  }

  private mutating func finishLine() -> Line {
    defer {
      pending.removeAll(keepingCapacity: pending.count <= 65_536)
      overflowed = false
    }
    if overflowed { return .tooLong }
    if pending.last == 0x0D { pending.removeLast() }
    return .complete(pending)
  }
}
