import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: test

  /// `relance test [--reform FILE] PATH…`: runs regulation cases (design §7), files or
  /// folders (their `.json` files, subfolders included), under a reform's parameters when
  /// one is given; one line per case, OK or ÉCHEC with the differences, then the coverage;
  /// exit 0 only when every case passes.
  static func test(_ arguments: [String], io: BatchIO) -> ToolResult {
    let parsed: DossierArguments
    switch DossierArguments.parse(arguments, flags: []) {
    case .success(let value): parsed = value
    case .failure(let result): return result
    }
    let paths = parsed.paths
    guard !paths.isEmpty else { return .badUsage("utilisation : relance test [--reform RÉFORME.json] CHEMIN…") }
    var reform: Reform?
    if let reformPath = parsed.reformPath {
      switch BatchReform.load(reformPath, readFile: io.readFile) {
      case .success(let loaded): reform = loaded.reform
      case .failure(let result): return result
      }
    }
    var files: [String] = []
    var read: [String: [UInt8]] = [:]
    for path in paths {
      if let tree = io.listTree(path) {
        // A folder without a case is bad input, not a silent success.
        guard !tree.isEmpty else { return .badInput(file: path, "aucun cas (fichier .json) dans ce dossier") }
        files += tree
      } else {
        // A path named on the command line that cannot be read is bad input, not a case
        // that fails.
        do throws(InputFileError) { read[path] = try io.readFile(path) } catch {
          return .badInput(file: path, error.description)
        }
        files.append(path)
      }
    }
    var lines: [String] = []
    var coverage = CaseCoverage()
    var failures = 0
    for file in files {
      let result: CaseResult
      do throws(InputFileError) {
        let bytes: [UInt8]
        if let known = read[file] { bytes = known } else { bytes = try io.readFile(file) }
        do throws(InterchangeError) {
          result = try RegulationCase(json: try JSONValue(parsing: bytes)).run(
            in: registry, reform: reform)
        } catch {
          result = CaseResult(name: "cas illisible", differences: [error.description])
        }
      } catch {
        result = CaseResult(name: "cas illisible", differences: [error.description])
      }
      coverage.add(result)
      if result.passed {
        lines.append("OK     " + TerminalText.line(file) + " — " + TerminalText.line(result.name))
      } else {
        failures += 1
        lines.append(
          "ÉCHEC  " + TerminalText.line(file) + " — " + TerminalText.line(result.name) + " : "
            + TerminalText.line(result.differences.joined(separator: " ; ")))
      }
    }
    let summary =
      String(files.count) + " cas, " + String(files.count - failures) + " réussis, " + String(failures)
      + (failures > 1 ? " échecs" : " échec")
    return ToolResult(
      status: failures == 0 ? ExitStatus.success : ExitStatus.ineligible,
      standardOutput: lines.joined(separator: "\n") + "\n\n" + summary + ".\n" + coverage.frenchDescription)
  }
}
