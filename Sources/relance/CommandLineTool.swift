import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes

/// The commands of the `relance` tool, as a function from arguments to a result, so that
/// tests run them in-process.
enum CommandLineTool {
  /// The largest input file the tool reads: 8 MiB (a dossier is a few kilobytes; a ledger
  /// of tens of thousands of awards fits).
  static let inputSizeLimit = 8 * 1_048_576
  /// The longest wait for standard input to give data, in seconds.
  static let inputWaitSeconds = 30

  /// The programmes the tool knows: the package's (`ProgrammeCatalogue.registry`); a test
  /// runs the tool with a registry of its own (`CommandLineTool.$registry.withValue(…)`),
  /// so a programme or an edition declared outside the package goes through every
  /// command exactly as the package's do.
  @TaskLocal static var registry = ProgrammeCatalogue.registry

  /// Every programme the tool can assess.
  static var programmes: [any FundingProgramme] { registry.programmes }

  /// Their identifiers.
  static var programmeIdentifiers: [String] { registry.identifiers }

  /// Runs a command.
  static func run(
    arguments: [String], readFile: @escaping (String) throws(InputFileError) -> [UInt8],
    writeFile: @escaping (String, String) -> String? = { _, _ in "écriture non disponible" }, io: BatchIO? = nil
  ) -> ToolResult {
    guard let command = arguments.first else { return .badUsage("commande attendue") }
    // No command is longer than a few letters: a long word is unknown without being
    // hashed or compared (a string's hash and equality normalise it first).
    guard command.utf8.count <= 64 else { return .badUsage("commande inconnue « " + command + " »") }
    let rest = Array(arguments.dropFirst())
    // `relance COMMAND --help` (or -h) prints the command's help instead of reading a file
    // of that name.
    if rest.contains("--help") || rest.contains("-h"), let help = Help.command(command) { return .success(help) }
    // An option the command does not have is named, with the nearest one it has.
    if let options = options[command],
      let message = unknownOption(
        in: rest.filter { !$0.hasPrefix("--reading=") && !$0.hasPrefix("--reform=") }, allowed: options)
    {
      return .badUsage(message + " ; relance " + command + " --help")
    }
    switch command {
    case "--help", "-h", "help": return .success(Help.full)
    case "--version": return .success("relance " + version + "\n")
    default:
      if let found = Self.command(named: command) {
        return found.run(Invocation(arguments: rest, readFile: readFile, writeFile: writeFile, io: io))
      }
      guard let suggestion = nearest(to: command, among: commands) else {
        return .badUsage("commande inconnue « " + command + " »")
      }
      return .badUsage("commande inconnue « " + command + " » : vouliez-vous dire « " + suggestion + " » ?")
    }
  }

  /// `relance assess`, with a batch's output collected into the result when it runs in
  /// memory (tests).
  static func assessCommand(_ invocation: Invocation) -> ToolResult {
    guard let io = invocation.io else {
      let output = OutputBuffer()
      var result = assess(
        invocation.arguments,
        io: .inMemory(readFile: invocation.readFile) {
          output.text += String(decoding: $0, as: UTF8.self)
          return true
        })
      result.standardOutput = output.text + result.standardOutput
      return result
    }
    return assess(invocation.arguments, io: io)
  }

  /// The tool's version: the last release and whether changes followed it.
  static let version = "0.2.0 (avec les changements non publiés de CHANGELOG.md)"

  /// The candidate nearest to a mistyped word, when at most two edits away; each distance
  /// is computed once.
  static func nearest(to word: String, among candidates: [String]) -> String? {
    let scored = candidates.map { (candidate: $0, distance: distance(word, $0)) }
    guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= 2 else { return nil }
    return best.candidate
  }

  /// The edit distance between two words (insertions, deletions, substitutions), on
  /// Unicode scalars; a word of more than 64 scalars is not compared (the distance is then
  /// 65), and only its first 65 scalars are looked at.
  static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars.prefix(65))
    let y = Array(b.unicodeScalars)
    guard x.count <= 64 else { return 65 }
    var previous = Array(0...y.count)
    for (i, scalar) in x.enumerated() {
      var current = [i + 1]
      for (j, other) in y.enumerated() {
        current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (scalar == other ? 0 : 1)))
      }
      previous = current
    }
    return previous[y.count]
  }

  // MARK: Arguments

  /// Splits arguments into the allowed flags and the positional ones.
  static func parse(_ arguments: [String], flags allowed: Set<String>) -> (flags: Set<String>, positional: [String])? {
    var flags: Set<String> = []
    var positional: [String] = []
    for argument in arguments {
      if argument.hasPrefix("--") {
        guard allowed.contains(argument) else { return nil }
        flags.insert(argument)
      } else {
        positional.append(argument)
      }
    }
    return (flags, positional)
  }

  /// The message for the first argument that looks like an option but is not one of
  /// `allowed`, with the nearest allowed option; `nil` when there is none.
  static func unknownOption(in arguments: [String], allowed: [String]) -> String? {
    guard let option = arguments.first(where: { $0.hasPrefix("-") && $0 != "-" && !allowed.contains($0) }) else {
      return nil
    }
    let message = "option inconnue « " + option + " »"
    guard let nearest = nearest(to: option, among: allowed) else {
      return message
        + (allowed.isEmpty
          ? " (cette commande n'a pas d'option)" : " (options : " + allowed.joined(separator: ", ") + ")")
    }
    return message + " : vouliez-vous dire « " + nearest + " » ?"
  }

  /// The arguments of `relance COMMAND [PROGRAMME] [--json]`: whether JSON is asked, and
  /// the programmes named (all of them, or the one whose identifier is given).
  static func programmeArguments(_ arguments: [String], command: String) -> Result<
    (json: Bool, programmes: [any FundingProgramme]), ToolResult
  > {
    let usage = "utilisation : relance " + command + " [PROGRAMME] [--json]"
    guard let (flags, positional) = parse(arguments, flags: ["--json"]), positional.count <= 1 else {
      return .failure(.badUsage(usage))
    }
    guard let identifier = positional.first else { return .success((flags.contains("--json"), programmes)) }
    let selected = programmes.filter { $0.identifier.rawValue == identifier }
    guard !selected.isEmpty else {
      return .failure(
        .badUsage(
          "programme inconnu « " + identifier + " » (programmes : " + programmeIdentifiers.joined(separator: ", ")
            + ")"))
    }
    return .success((flags.contains("--json"), selected))
  }

  static func loadJSON(
    _ path: String, readFile: (String) throws(InputFileError) -> [UInt8]
  ) -> Result<JSONValue, ToolResult> {
    let bytes: [UInt8]
    do {
      bytes = try readFile(path)
    } catch {
      return .failure(.badInput(file: path, error.description))
    }
    do {
      return .success(try JSONValue(parsing: bytes))
    } catch {
      return .failure(.badInput(file: path, error.description))
    }
  }

  /// Reads a dossier file and the programme it names.
  static func loadDossier(_ path: String, readFile: (String) throws(InputFileError) -> [UInt8]) -> Result<
    (JSONValue, any FundingProgramme), ToolResult
  > {
    let document: JSONValue
    switch loadJSON(path, readFile: readFile) {
    case .success(let value): document = value
    case .failure(let result): return .failure(result)
    }
    do {
      return .success((document, try registry.programme(of: document)))
    } catch {
      return .failure(.badInput(file: path, error.description))
    }
  }

  /// What standard input holds: one dossier over several lines, or JSON Lines.
  enum StandardInput {
    /// One dossier written over several lines.
    case document([UInt8])
    /// JSON Lines, to read as a batch (the bytes looked at come first).
    case lines(any ByteStream)
  }

  /// Reads standard input and decides how to read it, as the same bytes saved as a
  /// `.jsonl` file would be read, except for one dossier written over several lines:
  ///
  /// - when the first non-blank line closes its brackets, the input is JSON Lines;
  /// - otherwise the input, up to the size limit, is one dossier if and only if it parses
  ///   as one JSON value; anything else (a bad first line, a line over the limit, more
  ///   than the limit in all) is JSON Lines, so that one bad line loses no other dossier.
  ///
  /// - Complexity: O(*n*) in the bytes looked at: each byte is searched for a line break
  ///   once, however the input arrives.
  static func standardInput(_ stream: any ByteStream) -> Result<StandardInput, InputFileError> {
    var stream = stream
    var head: [UInt8] = []
    do throws(InputFileError) {
      var firstLine: Range<Int>?
      var lineStart = 0
      var searched = 0
      while firstLine == nil, head.count <= inputSizeLimit, try stream.append(to: &head) {
        // Bytes already searched are not searched again.
        while let newline = head[searched...].firstIndex(of: UInt8(ascii: "\n")) {
          searched = newline + 1
          if head[lineStart..<newline].contains(where: { $0 > 0x20 }) {
            firstLine = lineStart..<newline
            break
          }
          lineStart = newline + 1
        }
        if firstLine == nil { searched = head.count }
      }
      let line = head[firstLine ?? lineStart..<head.count]
      guard line.contains(where: { $0 > 0x20 }), firstLine != nil || head.count <= inputSizeLimit,
        !closesOnOneLine(Array(line))
      else {
        return .success(.lines(PrefixedStream(head, then: stream)))
      }
      // Perhaps one dossier over several lines: the rest of the input, within the limit.
      while head.count <= inputSizeLimit, try stream.append(to: &head) {}
      guard head.count <= inputSizeLimit, (try? JSONValue(parsing: head)) != nil else {
        return .success(.lines(PrefixedStream(head, then: stream)))
      }
      return .success(.document(head))
    } catch {
      return .failure(error)
    }
  }

  // MARK: assess

  static func assess(_ arguments: [String], io: BatchIO) -> ToolResult {
    let usage =
      "assess attend au moins un fichier : relance assess [--json | --verdict | --motivation | --csv | --excel | --html] [--reading LECTURE=VARIANTE]… FICHIER…"
    let parsed: DossierArguments
    switch DossierArguments.parse(
      arguments, flags: ["--json", "--verdict", "--motivation", "--csv", "--excel", "--html"])
    {
    case .success(let value): parsed = value
    case .failure(let result): return result
    }
    let json = parsed.flags.contains("--json")
    let motivation = parsed.flags.contains("--motivation")
    let verdict = parsed.flags.contains("--verdict")
    guard !(verdict && (json || motivation)) else {
      return .badUsage("--verdict s'emploie seul, sans --json ni --motivation ; " + usage)
    }
    let selection = parsed.selection
    let positional = parsed.paths
    guard !positional.isEmpty else { return .badUsage(usage) }
    var reform: BatchReform?
    if let path = parsed.reformPath {
      switch BatchReform.load(path, readFile: io.readFile) {
      case .success(let loaded): reform = loaded
      case .failure(let result): return result
      }
    }
    if parsed.flags.contains("--html") {
      // A printable document: one dossier's report, or a batch's summary page and reports.
      guard parsed.flags == ["--html"] else {
        return .badUsage("--html s'emploie seul, sans --json, --verdict, --motivation, --csv ni --excel ; " + usage)
      }
      return assessBatch(positional, json: false, html: true, selection: selection, reform: reform, io: io)
    }
    let spreadsheet: SpreadsheetStyle? =
      parsed.flags.contains("--excel") ? .excel : parsed.flags.contains("--csv") ? .plain : nil
    if let spreadsheet {
      // A table of one row per dossier, for one file as for a batch.
      guard !(json || verdict || motivation), parsed.flags.isDisjoint(with: ["--csv"]) || spreadsheet == .plain else {
        return .badUsage("--csv et --excel s'emploient seuls, sans --json, --verdict ni --motivation ; " + usage)
      }
      // The batch reads standard input itself: one dossier over several lines is one row.
      return assessBatch(
        positional, json: false, spreadsheet: spreadsheet, selection: selection, reform: reform, io: io)
    }
    var io = io
    var readFile = io.readFile
    if positional == ["-"] {
      // Standard input alone: one dossier written over several lines gets the full report,
      // as a file would; JSON Lines are a batch.
      let stream: any ByteStream
      do throws(InputFileError) { stream = try io.openStream("-") } catch {
        return .badInput(file: "-", error.description)
      }
      switch standardInput(stream) {
      case .failure(let error): return .badInput(file: "-", error.description)
      case .success(.document(let bytes)): readFile = { _ in bytes }
      case .success(.lines(let stream)):
        guard !motivation else { return .badUsage("--motivation porte sur un seul dossier ; " + usage) }
        io.openStream = { (path: String) throws(InputFileError) -> any ByteStream in stream }
        return assessBatch(positional, json: json, verdict: verdict, selection: selection, reform: reform, io: io)
      }
    } else if isBatch(positional, io) {
      guard !motivation else { return .badUsage("--motivation porte sur un seul dossier ; " + usage) }
      return assessBatch(positional, json: json, verdict: verdict, selection: selection, reform: reform, io: io)
    }
    guard !(json && motivation) else { return .badUsage("--json et --motivation s'excluent ; " + usage) }
    let path = positional[0]
    let document: JSONValue
    let programme: any FundingProgramme
    switch loadDossier(path, readFile: readFile) {
    case .success(let loaded): (document, programme) = loaded
    case .failure(let result): return result
    }
    let report: AssessmentReport
    do {
      if verdict {
        let summary = try (reform?.programme(programme) ?? programme).verdictSummary(
          onJSON: document, selection: selection)
        return ToolResult(
          status: ExitStatus.of(summary.verdict.status), standardOutput: summary.json.serialized(pretty: false) + "\n")
      }
      if let reform {
        report = try reform.report(JSONDocument(document), of: programme, selection: selection)
      } else {
        report = try programme.report(onJSON: document, selection: selection)
      }
    } catch {
      switch error {
      case .input(let input): return .badInput(file: path, input.description)
      case .reading(let reading): return .badUsage(reading.description)
      }
    }
    let output =
      json ? report.json.serialized() + "\n" : motivation ? report.frenchMotivation : report.frenchDescription
    return ToolResult(status: ExitStatus.of(report.status), standardOutput: output)
  }
}
