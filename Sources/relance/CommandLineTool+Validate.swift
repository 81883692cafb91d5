import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: validate

  /// `relance validate FILE`: every input error of a dossier, one line each (file, field
  /// path, reason); exit 2 when there is one, 0 when the dossier can be read.
  static func validate(_ arguments: [String], readFile: (String) throws(InputFileError) -> [UInt8]) -> ToolResult {
    guard let (_, positional) = parse(arguments, flags: []), positional.count == 1 else {
      return .badUsage(unknownOption(in: arguments, allowed: []) ?? "utilisation : relance validate FICHIER")
    }
    let path = positional[0]
    let document: JSONValue
    switch loadJSON(path, readFile: readFile) {
    case .success(let value): document = value
    case .failure(let result): return result
    }
    let programme: any FundingProgramme
    do {
      programme = try ProgrammeCatalogue.programme(of: document)
    } catch {
      return .badInput(file: path, error.description)
    }
    let errors = programme.inputErrors(in: document)
    guard !errors.isEmpty else {
      return .success(TerminalText.line(path) + " : aucune erreur de saisie (" + programme.identifier.rawValue + ")\n")
    }
    let lines = errors.map { TerminalText.line(path) + ": " + TerminalText.line($0.description) + "\n" }
    return ToolResult(status: ExitStatus.badInput, standardError: lines.joined())
  }
}
