#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `relance` executable: reads the arguments, runs the command, writes its output and
/// exits with its status.
@main
struct RelanceTool {
  static func main() {
    let result = CommandLineTool.run(
      arguments: Array(CommandLine.arguments.dropFirst()), readFile: readFile, writeFile: writeFile)
    write(result.standardOutput, to: STDOUT_FILENO)
    write(result.standardError, to: STDERR_FILENO)
    exit(result.status)
  }

  /// Writes all of `text` to a file descriptor (retrying short writes).
  static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }

  /// Reads at most ``CommandLineTool/inputSizeLimit`` bytes of a file.
  static func readFile(_ path: String) throws(InputFileError) -> [UInt8] {
    guard let file = fopen(path, "rb") else {
      throw InputFileError.unreadable(String(cString: strerror(errno)))
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
      if bytes.count > CommandLineTool.inputSizeLimit { throw InputFileError.tooLarge }
      if count < buffer.count {
        if ferror(file) != 0 { throw InputFileError.unreadable(String(cString: strerror(errno))) }
        return bytes
      }
    }
  }
}
