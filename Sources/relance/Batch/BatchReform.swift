import FranceRelanceModel

/// A reform a run of `relance assess --reform FILE` applies: the reform, and each
/// programme it changes, under it.
struct BatchReform: Sendable {
  /// The reform.
  let reform: Reform
  /// The programmes the reform changes, reformed, by identifier.
  let programmes: [ProgrammeIdentifier: any FundingProgramme]

  /// The programme a dossier of `programme` is assessed by.
  func programme(_ programme: any FundingProgramme) -> any FundingProgramme {
    programmes[programme.identifier] ?? programme
  }

  /// The report of `document` under the reform, with its note (the texts' report is the
  /// note's reference); the texts' report when the reform changes nothing of `programme`.
  ///
  /// - Throws: ``ProgrammeError`` as `report(onJSON:selection:)`.
  func report(_ document: JSONDocument, of programme: any FundingProgramme, selection: ReadingSelection)
    throws(ProgrammeError) -> AssessmentReport
  {
    try reform.report(document, by: programme, reformed: self.programme(programme), selection: selection)
  }

  /// Reads and checks the reform file at `path`, and reforms the programmes it changes.
  static func load(_ path: String, readFile: (String) throws(InputFileError) -> [UInt8]) -> Result<
    BatchReform, ToolResult
  > {
    let json: JSONValue
    switch CommandLineTool.loadJSON(path, readFile: readFile) {
    case .failure(let result): return .failure(result)
    case .success(let value): json = value
    }
    do throws(InterchangeError) {
      let reform = try Reform(json: json).checked(against: CommandLineTool.programmes)
      var programmes: [ProgrammeIdentifier: any FundingProgramme] = [:]
      for programme in CommandLineTool.programmes where reform.changes(programme) {
        programmes[programme.identifier] = try programme.reformed(by: reform)
      }
      return .success(BatchReform(reform: reform, programmes: programmes))
    } catch {
      return .failure(.badInput(file: path, error.description))
    }
  }
}
