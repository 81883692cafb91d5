// Release-mode throughput benchmark of the library, on one core.
//
//   swift run -c release relance-bench                  all figures
//   swift run -c release relance-bench full 100000      one case, a given number of operations
//
// Prints one line per figure: `name N seconds per_second allocs_per_op`. Heap allocations
// per operation come from Benchmarks/allocations.sh (valgrind), which runs one case at two
// operation counts; this program prints "-" in that column.

import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes
import TestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(Musl)
  import Musl
#endif

// MARK: Generated dossiers

/// A target at each of 12 six-month milestones for the five indicators (rule
/// `ftap.deployment`), shared by every generated dossier.
let deployment = Deployment(
  strategy: "Paliers de 6 mois.",
  targets: FTAPIndicator.allCases.map { IndicatorMilestones($0, milestones: (1...12).map { "Cible " + String($0) }) })

func makeDossiers(_ count: Int) -> [FTAPDossier] {
  var generator = SplitMix64(seed: 42)
  return (0..<count).map { _ in
    var dossier = FTAPDossier()
    dossier.reference = "FTAP-" + String(generator.next() % 100_000)
    dossier.filedOn = CalendarDate(daysSinceEpoch: Int.random(in: 19_300...20_500, using: &generator))
    dossier.applicant = Applicant(kind: generator.next() % 10 == 0 ? .company : .publicOperator)
    let total = Int64.random(in: 5_000_000...110_000_000, using: &generator)
    dossier.totalCost = try? Euros(cents: total)
    dossier.personnelCost = try? Euros(cents: Int64.random(in: 0...(total / 2), using: &generator))
    dossier.requestedCoFinancing = try? Euros(cents: Int64.random(in: 0...(total / 2), using: &generator))
    dossier.durationMonths = Int.random(in: 3...36, using: &generator)
    dossier.startDate = dossier.filedOn?.adding(days: 90)
    dossier.projectTypes = [FTAPProjectType.allCases.randomElement(using: &generator)!]
    dossier.dataProvision = DataProvision(
      openData: true, api: generator.next() % 2 == 0, files: false, dataSpace: false)
    dossier.commitments = .all(true)
    dossier.plannedIndicators = .all
    dossier.impactModel = "Mesure semestrielle de l'impact."
    dossier.deployment = deployment
    return dossier
  }
}

// MARK: Measuring

/// The process's peak resident memory: `VmHWM` of /proc/self/status, which starts afresh
/// with the program (under `swift run`, `getrusage`'s `ru_maxrss` would also count the
/// package manager that started it, since Linux keeps it across `exec`); `ru_maxrss`
/// where /proc is missing.
func peakMemoryMegabytes() -> Double {
  if let file = fopen("/proc/self/status", "r") {
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if text.hasPrefix("VmHWM:"), let kilobytes = Double(text.dropFirst(6).filter(\.isNumber)) {
        return kilobytes / 1024
      }
    }
  }
  var usage = rusage()
  #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  return Double(usage.ru_maxrss) / 1024
}

func measure(_ name: String, _ count: Int, _ body: (Int) -> Int) {
  var checksum = 0
  let clock = ContinuousClock()
  let elapsed = clock.measure { checksum = body(count) }
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  let rate = Double(count) / seconds
  print(
    name, count, formatted(seconds, decimals: 3), formatted(rate, decimals: 0), "-", "checksum=\(checksum & 0xFFFF)")
}

/// A decimal rendering with a fixed number of decimals (no Foundation formatting).
func formatted(_ value: Double, decimals: Int) -> String {
  var scaled = value
  for _ in 0..<decimals { scaled *= 10 }
  let digits = String(Int(scaled.rounded()))
  guard decimals > 0 else { return digits }
  let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
  return String(padded.dropLast(decimals)) + "." + String(padded.suffix(decimals))
}

// MARK: Loops

/// Verdicts over `dossiers`, borrowed from a parameter (an element of a global array would
/// be copied before each call).
@inline(never)
func verdicts(_ dossiers: [FTAPDossier], _ count: Int) -> Int {
  var sum = 0
  for index in 0..<count {
    let verdict = guichet.verdict(dossiers[index & 4_095])
    sum &+= Int(verdict.cap?.cents ?? 0) &+ (verdict.status == .eligible ? 1 : 0)
  }
  return sum
}

/// Full evaluations over `dossiers`: every rule's outcome, the cap and binding limit, every
/// tranche, the mandatory indicators and the remedies are computed and read; the French
/// messages are not rendered (they are rendered on access, see `full-assessment-rendered`).
@inline(never)
func evaluations(_ dossiers: [FTAPDossier], _ count: Int) -> Int {
  var sum = 0
  for index in 0..<count {
    let evaluation = guichet.evaluate(dossiers[index & 4_095])
    for kind in evaluation.outcomes { sum &+= Int(kind.rawValue) }
    sum &+= Int(evaluation.cap?.cents ?? 0) &+ (evaluation.status == .eligible ? 1 : 0)
    if let money = evaluation.coFinancing { sum &+= money.bindingLimit == .rate ? 1 : 2 }
    if let schedule = evaluation.tranches {
      for number in 1...schedule.count {
        let tranche = schedule.tranche(number)
        sum &+= Int(tranche.amount.cents) &+ tranche.date.day
      }
    }
    sum &+= Int(evaluation.mandatoryIndicators?.rawValue ?? 0) &+ Int(evaluation.remedyRequest?.cents ?? 0)
    sum &+= evaluation.remediesSuffice == true ? 1 : 0
  }
  return sum
}

/// The pipeline of a batch on one core: each generated dossier's bytes read into a
/// document, its programme found, then `write` appends its answer to one output buffer,
/// emptied after each line (as a batch writer keeps it). The checksum is the bytes written.
@inline(never)
func endToEnd(
  _ count: Int, capacity: Int, _ write: (any FundingProgramme, JSONDocument, inout [UInt8]) -> Void
) -> Int {
  var sum = 0
  var line: [UInt8] = []
  line.reserveCapacity(capacity)
  for index in 0..<count {
    guard let document = try? JSONDocument(parsing: documents[index & 4_095]),
      let programme = try? ProgrammeCatalogue.registry.programme(of: document)
    else { continue }
    write(programme, document, &line)
    sum &+= line.count
    line.removeAll(keepingCapacity: true)
  }
  return sum
}

// MARK: Cases

let dossiers = makeDossiers(4_096)
let guichet = FTAPGuichet()
let documents = dossiers.map { Array($0.json.serialized(pretty: false).utf8) }
let aap1 = RelanceCall.aap1.envelopeIdentifier
let day = CalendarDate(daysSinceEpoch: 18_700)!
let commitments = (0..<100_000).map { index in
  Commitment(reference: "R" + String(index), envelope: aap1, amount: .euros(10), date: day)
}

let cases: [(String, Int, (Int) -> Int)] = [
  (
    "full-assessment", 20_000_000,
    { count in evaluations(dossiers, count) }
  ),
  (
    "full-assessment-rendered", 300_000,
    { count in
      var sum = 0
      for index in 0..<count {
        let report = guichet.report(on: dossiers[index & 4_095])
        sum &+= report.assessment.findings.count &+ Int(report.coFinancing?.cap?.cents ?? 0) &+ report.tranches.count
      }
      return sum
    }
  ),
  (
    "verdict-only", 20_000_000,
    { count in
      verdicts(dossiers, count)
    }
  ),
  (
    "outcomes-only", 20_000_000,
    { count in
      var sum = 0
      for index in 0..<count {
        if case .eligible = guichet.outcomes(of: dossiers[index & 4_095]).status { sum &+= 1 }
      }
      return sum
    }
  ),
  (
    "ledger-commits", 2_000_000,
    { count in
      var sum = 0
      var ledger = try! EnvelopeLedger(tree: RelancePlan.envelopes)
      // A fresh ledger every 100 000 distinct references, sized for them.
      for index in 0..<count {
        if index % commitments.count == 0 {
          ledger = try! EnvelopeLedger(tree: RelancePlan.envelopes)
          ledger.reserveCapacity(commitments: commitments.count)
        }
        do { try ledger.commit(commitments[index % commitments.count]) } catch { sum &+= 1 }
      }
      return sum &+ ledger.events.count
    }
  ),
  (
    // The pipeline of `relance assess --json` on a `.jsonl` file, on one core: a line of
    // JSON in, parsed, read as a dossier of its programme, assessed with every French
    // finding, readings and sensitivity, written as a JSON line out.
    "end-to-end", 100_000,
    { count in
      endToEnd(count, capacity: 16_384) { programme, document, line in
        guard let report = try? programme.report(onJSON: document) else { return }
        report.appendJSON(to: &line)
      }
    }
  ),
  (
    // `relance assess --verdict` on a `.jsonl` file, on one core: a JSON line in, parsed,
    // read as a dossier, its compact verdict written as a JSON line out.
    "end-to-end-verdict", 300_000,
    { count in
      endToEnd(count, capacity: 1_024) { programme, document, line in
        guard let summary = try? programme.verdictSummary(onJSON: document, selection: ReadingSelection()) else {
          return
        }
        summary.appendJSON(to: &line)
      }
    }
  ),
  (
    // Reading alone: the bytes of a dossier checked and read into tokens, no field read.
    "json-tokens", 1_000_000,
    { count in
      var sum = 0
      for index in 0..<count {
        if let document = try? JSONDocument(parsing: documents[index & 4_095]) { sum &+= document.typeName.count }
      }
      return sum
    }
  ),
  (
    "json-decoding", 300_000,
    { count in
      var sum = 0
      for index in 0..<count {
        if let document = try? JSONDocument(parsing: documents[index & 4_095]),
          let dossier = try? FTAPDossier(document: document, programme: FTAPGuichet.identifier)
        {
          sum &+= dossier.durationMonths ?? 0
        }
      }
      return sum
    }
  ),
]

let arguments = Array(CommandLine.arguments.dropFirst())
let only = arguments.first
let iterations = arguments.count > 1 ? Int(arguments[1]) : nil
for (name, count, body) in cases where only == nil || only == name {
  measure(name, iterations ?? count, body)
}
if only == nil || only == "batch-1M" {
  // A million generated dossiers assessed one after another: memory must stay flat, so
  // the peak after the first tenth of the batch must be the peak at its end.
  let before = peakMemoryMegabytes()
  var atTenth = 0.0
  var generator = SplitMix64(seed: 7)
  let count = iterations ?? 1_000_000
  measure("batch-1M", count) { count in
    var sum = 0
    for index in 0..<count {
      if index == count / 10 { atTenth = peakMemoryMegabytes() }
      var dossier = dossiers[index & 4_095]
      dossier.requestedCoFinancing = try? Euros(cents: Int64(generator.next() % 50_000_000))
      sum &+= guichet.evaluate(dossier).outcomes.count
    }
    return sum
  }
  print(
    "batch-1M peak_memory_mb before=\(formatted(before, decimals: 1)) after_tenth=\(formatted(atTenth, decimals: 1))",
    "after=\(formatted(peakMemoryMegabytes(), decimals: 1))")
}

// MARK: Growth checks

/// The seconds one run of `body` takes at `size`.
func seconds(_ size: Int, _ body: (Int) -> Int) -> (Double, Int) {
  var checksum = 0
  let elapsed = ContinuousClock().measure { checksum = body(size) }
  return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, checksum)
}

/// A linear-time promise, measured at two sizes: the time ratio is about 2 for a linear
/// cost and 4 for a quadratic one (issue #22).
func growth(_ name: String, _ small: Int, _ body: (Int) -> Int) {
  let (first, a) = seconds(small, body)
  let (second, b) = seconds(2 * small, body)
  print(
    name, "n=\(small) \(formatted(first, decimals: 3))s", "2n=\(2 * small) \(formatted(second, decimals: 3))s",
    "ratio=\(formatted(second / first, decimals: 2))", "checksum=\((a &+ b) & 0xFFFF)")
}

/// A ledger file whose own tree has `children` envelopes under its root, one commitment
/// on every tenth: read, replayed, then every envelope's committed and remaining amounts
/// looked up, as `relance envelopes --ledger` does.
func ledgerTree(_ children: Int) -> Int {
  var text = #"{"grantor": {"name": "G", "siret": "13002526500013"}, "tree": {"id": "e", "label": "E", "amount": ""#
  text += String(children) + #".00", "children": ["#
  text += (0..<children).map { #"{"id": "e.c\#($0)", "label": "C\#($0)", "amount": "1.00"}"# }.joined(separator: ",")
  text += #"]}, "events": ["#
  text += stride(from: 0, to: children, by: 10).map {
    #"{"type": "commit", "reference": "R\#($0)", "envelope": "e.c\#($0)", "amount": "1.00", "date": "2024-01-01"}"#
  }.joined(separator: ",")
  text += "]}"
  guard let file = try? LedgerFile(jsonDocument: Array(text.utf8)), let tree = file.tree,
    let ledger = try? EnvelopeLedger(tree: tree, replaying: file.events)
  else { return -1 }
  var sum = 0
  for envelope in tree.allEnvelopes { sum &+= Int(ledger.remaining(in: envelope.id)?.cents ?? 0) }
  return sum
}

/// The démarches-simplifiées example dossier with `extra` more champs the mapping does not
/// name and its repeated block grown to `extra` rows, imported through the example mapping
/// (`relance import ds`).
func dsImport(_ extra: Int) -> Int {
  guard let mappingJSON = try? JSONValue(parsing: repositoryFile("Examples/ds/ftap-mapping.example.json")),
    let mapping = try? DSMapping(json: mappingJSON),
    case .object(var root)? = try? JSONValue(parsing: repositoryFile("Examples/ds/ftap-dossier.example.json")),
    let dataIndex = root.firstIndex(where: { $0.key == "data" }), case .object(var data) = root[dataIndex].value,
    let dossierIndex = data.firstIndex(where: { $0.key == "dossier" }),
    case .object(var dossier) = data[dossierIndex].value,
    let champsIndex = dossier.firstIndex(where: { $0.key == "champs" }),
    case .array(var champs) = dossier[champsIndex].value
  else { return -1 }
  // Rows: copies of the first row with their own targets.
  for (position, champ) in champs.enumerated() {
    guard case .object(var members) = champ, let rowsIndex = members.firstIndex(where: { $0.key == "rows" }),
      case .array(let rows) = members[rowsIndex].value, let first = rows.first
    else { continue }
    let text = first.serialized(pretty: false)
    members[rowsIndex] = .init(
      "rows",
      .array(
        (0..<extra).compactMap { index in
          try? JSONValue(parsing: text.replacing("1 000 transmissions", with: String(index)))
        }))
    champs[position] = .object(members)
  }
  for index in 0..<extra {
    champs.append(
      .object([
        .init("__typename", .string("TextChamp")), .init("id", .string("Q2hhbXAtOTk5" + String(index))),
        .init("label", .string("Autre")), .init("stringValue", .string("x")),
      ]))
  }
  dossier[champsIndex] = .init("champs", .array(champs))
  data[dossierIndex] = .init("dossier", .object(dossier))
  root[dataIndex] = .init("data", .object(data))
  let response = JSONValue.object(root)
  let importer = DSImport(mapping: mapping)
  guard let objects = try? DSImport.dossierObjects(in: response), let object = objects.first else { return -2 }
  // The programme's reader refuses the repeated indicator at the end; the import's own
  // work is what is measured.
  switch Result(catching: { try importer.dossier(from: object) }) {
  case .success(let json): return json.serialized(pretty: false).utf8.count
  case .failure: return extra
  }
}

if only == nil || only == "growth" {
  growth("growth-ledger-tree", iterations ?? 50_000, ledgerTree)
  growth("growth-ds-import", iterations ?? 10_000, dsImport)
}

// MARK: Growth checks through the tool

/// The `relance` executable built beside this benchmark (`swift build -c release` builds
/// both).
let relanceTool: String = {
  let own = CommandLine.arguments[0]
  guard let slash = own.lastIndex(of: "/") else { return "relance" }
  return String(own[...slash]) + "relance"
}()

/// Writes `bytes` to a new file at `path`.
func writeFile(_ path: String, _ bytes: [UInt8]) {
  guard let file = fopen(path, "wb") else { fatalError("relance-bench: cannot write " + path) }
  _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
  fclose(file)
}

/// Runs a shell command, its output discarded; its wait status (`system(3)` is not
/// available to Swift on macOS, so the shell is spawned).
func shell(_ command: String) -> Int {
  let arguments: [String] = ["/bin/sh", "-c", command + " > /dev/null 2>&1"]
  var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
  defer { for argument in argv { free(argument) } }
  var pid = pid_t()
  guard posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ) == 0 else { return -1 }
  var status: Int32 = 0
  waitpid(pid, &status, 0)
  return Int(status)
}

/// A scratch folder for the growth checks through the tool.
let scratch: String = {
  var template = Array("/tmp/relance-bench-XXXXXX".utf8CString)
  guard let made = mkdtemp(&template) else { fatalError("relance-bench: no scratch folder") }
  return String(cString: made)
}()

/// A JSON Lines stream whose first line is one dossier `size` bytes long (its impact
/// model padded), followed by 100 example dossiers, written to a file; its path.
func stdinStream(_ size: Int) -> String {
  let example = repositoryFile("Examples/ftap/policy-two-tranches.json").filter { $0 != 0x0A }
  var first = Array(#"{"programme": "ftap-data-2023", "impactModel": ""#.utf8)
  first += repeatElement(UInt8(ascii: "x"), count: max(0, size - first.count - 3))
  first += Array(#""}"#.utf8) + [0x0A]
  var stream = first
  for _ in 0..<100 { stream += example + [0x0A] }
  let path = scratch + "/stdin-" + String(size) + ".jsonl"
  writeFile(path, stream)
  return path
}

/// A folder of `count` copies of an example dossier; its path.
func folder(of count: Int) -> String {
  let folder = scratch + "/folder-" + String(count)
  mkdir(folder, 0o755)
  let example = repositoryFile("Examples/ftap/policy-two-tranches.json")
  for index in 0..<count { writeFile(folder + "/dossier-" + String(index) + ".json", example) }
  return folder
}

if only == nil || only == "growth" {
  // The inputs are written first; only the tool's run is timed.
  // `relance assess --verdict -` reading the stream on standard input: the first line is
  // read once, then every line assessed (issue #22, point 9).
  let lineSize = iterations ?? 3_000_000
  let streams = [lineSize: stdinStream(lineSize), 2 * lineSize: stdinStream(2 * lineSize)]
  growth("growth-stdin-first-line", lineSize) { size in
    shell("'" + relanceTool + "' assess --verdict - < '" + streams[size]! + "'")
  }
  // `relance assess --verdict DIR` on a folder of files, each opened, read and closed
  // once (issue #22, point 3).
  let fileCount = iterations ?? 2_000
  let folders = [fileCount: folder(of: fileCount), 2 * fileCount: folder(of: 2 * fileCount)]
  growth("growth-folder-of-files", fileCount) { count in
    shell("'" + relanceTool + "' assess --verdict '" + folders[count]! + "'")
  }
  _ = shell("rm -rf '" + scratch + "'")
}
