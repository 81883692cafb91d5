// libFuzzer entry point: decode a dossier of any programme and assess it, or decode a
// ledger file and replay it. Any input must end in a report or an InterchangeError, never
// a crash, a trap or a leak. Built and run by `.ci/fuzz`.

import FTAPGuichet
import FundingProgrammes
import FranceRelanceModel

/// Runs one fuzzer input: parse, dispatch to its programme, assess and render; or read a
/// ledger, replay it and export it. Returns 0; a failure is a trap the fuzzer reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  guard let json = try? JSONValue(parsing: bytes) else { return 0 }
  if let report = try? ProgrammeCatalogue.programme(of: json).report(onJSON: json) {
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
    let ledger = try? EnvelopeLedger(tree: RelancePlan.envelopes, replaying: file.events)
  {
    precondition((try? EnvelopeLedger(tree: RelancePlan.envelopes, replaying: ledger.events)) == ledger)
    if let grantor = file.grantor, let rows = try? SCDLExport.rows(from: ledger, grantor: grantor) {
      precondition(!SCDLExport.csv(rows).isEmpty)
    }
  }
  return 0
}
