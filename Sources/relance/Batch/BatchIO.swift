/// What a batch reads and writes: the files, standard input, folders and the output,
/// given by the executable (or by a test, in memory).
struct BatchIO {
  /// Reads a whole file (at most ``CommandLineTool/inputSizeLimit`` bytes).
  var readFile: (String) throws(InputFileError) -> [UInt8]
  /// Opens a file, or standard input for `-`, as a stream.
  var openStream: (String) throws(InputFileError) -> any ByteStream
  /// The `.json` and `.jsonl` files of a folder, sorted; `nil` when the path is not a folder.
  var listDirectory: (String) -> [String]?
  /// The `.json` files of a folder and of its subfolders, sorted; `nil` when the path is
  /// not a folder (`relance test`).
  var listTree: (String) -> [String]? = { _ in nil }
  /// Writes UTF-8 text to standard output; `false` when the write failed.
  var emit: ([UInt8]) -> Bool
  /// Told how many dossiers were assessed so far, after each group (a progress line).
  var progress: (Int) -> Void

  /// The batch I/O of an in-memory run: files read with `readFile`, no folders, output
  /// appended by `emit`.
  static func inMemory(
    readFile: @escaping (String) throws(InputFileError) -> [UInt8], emit: @escaping ([UInt8]) -> Bool
  ) -> BatchIO {
    BatchIO(
      readFile: readFile,
      openStream: { (path: String) throws(InputFileError) -> any ByteStream in MemoryStream(try readFile(path)) },
      listDirectory: { _ in nil }, emit: emit, progress: { _ in })
  }
}
