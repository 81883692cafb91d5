/// Reads a stream line by line, each line bounded: what a `.jsonl` file or standard input
/// holds, one dossier per line.
///
/// A line longer than ``CommandLineTool/inputSizeLimit`` is skipped up to its end and
/// reported as ``Line/tooLong(number:)``, so that one bad line never stops a batch nor
/// grows the memory. Line numbers start at 1; a final `\r` is dropped (files written on
/// Windows).
struct LineReader {
  /// One line of the stream.
  enum Line: Equatable {
    /// A line and its number.
    case text(number: Int, bytes: [UInt8])
    /// A line over the size limit, skipped.
    case tooLong(number: Int)
  }

  private var stream: any ByteStream
  private let limit: Int
  private var buffer: [UInt8]
  private var start = 0
  private var end = 0
  private var finished = false
  private var number = 0

  /// A reader of `stream`, each line at most `limit` bytes.
  init(_ stream: any ByteStream, limit: Int = CommandLineTool.inputSizeLimit) {
    self.stream = stream
    self.limit = limit
    buffer = [UInt8](repeating: 0, count: 65_536)
  }

  /// The next line; `nil` at the end of the stream.
  ///
  /// - Throws: ``InputFileError`` when the stream cannot be read.
  mutating func next() throws(InputFileError) -> Line? {
    var line: [UInt8] = []
    var tooLong = false
    while true {
      if start == end {
        if finished { break }
        start = 0
        end = 0
        var stream = self.stream
        let read = buffer.withUnsafeMutableBytes { raw in
          Result { () throws(InputFileError) -> Int in try stream.read(into: raw) }
        }
        self.stream = stream
        let count = try read.get()
        if count == 0 {
          finished = true
          break
        }
        end = count
      }
      let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n"))
      let stop = newline ?? end
      if !tooLong {
        if line.count + (stop - start) > limit {
          tooLong = true
          line = []
        } else {
          line.append(contentsOf: buffer[start..<stop])
        }
      }
      if let newline {
        start = newline + 1
        return finish(line, tooLong: tooLong)
      }
      start = end
    }
    // The end of the stream: the last line, unless it is empty.
    if line.isEmpty && !tooLong { return nil }
    return finish(line, tooLong: tooLong)
  }

  private mutating func finish(_ line: [UInt8], tooLong: Bool) -> Line {
    number += 1
    if tooLong { return .tooLong(number: number) }
    var line = line
    if line.last == UInt8(ascii: "\r") { line.removeLast() }
    return .text(number: number, bytes: line)
  }
}
