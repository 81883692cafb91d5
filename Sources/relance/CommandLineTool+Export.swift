import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: export

  static func export(_ arguments: [String], readFile: (String) throws(InputFileError) -> [UInt8]) -> ToolResult {
    if arguments.first == "dispositifs" {
      guard let (flags, positional) = parse(Array(arguments.dropFirst()), flags: ["--excel"]), positional.isEmpty
      else { return .badUsage("utilisation : relance export dispositifs [--excel]") }
      let schemes = programmes.map(\.aidScheme)
      return .success(
        flags.contains("--excel")
          ? SCDLExport.excelCSV(header: AidScheme.columns, rows: schemes.map(\.values)) : AidScheme.csv(schemes))
    }
    guard arguments.first == "scdl", let (flags, positional) = parse(Array(arguments.dropFirst()), flags: ["--excel"]),
      positional.count == 1
    else {
      return .badUsage(
        "utilisation : relance export scdl [--excel] REGISTRE.json | relance export dispositifs [--excel]")
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
    let schemes = registry.aidSchemes(for: ledger.tree)
    do {
      let rows = try SCDLExport.rows(from: ledger, grantor: grantor, schemes: schemes)
      return .success(
        flags.contains("--excel")
          ? SCDLExport.excelCSV(header: SCDLSubvention.columns, rows: rows.map(\.values)) : SCDLExport.csv(rows))
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
