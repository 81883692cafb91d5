#if canImport(Glibc)
  import Glibc

  /// `write(2)`, named through its module: the C library is `Glibc` on Linux, `Darwin` on
  /// macOS (issue #25: the unguarded `Glibc.write` did not build on macOS).
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin

  /// `write(2)`, named through its module.
  private let systemWrite = Darwin.write
#elseif canImport(Musl)
  import Musl

  /// `write(2)`, named through its module.
  private let systemWrite = Musl.write
#endif

/// The `relance` executable: reads the arguments, runs the command, writes its output and
/// exits with its status.
@main
struct RelanceTool {
  static func main() {
    let names = ArgumentNames(argc: CommandLine.argc, argv: CommandLine.unsafeArgv)
    var progressShown = false
    let showsProgress = isatty(STDERR_FILENO) != 0
    let io = BatchIO(
      readFile: { (path: String) throws(InputFileError) -> [UInt8] in try readFile(names.bytes(of: path)) },
      openStream: { (path: String) throws(InputFileError) -> any ByteStream in
        FileStream(descriptor: try openRegularFile(names.bytes(of: path)), isStandardInput: path == "-")
      },
      listDirectory: { path in try? listDirectory(names.bytes(of: path), names: names.folders) },
      listTree: { path in try? listDirectory(names.bytes(of: path), recursive: true, names: names.folders) },
      emit: { write($0, to: STDOUT_FILENO) },
      progress: { count in
        guard showsProgress, count >= 10_000 else { return }
        progressShown = true
        _ = write("\rrelance : " + String(count) + " dossiers évalués", to: STDERR_FILENO)
      })
    let result = CommandLineTool.run(
      arguments: names.arguments, readFile: io.readFile,
      writeFile: { path, content in
        // A folder named by bytes that are not UTF-8 would be written under its decoded
        // name, elsewhere: refused.
        guard !names.startsWithUndecodableArgument(path) else {
          return "chemin qui n'est pas en UTF-8 valide : renommez le dossier"
        }
        return writeFile(path, content)
      }, io: io)
    if progressShown { _ = write("\n", to: STDERR_FILENO) }
    // Every write and the closing of standard output are checked: output lost on a full
    // disk or a closed pipe is an error (74), never a silent success.
    guard write(result.standardOutput, to: STDOUT_FILENO), close(STDOUT_FILENO) == 0 || errno == EBADF else {
      let reason = String(cString: strerror(errno))
      _ = write(result.standardError, to: STDERR_FILENO)
      _ = write("relance: écriture impossible sur la sortie standard (" + reason + ")\n", to: STDERR_FILENO)
      exit(ExitStatus.outputError)
    }
    _ = write(result.standardError, to: STDERR_FILENO)
    exit(result.status)
  }

  /// Writes all of `text` to a file descriptor (retrying short and interrupted writes);
  /// `false` when a write fails.
  static func write(_ text: String, to descriptor: Int32) -> Bool {
    var text = text
    return text.withUTF8 { write($0, to: descriptor) }
  }

  /// Writes all of `bytes` to a file descriptor (retrying short and interrupted writes);
  /// `false` when a write fails.
  static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBufferPointer { write($0, to: descriptor) }
  }

  /// Writes all of a buffer to a file descriptor; `false` when a write fails.
  static func write(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < buffer.count {
      let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      if written < 0, errno == EINTR { continue }
      if written <= 0 { return false }
      offset += written
    }
    return true
  }

  /// Opens a regular file for reading, or standard input for `-`, without waiting: a FIFO
  /// opened without a writer would block, so the file is opened non-blocking, checked to
  /// be regular, then switched back to blocking reads.
  ///
  /// - Throws: ``InputFileError``.
  static func openRegularFile(_ path: [UInt8]) throws(InputFileError) -> Int32 {
    if path == [UInt8(ascii: "-")] { return STDIN_FILENO }
    let descriptor = path.withUnsafeBufferPointer { bytes in
      (Array(bytes) + [0]).withUnsafeBufferPointer { name in
        name.baseAddress!.withMemoryRebound(to: CChar.self, capacity: name.count) {
          open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        }
      }
    }
    guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
    var information = stat()
    guard fstat(descriptor, &information) == 0, information.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      throw .notRegularFile
    }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return descriptor
  }

  /// Reads a file named by UTF-8 text (see ``readFile(_:)-([UInt8])``).
  static func readFile(_ path: String) throws(InputFileError) -> [UInt8] { try readFile(Array(path.utf8)) }

  /// Reads at most ``CommandLineTool/inputSizeLimit`` bytes of a regular file or of
  /// standard input.
  static func readFile(_ path: [UInt8]) throws(InputFileError) -> [UInt8] {
    var stream = FileStream(descriptor: try openRegularFile(path), isStandardInput: path == [UInt8(ascii: "-")])
    defer { stream.close() }
    var bytes: [UInt8] = []
    while try stream.append(to: &bytes) {
      if bytes.count > CommandLineTool.inputSizeLimit { throw InputFileError.tooLarge }
    }
    return bytes
  }

  /// The `.json` and `.jsonl` regular files of a folder, sorted by name; `nil` when the path
  /// is not a folder.
  static func listDirectory(_ path: [UInt8], recursive: Bool = false, names: FolderNames? = nil) throws -> [String]? {
    let name = String(decoding: path, as: UTF8.self)
    guard
      let directory = (path + [0]).withUnsafeBufferPointer({ bytes in
        bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { opendir($0) }
      })
    else { return nil }
    defer { closedir(directory) }
    var entries: [String] = []
    while let entry = readdir(directory) {
      let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      let file = String(decoding: bytes, as: UTF8.self)
      guard !file.hasPrefix(".") else { continue }
      let separator: [UInt8] = path.last == UInt8(ascii: "/") ? [] : [UInt8(ascii: "/")]
      let full = (name.hasSuffix("/") ? name : name + "/") + file
      let fullBytes = path + separator + bytes
      // Each path is noted with its bytes: a name that is not UTF-8 is opened by them, and
      // two names that decode alike are refused, not read one for the other.
      names?.note(full, bytes: fullBytes)
      if recursive, entry.pointee.d_type == UInt8(DT_DIR) {
        entries += (try listDirectory(fullBytes, recursive: true, names: names)) ?? []
        continue
      }
      guard file.hasSuffix(".json") || (!recursive && file.hasSuffix(".jsonl")) else { continue }
      entries.append(full)
    }
    return entries.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
