import FranceRelanceModel

/// The arguments of the commands that read dossiers (`assess`, `questions`): their flags,
/// the readings chosen with `--reading LECTURE=VARIANTE` (or `--reading=…`) and the files.
struct DossierArguments {
  /// The flags given, among those the command accepts.
  var flags: Set<String> = []
  /// The readings chosen.
  var selection = ReadingSelection()
  /// The files, in order.
  var paths: [String] = []
  /// The reform file of `--reform FILE`, if any.
  var reformPath: String?

  /// Parses arguments; a usage error for a reading without its value or with an unknown
  /// syntax. Unknown options never get here: `CommandLineTool.run` refuses them first,
  /// naming the nearest one (`CommandLineTool.options`).
  static func parse(_ arguments: [String], flags allowed: Set<String>) -> Result<
    DossierArguments, ToolResult
  > {
    var result = DossierArguments()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if allowed.contains(argument) {
        result.flags.insert(argument)
      } else if argument == "--reform" || argument.hasPrefix("--reform=") {
        var path = String(argument.dropFirst("--reform".count))
        if path.isEmpty {
          guard index < arguments.count else { return .failure(.badUsage("--reform attend un fichier de réforme")) }
          path = arguments[index]
          index += 1
        } else {
          path.removeFirst()
        }
        result.reformPath = path
      } else if argument == "--reading" || argument.hasPrefix("--reading=") {
        var choice = String(argument.dropFirst("--reading".count))
        if choice.isEmpty {
          guard index < arguments.count else { return .failure(.badUsage("--reading attend LECTURE=VARIANTE")) }
          choice = arguments[index]
          index += 1
        } else {
          choice.removeFirst()
        }
        do { try result.selection.add(parsing: choice) } catch { return .failure(.badUsage(error.description)) }
      } else {
        result.paths.append(argument)
      }
    }
    return .success(result)
  }
}
