#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CommandLineTool {
  // MARK: docs

  static func docs(_ arguments: [String], writeFile: (String, String) -> String?) -> ToolResult {
    guard let (_, positional) = parse(arguments, flags: []), positional.count == 1 else {
      return .badUsage("utilisation : relance docs DOSSIER")
    }
    let directory = positional[0]
    var written: [String] = []
    for page in ReferenceDocs.pages() {
      let path = directory + "/" + page.name
      if let error = writeFile(path, page.content) {
        return ToolResult(status: ExitStatus.badInput, standardError: path + ": " + error + "\n")
      }
      written.append(path)
    }
    return .success(written.map { $0 + "\n" }.joined())
  }
}

extension RelanceTool {
  /// Writes a file, creating its directory; returns an error message or `nil`.
  static func writeFile(_ path: String, _ content: String) -> String? {
    var directory = ""
    for component in path.split(separator: "/", omittingEmptySubsequences: false).dropLast() {
      directory += (directory.isEmpty && !path.hasPrefix("/") ? "" : "/") + component
      if !directory.isEmpty, directory != "/" { _ = mkdir(directory, 0o755) }
    }
    guard let file = fopen(path, "wb") else { return "écriture impossible (" + String(cString: strerror(errno)) + ")" }
    defer { fclose(file) }
    var content = content
    let written = content.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
    return written == content.utf8.count ? nil : "écriture incomplète"
  }
}
