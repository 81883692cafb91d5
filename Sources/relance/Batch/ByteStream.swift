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
    // Read into a scratch piece and append only what was read: a pipe that gives a few
    // bytes at a time costs a few bytes, not a 64 KiB fill and trim per read.
    let read = withUnsafeTemporaryAllocation(byteCount: 65_536, alignment: 1) { scratch in
      Result { () throws(InputFileError) -> Int in
        let count = try self.read(into: scratch)
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[..<count]))
        return count
      }
    }
    return try read.get() > 0
  }
}
