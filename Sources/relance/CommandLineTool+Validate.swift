import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: validate

  /// `relance validate FILE`: every input error of a dossier, one line each (file, field
  /// path, reason); exit 2 when there is one, 0 when the dossier can be read.
  static func validate(_ arguments: [String], readFile: (String) throws(InputFileError) -> [UInt8]) -> ToolResult {
    guard let (_, positional) = parse(arguments, flags: []), positional.count == 1 else {
      return .badUsage("utilisation : relance validate FICHIER")
    }
    let path = positional[0]
    let document: JSONValue
    let programme: any FundingProgramme
    switch loadDossier(path, readFile: readFile) {
    case .success(let loaded): (document, programme) = loaded
    case .failure(let result): return result
    }
    let errors = programme.inputErrors(in: document)
    guard !errors.isEmpty else {
      return .success(TerminalText.line(path) + " : aucune erreur de saisie (" + programme.identifier.rawValue + ")\n")
    }
    let lines = errors.map { TerminalText.line(path) + ": " + TerminalText.line($0.description) + "\n" }
    return ToolResult(status: ExitStatus.badInput, standardError: lines.joined())
  }
}
