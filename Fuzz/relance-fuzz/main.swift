// libFuzzer entry point: decode a dossier of any programme and assess it (through the
// streaming reader and through the tree, which must agree); decode a ledger
// file, replay it, write it back and read its CSV exports back strictly; import a
// démarches-simplifiées answer through the example mapping. Any input must end in a report
// or an error, never a crash, a trap or a leak. Built and run by `.ci/fuzz`.

import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes
import TestSupport

/// Runs one fuzzer input: parse, dispatch to its programme, assess and render; or read a
/// ledger, replay it and export it. Returns 0; a failure is a trap the fuzzer reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  guard let document = try? JSONDocument(parsing: bytes) else {
    precondition((try? JSONValue(parsing: bytes)) == nil, "the tree reader accepts what the document reader refuses")
    return 0
  }
  let json = document.value
  // The streaming reader (on the bytes' tokens) and the tree's reader read the same
  // dossier, or fail with the same error.
  if let programme = try? ProgrammeCatalogue.registry.programme(of: document) {
    let streamed = Result { () throws(InterchangeError) in try programme.report(onJSON: document) }
    let fromTree = Result { () throws(InterchangeError) in try programme.report(onJSON: json) }
    switch (streamed, fromTree) {
    case (.success(let a), .success(let b)):
      precondition(a.json == b.json, "the streaming and the tree readers read different dossiers")
    case (.failure(let a), .failure(let b)): precondition(a == b, "the two readers fail differently")
    default: preconditionFailure("one reader accepts what the other refuses")
    }
  }
  if let report = try? ProgrammeCatalogue.registry.programme(of: json).report(onJSON: json) {
    // Render everything a user would see.
    let text = report.json.serialized()
    precondition(!text.isEmpty)
    for finding in report.assessment.findings { precondition(!finding.message.isEmpty) }
    let granted = report.tranches.reduce(Int64(0)) { $0 + $1.amount.cents }
    if let requested = report.coFinancing?.requested, !report.tranches.isEmpty {
      precondition(granted == requested.cents, "tranches do not sum to the grant")
    }
  }
  if let file = try? LedgerFile(json: json, at: .root),
    let ledger = try? EnvelopeLedger(tree: file.tree ?? RelancePlan.envelopes, replaying: file.events)
  {
    precondition((try? EnvelopeLedger(tree: ledger.tree, replaying: ledger.events)) == ledger)
    // What the reader accepted, written back, is read again to the same file.
    precondition((try? LedgerFile(json: file.json, at: .root)) == file, "a ledger file does not read back")
    if let grantor = file.grantor, let rows = try? SCDLExport.rows(from: ledger, grantor: grantor) {
      // Both CSV files read back, cell for cell, with a strict reader.
      let cells = [SCDLSubvention.columns] + rows.map(\.values)
      precondition(StrictCSV.read(SCDLExport.csv(rows), separator: ",") == cells, "the SCDL CSV does not read back")
      let excel = SCDLExport.excelCSV(header: SCDLSubvention.columns, rows: rows.map(\.values))
      precondition(
        StrictCSV.read(String(excel.unicodeScalars.dropFirst()), separator: ";") == cells,
        "the spreadsheet CSV does not read back")
    }
  }
  // A démarches-simplifiées answer imported through the example mapping: every dossier is
  // imported or refused, and an imported one is read by its programme.
  if let mapping = dsMapping, let results = try? DSImport(mapping: mapping).dossiers(in: json) {
    for case .success(let dossier) in results {
      precondition((try? mapping.programme.report(onJSON: dossier)) != nil, "an imported dossier is not readable")
    }
  }
  return 0
}

/// The example mapping of `Examples/ds/`, read once (the fuzzer runs from the repository).
let dsMapping: DSMapping? = (try? JSONValue(parsing: repositoryFile("Examples/ds/ftap-mapping.example.json"))).flatMap {
  try? DSMapping(json: $0)
}
