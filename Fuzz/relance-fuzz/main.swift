// libFuzzer entry point: decode a dossier of any programme and assess it; decode a ledger
// file, replay it, write it back and read its CSV exports back strictly; import a
// démarches-simplifiées answer through the example mapping. Any input must end in a report
// or an error, never a crash, a trap or a leak. Built and run by `.ci/fuzz`.

import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes

#if canImport(Glibc)
  import Glibc
#endif

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
let dsMapping: DSMapping? = {
  guard let file = fopen("Examples/ds/ftap-mapping.example.json", "rb") else { return nil }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = fread(&chunk, 1, chunk.count, file)
    if count == 0 { break }
    bytes += chunk[..<count]
  }
  return (try? JSONValue(parsing: bytes)).flatMap { try? DSMapping(json: $0) }
}()

/// A strict CSV reader (RFC 4180): the rows, or `nil` for text that is not well-formed.
enum StrictCSV {
  static func read(_ text: String, separator: Unicode.Scalar) -> [[String]]? {
    var rows: [[String]] = []
    var row: [String] = []
    var field = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var quoted = false
    var fieldStart = true
    while index < scalars.count {
      let scalar = scalars[index]
      if quoted {
        if scalar == "\"" {
          if index + 1 < scalars.count, scalars[index + 1] == "\"" {
            field.append("\"")
            index += 2
            continue
          }
          quoted = false
          index += 1
          guard index == scalars.count || scalars[index] == separator || scalars[index] == "\r" else { return nil }
          continue
        }
        field.append(scalar)
        index += 1
        continue
      }
      switch scalar {
      case "\"":
        guard fieldStart else { return nil }
        quoted = true
        fieldStart = false
      case separator:
        row.append(String(field))
        field = String.UnicodeScalarView()
        fieldStart = true
      case "\r":
        guard index + 1 < scalars.count, scalars[index + 1] == "\n" else { return nil }
        row.append(String(field))
        field = String.UnicodeScalarView()
        fieldStart = true
        rows.append(row)
        row = []
        index += 1
      case "\n": return nil
      default:
        field.append(scalar)
        fieldStart = false
      }
      index += 1
    }
    guard !quoted else { return nil }
    if !row.isEmpty || !field.isEmpty {
      row.append(String(field))
      rows.append(row)
    }
    return rows
  }
}
