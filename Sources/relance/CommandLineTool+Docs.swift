#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(Musl)
  import Musl
#endif

extension CommandLineTool {
  // MARK: docs

  static func docs(_ arguments: [String], writeFile: (String, String) -> String?) -> ToolResult {
    guard let (_, positional) = parse(arguments, flags: []), positional.count == 1 else {
      return .badUsage("utilisation : relance docs DOSSIER")
    }
    let directory = positional[0]
    // An empty path would put the pages at the root of the file system.
    guard !directory.isEmpty else { return .badUsage("relance docs attend un chemin de dossier non vide") }
    var written: [String] = []
    for page in ReferenceDocs.pages() {
      let path = (directory.hasSuffix("/") ? directory : directory + "/") + page.name
      if let error = writeFile(path, page.content) {
        return ToolResult(
          status: ExitStatus.outputError, standardError: TerminalText.line(path) + ": " + error + "\n")
      }
      written.append(path)
    }
    return .success(written.map { TerminalText.line($0) + "\n" }.joined())
  }
}

extension RelanceTool {
  /// Writes a page, creating its folder: through a temporary file created exclusively
  /// (never through an existing file or link) then renamed over the page, so that a link
  /// planted at the page's name is replaced, not followed, and a failed write leaves the
  /// old page whole. Returns an error message or `nil`.
  static func writeFile(_ path: String, _ content: String) -> String? {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    let folder = parts.dropLast().joined(separator: "/")
    var prefix = ""
    for (index, component) in parts.dropLast().enumerated() {
      prefix += (index == 0 ? "" : "/") + component
      guard !component.isEmpty, mkdir(prefix, 0o755) != 0, errno != EEXIST else { continue }
      return "création du dossier impossible (" + String(cString: strerror(errno)) + ")"
    }
    var information = stat()
    if lstat(path, &information) == 0, information.st_mode & S_IFMT != S_IFREG, information.st_mode & S_IFMT != S_IFLNK
    {
      return "écriture refusée : ce n'est pas un fichier ordinaire"
    }
    let temporary =
      (folder.isEmpty ? "" : folder + "/") + ".relance-" + String(getpid()) + "-" + String(parts.last ?? "")
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return "écriture impossible (" + String(cString: strerror(errno)) + ")" }
    let wrote = write(content, to: descriptor)
    let reason = String(cString: strerror(errno))
    guard close(descriptor) == 0, wrote else {
      unlink(temporary)
      return "écriture impossible (" + reason + ")"
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      return "écriture impossible (" + reason + ")"
    }
    return nil
  }
}
