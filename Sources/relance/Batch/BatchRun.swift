import Dispatch
import FranceRelanceModel

/// The state of one batch of `relance assess`: the dossiers read and not yet assessed,
/// the counts by status and the worst exit status so far.
struct BatchRun {
  let json: Bool
  /// Whether each line is the compact verdict (`--verdict`).
  let verdict: Bool
  /// The spreadsheet style of `--csv`, or `nil`.
  let spreadsheet: SpreadsheetStyle?
  /// Whether the batch is a printable HTML document (`--html`): each dossier's report is
  /// kept, and written with a summary page at the end.
  let html: Bool
  /// The dossiers of the HTML document so far, in input order.
  private(set) var entries: [PrintableReport.Entry] = []
  let selections: [ProgrammeIdentifier: ReadingSelection]
  /// The reform of `--reform`, if any.
  let reform: BatchReform?
  let io: BatchIO
  /// The worst exit status so far.
  private(set) var status = ExitStatus.success
  /// Whether writing to standard output failed (the batch then stops).
  private(set) var failed = false
  private var pending: [BatchItem] = []
  private var pendingBytes = 0
  private var counts: [Int32: Int] = [:]
  /// The dossiers assessed so far.
  private(set) var total = 0
  private var headerWritten = false

  /// - Parameter json: whether lines are JSON (always so with `verdict`).
  init(
    json: Bool, verdict: Bool = false, spreadsheet: SpreadsheetStyle? = nil, html: Bool = false,
    selections: [ProgrammeIdentifier: ReadingSelection], reform: BatchReform? = nil, io: BatchIO
  ) {
    self.reform = reform
    self.html = html
    self.json = json
    self.verdict = verdict
    self.spreadsheet = spreadsheet
    self.selections = selections
    self.io = io
  }

  // MARK: Reading

  /// Reads a file of the batch: a whole dossier, or one per line for `.jsonl` and `-`.
  mutating func read(_ path: String) {
    guard path == "-" || path.hasSuffix(".jsonl") else {
      do throws(InputFileError) {
        add(BatchItem(file: path, line: nil, content: .success(try io.readFile(path))))
      } catch {
        add(BatchItem(file: path, line: nil, content: .failure(error)))
      }
      return
    }
    do throws(InputFileError) {
      let opened = try io.openStream(path)
      // Closed once read, or on the first error: a folder of many `.jsonl` files must not
      // hold a descriptor per file.
      defer { opened.close() }
      var stream = opened
      if path == "-" {
        // Standard input holding one dossier written over several lines is one item.
        switch CommandLineTool.standardInput(stream) {
        case .failure(let error): throw error
        case .success(.document(let bytes)):
          add(BatchItem(file: path, line: nil, content: .success(bytes)))
          return
        case .success(.lines(let rest)): stream = rest
        }
      }
      var lines = LineReader(stream)
      while let line = try lines.next(), !failed {
        switch line {
        case .tooLong(let number): add(BatchItem(file: path, line: number, content: .failure(.tooLarge)))
        case .text(let number, let bytes):
          guard bytes.contains(where: { !Self.isSpace($0) }) else { continue }
          add(BatchItem(file: path, line: number, content: .success(bytes)))
        }
      }
    } catch {
      add(BatchItem(file: path, line: nil, content: .failure(error)))
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
  }

  // MARK: Assessing

  /// Adds a dossier; assesses the group when it is full.
  mutating func add(_ item: BatchItem) {
    pending.append(item)
    if case .success(let bytes) = item.content { pendingBytes += bytes.count }
    if pending.count >= CommandLineTool.batchGroupSize || pendingBytes >= CommandLineTool.batchGroupBytes { flush() }
  }

  /// Assesses the pending dossiers on every core and prints them in input order.
  mutating func flush() {
    guard !pending.isEmpty, !failed else { return }
    let items = pending
    let selections = selections
    let json = json
    let verdict = verdict
    let spreadsheet = spreadsheet
    let html = html
    let reform = reform
    // The registry is read here: the worker threads do not see the task's value.
    let registry = CommandLineTool.registry
    var outcomes = [BatchOutcome?](repeating: nil, count: items.count)
    outcomes.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let results = buffer
      DispatchQueue.concurrentPerform(iterations: items.count) { index in
        results[index] = CommandLineTool.assessItem(
          items[index], selections: selections, json: json, verdict: verdict, spreadsheet: spreadsheet != nil,
          html: html, reform: reform, registry: registry)
      }
    }
    pending.removeAll(keepingCapacity: true)
    pendingBytes = 0
    var output: [UInt8] = []
    if json {
      output.reserveCapacity(
        outcomes.reduce(0) { total, outcome in
          guard case .json(let line)? = outcome?.line else { return total }
          return total + line.count + 1
        })
    }
    var rows: [[String]] = json || headerWritten || spreadsheet != nil ? [] : [CommandLineTool.batchHeader]
    var sheet = ""
    if let spreadsheet, !headerWritten { sheet = spreadsheet.start + spreadsheet.line(SpreadsheetStyle.header) }
    for case let outcome? in outcomes {
      status = BatchOutcome.worse(status, outcome.status)
      counts[outcome.status, default: 0] += 1
      total += 1
      switch outcome.line {
      case .json(let line):
        output += line
        output.append(UInt8(ascii: "\n"))
      case .row(let columns): rows.append(columns)
      case .cells(let cells): sheet += spreadsheet?.line(cells) ?? ""
      case .entry(let entry): entries.append(entry)
      }
    }
    if html {
      io.progress(total)
      return
    }
    if spreadsheet != nil {
      headerWritten = true
      output = Array(sheet.utf8)
    } else if !json {
      headerWritten = true
      output = Array(Self.aligned(rows).map { $0 + "\n" }.joined().utf8)
    }
    if !write(output) { return }
    io.progress(total)
  }

  /// Rows whose columns are padded to a common width (at most 60 characters; the last
  /// column is not padded).
  static func aligned(_ rows: [[String]]) -> [String] {
    var widths: [Int] = []
    for columns in rows {
      for (index, column) in columns.dropLast().enumerated() {
        if index == widths.count { widths.append(0) }
        widths[index] = Swift.max(widths[index], Swift.min(column.count, 60))
      }
    }
    return rows.map { columns in
      var row = ""
      for (index, column) in columns.enumerated() {
        row += column
        if index < columns.count - 1 {
          row += String(repeating: " ", count: Swift.max(widths[index] - column.count, 0) + 2)
        }
      }
      return row
    }
  }

  /// Writes to standard output; remembers a failure.
  mutating func write(_ text: String) -> Bool { write(Array(text.utf8)) }

  /// Writes UTF-8 bytes to standard output; remembers a failure.
  mutating func write(_ bytes: [UInt8]) -> Bool {
    if !failed, !io.emit(bytes) { failed = true }
    return !failed
  }

  /// The result of a batch whose output could not be written: exit 74.
  var writeFailure: ToolResult {
    ToolResult(status: ExitStatus.outputError, standardError: "relance: écriture impossible sur la sortie standard\n")
  }

  // MARK: Summary

  /// The last lines of the summary table: the count by status and the reminder that this
  /// is a pre-check.
  var footer: String {
    func count(_ status: Int32, _ one: String, _ many: String) -> String {
      let number = counts[status, default: 0]
      return String(number) + " " + (number > 1 ? many : one)
    }
    let parts = [
      count(ExitStatus.success, "éligible", "éligibles"), count(ExitStatus.ineligible, "inéligible", "inéligibles"),
      count(ExitStatus.incomplete, "incomplet", "incomplets"),
      count(ExitStatus.undetermined, "indéterminé", "indéterminés"),
      count(ExitStatus.badInput, "entrée invalide", "entrées invalides"),
    ]
    let header = headerWritten ? "" : CommandLineTool.batchHeader.joined(separator: "  ") + "\n"
    return header + "\n" + String(total) + (total > 1 ? " dossiers : " : " dossier : ") + parts.joined(separator: ", ")
      + ".\n"
      + AssessmentReport.preCheckNotice + "\n"
  }
}
