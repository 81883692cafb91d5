import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: import

  /// `relance import ds --mapping MAPPING.json FILE`: a dossier (getDossier) as the dossier
  /// JSON of design §6, or a page of dossiers (getDemarche) as JSON Lines; each dossier
  /// that cannot be imported is one line on standard error naming its champ, and the
  /// others are printed (exit 2 when one failed).
  static func importDossiers(_ arguments: [String], readFile: (String) throws(InputFileError) -> [UInt8]) -> ToolResult
  {
    let usage = "utilisation : relance import ds --mapping CORRESPONDANCE.json FICHIER"
    var mappingPath: String?
    var positional: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--mapping" {
        guard index < arguments.count else { return .badUsage("--mapping attend un fichier ; " + usage) }
        mappingPath = arguments[index]
        index += 1
      } else {
        positional.append(argument)
      }
    }
    guard let mappingPath, positional.count == 2, positional[0] == "ds" else { return .badUsage(usage) }
    let path = positional[1]
    let mapping: DSMapping
    switch loadJSON(mappingPath, readFile: readFile) {
    case .failure(let result): return result
    case .success(let json):
      do throws(InterchangeError) { mapping = try DSMapping(json: json) } catch {
        return .badInput(file: mappingPath, error.description)
      }
    }
    let response: JSONValue
    switch loadJSON(path, readFile: readFile) {
    case .failure(let result): return result
    case .success(let json): response = json
    }
    let objects: [JSONValue]
    do throws(DSImportError) { objects = try DSImport.dossierObjects(in: response) } catch {
      return .badInput(file: path, error.description)
    }
    let importer = DSImport(mapping: mapping)
    var output = ""
    var errors = ""
    for object in objects {
      do throws(DSImportError) {
        let dossier = try importer.dossier(from: object)
        output += dossier.serialized(pretty: objects.count == 1) + "\n"
      } catch {
        errors += TerminalText.line(path) + ": " + TerminalText.line(error.description) + "\n"
      }
    }
    return ToolResult(
      status: errors.isEmpty ? ExitStatus.success : ExitStatus.badInput, standardOutput: output, standardError: errors)
  }
}
