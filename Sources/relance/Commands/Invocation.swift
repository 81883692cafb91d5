/// What a command runs with: its arguments (after the command's name) and the tool's
/// access to files and streams, which tests replace.
struct Invocation {
  /// The arguments after the command's name.
  let arguments: [String]
  /// Reads a whole input file.
  let readFile: (String) throws(InputFileError) -> [UInt8]
  /// Writes a file; the error's text, or `nil`.
  let writeFile: (String, String) -> String?
  /// The streams of a batch, or `nil` in memory (tests).
  let io: BatchIO?
}
