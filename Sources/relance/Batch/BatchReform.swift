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
  /// note's reference).
  ///
  /// - Throws: ``ProgrammeError`` as `report(onJSON:selection:)`.
  func report(_ document: JSONDocument, of programme: any FundingProgramme, selection: ReadingSelection)
    throws(ProgrammeError) -> AssessmentReport
  {
    var report = try self.programme(programme).report(onJSON: document, selection: selection)
    guard programmes[programme.identifier] != nil else { return report }
    let base = try programme.report(onJSON: document, selection: selection)
    report.reform = ReformNote(reform, filedOn: Self.filingDate(document.value), before: base, after: report)
    return report
  }

  /// A dossier's filing date (`filedOn`), if it has a valid one.
  static func filingDate(_ dossier: JSONValue) -> CalendarDate? {
    guard case .object(let members) = dossier,
      case .string(let text)? = members.first(where: { $0.key == "filedOn" })?.value
    else { return nil }
    return try? CalendarDate(iso: text)
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
      let named = Set(reform.parameters.map(\.id))
      for programme in CommandLineTool.programmes
      where programme.parameterDescriptions.contains(where: { named.contains($0.id) }) {
        programmes[programme.identifier] = try programme.reformed(by: reform)
      }
      return .success(BatchReform(reform: reform, programmes: programmes))
    } catch {
      return .failure(.badInput(file: path, error.description))
    }
  }
}
