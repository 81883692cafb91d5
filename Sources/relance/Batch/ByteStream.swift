/// A source of bytes read in pieces: a file, standard input, or bytes in memory.
///
/// `relance assess` reads `.jsonl` files and standard input through it, a dossier at a
/// time, so that a batch of any size runs in constant memory.
protocol ByteStream {
  /// Reads at most `buffer.count` bytes into `buffer`; 0 at the end of the stream.
  ///
  /// - Throws: ``InputFileError`` when the source cannot be read.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFileError) -> Int
}
