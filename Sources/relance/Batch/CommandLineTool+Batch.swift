import Dispatch
import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: assess, several dossiers

  /// The most dossiers assessed together: they are read, then assessed on every core,
  /// then printed in input order, so memory stays bounded whatever the batch's size.
  static let batchGroupSize = 1_024
  /// The most bytes of dossiers held at once (32 MiB).
  static let batchGroupBytes = 32 * 1_048_576

  /// Whether `relance assess` reads its inputs as a batch: several files, standard input
  /// (`-`), a `.jsonl` file or a folder.
  static func isBatch(_ paths: [String], _ io: BatchIO) -> Bool {
    paths.count > 1 || paths.contains { $0 == "-" || $0.hasSuffix(".jsonl") || io.listDirectory($0) != nil }
  }

  /// `relance assess` on a batch (design §6): one line per dossier in input order (a
  /// row of the summary table, or a JSON object with its `"file"`), the exit status of
  /// the worst dossier (2, 1, 3, 4, 0), a bad dossier reported on its own line while the
  /// batch goes on.
  static func assessBatch(
    _ paths: [String], json: Bool, verdict: Bool = false, spreadsheet: SpreadsheetStyle? = nil, html: Bool = false,
    selection: ReadingSelection, reform: BatchReform? = nil, io: BatchIO
  ) -> ToolResult {
    let json = json || verdict
    // A reading must belong to one of the programmes; each dossier gets the choices of its
    // own programme.
    var selections: [ProgrammeIdentifier: ReadingSelection] = [:]
    for programme in programmes {
      let ids = Set(programme.readings.map(\.id))
      selections[programme.identifier] = ReadingSelection(selection.choices.filter { ids.contains($0.id) })
    }
    let descriptions = programmes.flatMap(\.readings)
    for choice in selection.choices {
      guard let description = descriptions.first(where: { $0.id == choice.id }) else {
        return .badUsage(ReadingError.unknownReading(choice.id, known: descriptions.map(\.id)).description)
      }
      guard description.variants.contains(where: { $0.id == choice.variant }) else {
        return .badUsage(
          ReadingError.unknownVariant(choice.id, choice.variant, allowed: description.variants.map(\.id)).description)
      }
    }

    var batch = BatchRun(
      json: json, verdict: verdict, spreadsheet: spreadsheet, html: html, selections: selections, reform: reform,
      io: io)
    for path in paths {
      if let entries = io.listDirectory(path) {
        if entries.isEmpty {
          batch.add(BatchItem(file: path, line: nil, content: .failure(.unreadable("aucun fichier .json ou .jsonl"))))
        }
        for entry in entries { batch.read(entry) }
      } else {
        batch.read(path)
      }
      if batch.failed { return batch.writeFailure }
    }
    batch.flush()
    if batch.failed { return batch.writeFailure }
    guard batch.total > 0 else {
      return ToolResult(status: ExitStatus.badInput, standardError: "relance: aucun dossier lu (fichiers vides)\n")
    }
    if html {
      if !batch.write(PrintableReport(entries: batch.entries).html) { return batch.writeFailure }
      return ToolResult(status: batch.status)
    }
    if !json, spreadsheet == nil, !batch.write(batch.footer) { return batch.writeFailure }
    return ToolResult(status: batch.status)
  }

  /// The columns of the summary table.
  static let batchHeader = ["FICHIER", "RÉFÉRENCE", "STATUT", "PLAFOND", "RÈGLES NON RESPECTÉES"]

  /// Assesses one dossier of a batch: what it prints and its exit status.
  static func assessItem(
    _ item: BatchItem, selections: [ProgrammeIdentifier: ReadingSelection], json: Bool, verdict: Bool = false,
    spreadsheet: Bool = false, html: Bool = false, reform: BatchReform? = nil, registry: ProgrammeRegistry
  ) -> BatchOutcome {
    let bytes: [UInt8]
    switch item.content {
    case .failure(let error):
      if html { return failedEntry(item, error.description) }
      return failedItem(item, path: nil, error.description, json: json, spreadsheet: spreadsheet)
    case .success(let content): bytes = content
    }
    let report: AssessmentReport
    do throws(InterchangeError) {
      let document = try JSONDocument(parsing: bytes)
      let named = try registry.programme(of: document)
      let programme = reform?.programme(named) ?? named
      let selection = selections[programme.identifier] ?? .init()
      do {
        if verdict {
          // The compact verdict: no French finding is rendered.
          let summary = try programme.verdictSummary(onJSON: document, selection: selection)
          var line: [UInt8] = []
          line.reserveCapacity(512)
          summary.appendJSON(to: &line, leadingMembers: origin(of: item))
          return BatchOutcome(status: ExitStatus.of(summary.verdict.status), line: .json(line))
        }
        if let reform {
          report = try reform.report(document, of: named, selection: selection)
        } else {
          report = try programme.report(onJSON: document, selection: selection)
        }
      } catch {
        switch error {
        case .input(let input): throw input
        case .reading(let reading):
          if html { return failedEntry(item, reading.description) }
          return failedItem(item, path: nil, reading.description, json: json, spreadsheet: spreadsheet)
        }
      }
    } catch {
      if html { return failedEntry(item, error.description) }
      return failedItem(
        item, path: error.path.description, error.reason.description, json: json, spreadsheet: spreadsheet)
    }
    let status = ExitStatus.of(report.status)
    if html {
      return BatchOutcome(status: status, line: .entry(PrintableReport.Entry(location: item.location, report: report)))
    }
    if spreadsheet {
      return BatchOutcome(
        status: status, line: .cells([item.file, item.line.map(String.init) ?? ""] + report.spreadsheetCells))
    }
    guard !json else {
      var line: [UInt8] = []
      line.reserveCapacity(16_384)
      report.appendJSON(to: &line, leadingMembers: origin(of: item))
      return BatchOutcome(status: status, line: .json(line))
    }
    let violated = report.assessment.violations.map(\.rule.id.rawValue)
    let columns = [
      TerminalText.line(item.location), report.assessment.reference.map(TerminalText.line) ?? "—",
      report.status.frenchName.uppercased(), report.coFinancing?.cap?.description ?? "—",
      violated.isEmpty ? "—" : violated.joined(separator: ", "),
    ]
    return BatchOutcome(status: status, line: .row(columns))
  }

  /// The pages of a dossier that could not be read or assessed, in a printable report.
  static func failedEntry(_ item: BatchItem, _ message: String) -> BatchOutcome {
    BatchOutcome(
      status: ExitStatus.badInput, line: .entry(PrintableReport.Entry(location: item.location, error: message)))
  }

  /// The line of a dossier that could not be read or assessed.
  static func failedItem(_ item: BatchItem, path: String?, _ message: String, json: Bool, spreadsheet: Bool = false)
    -> BatchOutcome
  {
    if spreadsheet {
      // A dossier that cannot be read: status « invalidInput », the error in the last cell.
      let reason = path.map { $0 + ": " + message } ?? message
      return BatchOutcome(
        status: ExitStatus.badInput,
        line: .cells(
          [item.file, item.line.map(String.init) ?? ""] + AssessmentReport.spreadsheetCells(failure: reason)))
    }
    guard !json else {
      let error = JSONValue.object([.init("path", .string(path ?? "")), .init("message", .string(message))])
      return BatchOutcome(
        status: ExitStatus.badInput,
        line: .json(Array(JSONValue.object(origin(of: item) + [.init("error", error)]).serialized(pretty: false).utf8)))
    }
    let reason = path.map { $0 + ": " + message } ?? message
    let columns = [TerminalText.line(item.location), "—", "ENTRÉE INVALIDE", "—", TerminalText.line(reason)]
    return BatchOutcome(status: ExitStatus.badInput, line: .row(columns))
  }

  /// The `"file"` and `"line"` members that open a dossier's JSON line.
  static func origin(of item: BatchItem) -> [JSONValue.Member] {
    var members: [JSONValue.Member] = [.init("file", .string(item.file))]
    if let line = item.line { members.append(.init("line", .number(String(line)))) }
    return members
  }

  /// Whether a line holds one whole JSON value (its brackets close on it): a `-` whose
  /// first line does not is read as one document spread over lines, not as JSON Lines.
  static func closesOnOneLine(_ line: [UInt8]) -> Bool {
    var depth = 0
    var inString = false
    var escaped = false
    var opened = false
    for byte in line {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        opened = true
      case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
      default: break
      }
    }
    return !opened || depth <= 0
  }
}
