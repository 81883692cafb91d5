import FranceRelanceModel

extension CommandLineTool {
  // MARK: export

  static func export(_ arguments: [String], readFile: (String) throws(InputFileError) -> [UInt8]) -> ToolResult {
    if arguments.first == "dispositifs" {
      guard arguments.count == 1 else { return .badUsage("utilisation : relance export dispositifs") }
      return .success(AidScheme.csv(programmes.map(\.aidScheme)))
    }
    guard arguments.first == "scdl", let (_, positional) = parse(Array(arguments.dropFirst()), flags: []),
      positional.count == 1
    else {
      return .badUsage("utilisation : relance export scdl REGISTRE.json | relance export dispositifs")
    }
    let path = positional[0]
    let file: LedgerFile
    let ledger: EnvelopeLedger
    switch loadLedger(path, tree: RelancePlan.envelopes, readFile: readFile) {
    case .success(let loaded): (file, ledger) = loaded
    case .failure(let result): return result
    }
    guard let grantor = file.grantor else {
      return .badInput(file: path, "grantor: champ obligatoire pour l'export SCDL (nom et SIRET de l'attribuant)")
    }
    // The calls' records, and for a tree its user supplies, the record of the programme an
    // envelope names, for its grants and those of the envelopes under it.
    var schemes = SCDLExport.relanceSchemes
    func assign(_ envelope: Envelope, _ inherited: String?) {
      let scheme =
        envelope.programme.flatMap { id in programmes.first { $0.identifier == id }?.aidScheme.id } ?? inherited
      if let scheme { schemes[envelope.id] = scheme }
      for child in envelope.children { assign(child, scheme) }
    }
    assign(ledger.tree, nil)
    do {
      return .success(SCDLExport.csv(try SCDLExport.rows(from: ledger, grantor: grantor, schemes: schemes)))
    } catch {
      // A failure of the grantor names no award.
      guard let entry = ledger.entry(for: error.reference) else {
        return .badInput(file: path, error.field + ": " + error.reason)
      }
      let index = file.events.firstIndex { $0 == .committed(entry.commitment) } ?? 0
      let field = FieldPath("events").appending(index: index).appending(error.field)
      return .badInput(file: path, field.description + ": " + error.reason)
    }
  }
}
