/// A stream that gives bytes already read first, then the rest of another stream: what
/// `relance assess -` reads after looking at the start of standard input.
struct PrefixedStream: ByteStream {
  /// The bytes already read.
  private let prefix: [UInt8]
  private var offset = 0
  /// The rest.
  private var rest: any ByteStream

  /// A stream of `prefix`, then of `rest`.
  init(_ prefix: [UInt8], then rest: any ByteStream) {
    self.prefix = prefix
    self.rest = rest
  }

  /// Closes the rest.
  func close() { rest.close() }

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFileError) -> Int {
    guard offset < prefix.count else { return try rest.read(into: buffer) }
    let count = Swift.min(buffer.count, prefix.count - offset)
    prefix.withUnsafeBytes { source in
      buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
    }
    offset += count
    return count
  }
}
