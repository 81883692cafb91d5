import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: envelopes

  static func envelopes(_ arguments: [String], readFile: (String) throws(InputFileError) -> [UInt8]) -> ToolResult {
    var arguments = arguments
    var ledgerPath: String?
    if let index = arguments.firstIndex(of: "--ledger") {
      guard index + 1 < arguments.count else { return .badUsage("--ledger attend un fichier") }
      ledgerPath = arguments[index + 1]
      arguments.removeSubrange(index...index + 1)
    }
    guard let (flags, positional) = parse(arguments, flags: ["--json"]), positional.isEmpty else {
      return .badUsage("utilisation : relance envelopes [--ledger FICHIER] [--json]")
    }
    var tree = RelancePlan.envelopes
    var ledger: EnvelopeLedger?
    if let ledgerPath {
      switch loadLedger(ledgerPath, tree: tree, readFile: readFile) {
      case .success(let loaded):
        ledger = loaded.ledger
        tree = loaded.ledger.tree
      case .failure(let result): return result
      }
    }
    if flags.contains("--json") {
      return .success(tree.json(ledger: ledger).serialized() + "\n")
    }
    var lines: [String] = []
    render(tree, ledger: ledger, prefix: "", childPrefix: "", into: &lines)
    if let ledger {
      lines.append("")
      lines.append(
        String(ledger.entriesInOrder.count) + " engagement(s), " + String(ledger.events.count) + " événement(s).")
    }
    return .success(lines.joined(separator: "\n") + "\n")
  }

  /// Reads a ledger file `{"grantor"?, "tree"?, "events": [...]}` and replays it on its own
  /// tree, or on `tree` when it has none.
  static func loadLedger(
    _ path: String, tree: Envelope, readFile: (String) throws(InputFileError) -> [UInt8]
  ) -> Result<(file: LedgerFile, ledger: EnvelopeLedger), ToolResult> {
    let json: JSONValue
    switch loadJSON(path, readFile: readFile) {
    case .success(let value): json = value
    case .failure(let result): return .failure(result)
    }
    let file: LedgerFile
    do {
      file = try LedgerFile(json: json, at: .root)
    } catch {
      return .failure(.badInput(file: path, error.description))
    }
    // A tree's programme names the « dispositif d'aide » its grants cite: one the catalogue
    // does not know would be ignored, so it is refused, naming the envelope.
    if let supplied = file.tree, let error = unknownProgramme(in: supplied, at: FieldPath("tree")) {
      return .failure(.badInput(file: path, error.description))
    }
    do {
      return .success((file, try EnvelopeLedger(tree: file.tree ?? tree, replaying: file.events)))
    } catch {
      let field = FieldPath("events").appending(index: error.position)
      return .failure(.badInput(file: path, field.description + ": " + error.error.description))
    }
  }

  /// The first envelope of a supplied tree whose `programme` the catalogue does not know.
  static func unknownProgramme(in envelope: Envelope, at path: FieldPath) -> InterchangeError? {
    if let programme = envelope.programme, !programmeIdentifiers.contains(programme.rawValue) {
      return InterchangeError(
        .unknownValue(programme.rawValue, allowed: programmeIdentifiers), at: path.appending("programme"))
    }
    for (index, child) in envelope.children.enumerated() {
      if let error = unknownProgramme(in: child, at: path.appending("children").appending(index: index)) {
        return error
      }
    }
    return nil
  }

  private static func render(
    _ envelope: Envelope, ledger: EnvelopeLedger?, prefix: String, childPrefix: String, into lines: inout [String]
  ) {
    // A supplied tree's text is the user's: escaped, so that it cannot forge a line.
    var line = prefix + TerminalText.line(envelope.label) + " — " + envelope.amount.compactDescription
    if let steward = envelope.steward { line += " (piloté par la " + steward.acronym + ")" }
    line += "  [" + TerminalText.line(envelope.id.rawValue) + "]"
    if let ledger, let committed = ledger.committed(in: envelope.id), let remaining = ledger.remaining(in: envelope.id)
    {
      line += "  engagé " + committed.description + ", restant " + remaining.description
    }
    lines.append(line)
    if let interpretation = envelope.interpretation {
      lines.append(
        childPrefix + (envelope.children.isEmpty ? "   " : "│  ") + "interprétation : "
          + TerminalText.line(interpretation))
    }
    if !envelope.children.isEmpty, let unallocated = envelope.unallocated, unallocated > .zero {
      lines.append(childPrefix + "│  (dont non réparti : " + unallocated.compactDescription + ")")
    }
    for (offset, child) in envelope.children.enumerated() {
      let isLast = offset == envelope.children.count - 1
      render(
        child, ledger: ledger, prefix: childPrefix + (isLast ? "└─ " : "├─ "),
        childPrefix: childPrefix + (isLast ? "   " : "│  "), into: &lines)
    }
  }
}
