/// Bytes already in memory, read as a stream (a whole file read by `readFile`, or a test's
/// input).
struct MemoryStream: ByteStream {
  /// The bytes.
  let bytes: [UInt8]
  /// How many were read.
  private(set) var offset = 0

  /// A stream of `bytes`.
  init(_ bytes: [UInt8]) { self.bytes = bytes }

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFileError) -> Int {
    let count = Swift.min(buffer.count, bytes.count - offset)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
    }
    offset += count
    return count
  }
}
