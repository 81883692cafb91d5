/// One dossier of a batch: where it comes from, and its bytes or why they could not be read.
struct BatchItem: Sendable {
  /// The file as named on the command line (`-` for standard input).
  let file: String
  /// The line of a `.jsonl` file or of standard input; `nil` for a whole file.
  let line: Int?
  /// The dossier's bytes, or the reason they could not be read.
  let content: Result<[UInt8], InputFileError>

  /// Where the dossier comes from, as the summary prints it: `file` or `file:line`.
  var location: String { line.map { file + ":" + String($0) } ?? file }
}
