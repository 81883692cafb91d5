import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: test

  /// `relance test PATH…`: runs regulation cases (design §7), files or folders (their
  /// `.json` files, subfolders included); one line per case, OK or ÉCHEC with the
  /// differences, then the coverage; exit 0 only when every case passes.
  static func test(_ arguments: [String], io: BatchIO) -> ToolResult {
    guard let (_, paths) = parse(arguments, flags: []), !paths.isEmpty else {
      return .badUsage("utilisation : relance test CHEMIN…")
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
          result = try RegulationCase(json: try JSONValue(parsing: bytes)).run()
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
