/// A source of bytes read in pieces: a file, standard input, or bytes in memory.
///
/// `relance assess` reads `.jsonl` files and standard input through it, a dossier at a
/// time, so that a batch of any size runs in constant memory.
protocol ByteStream {
  /// Reads at most `buffer.count` bytes into `buffer`; 0 at the end of the stream.
  ///
  /// - Throws: ``InputFileError`` when the source cannot be read.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFileError) -> Int

  /// Releases what the stream holds (a file's descriptor); a batch closes each file once
  /// it is read, so a folder of any number of files stays within the descriptor limit.
  func close()
}

extension ByteStream {
  /// Nothing to release (bytes in memory).
  func close() {}

  /// Reads the next piece of the stream (at most 64 KiB) at the end of `bytes`; `false` at
  /// the end of the stream.
  ///
  /// - Throws: ``InputFileError`` when the source cannot be read.
  mutating func append(to bytes: inout [UInt8]) throws(InputFileError) -> Bool {
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(0, count: 65_536))
    let read = bytes.withUnsafeMutableBytes { raw in
      Result { () throws(InputFileError) -> Int in
        try self.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[start...]))
      }
    }
    let count: Int
    do throws(InputFileError) { count = try read.get() } catch {
      bytes.removeLast(65_536)
      throw error
    }
    bytes.removeLast(65_536 - count)
    return count > 0
  }
}
