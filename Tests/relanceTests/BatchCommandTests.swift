import FranceRelanceModel
import Testing

@testable import relance

/// `relance assess` on several dossiers (design §6, issue #14): files, `.jsonl` streams and
/// standard input, one line per dossier in input order, the worst exit status.
@Suite("relance assess on a batch")
struct BatchCommandTests {
  static let root = CommandLineToolTests.root

  /// Runs the tool on in-memory files.
  func run(_ arguments: [String], files: [String: String]) -> ToolResult {
    CommandLineTool.run(arguments: arguments) { (path: String) throws(InputFileError) -> [UInt8] in
      guard let text = files[path] else { throw InputFileError.unreadable("absent") }
      return Array(text.utf8)
    }
  }

  static let eligible = String(
    decoding: try! RelanceTool.readFile(root + "/Examples/ftap/proactive-single-payment.json"), as: UTF8.self)
  static let incomplete = String(
    decoding: try! RelanceTool.readFile(root + "/Examples/ftap/incomplete.json"), as: UTF8.self)

  /// The dossier on one line, as a `.jsonl` file holds it.
  static func oneLine(_ text: String) -> String {
    (try! JSONValue(parsing: text)).serialized(pretty: false)
  }

  @Test("Several files: one row per dossier in the given order, then the counts; exit of the worst (2, 1, 3, 4, 0)")
  func files() {
    let result = run(
      ["assess", "a.json", "b.json"], files: ["a.json": Self.eligible, "b.json": Self.incomplete])
    let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("FICHIER"))
    #expect(lines[1].hasPrefix("a.json") && lines[1].contains("ÉLIGIBLE"))
    #expect(lines[2].hasPrefix("b.json") && lines[2].contains("INCOMPLET"))
    #expect(result.standardOutput.contains("2 dossiers : 1 éligible, 0 inéligible, 1 incomplet, 0 indéterminé"))
    #expect(result.standardOutput.contains(AssessmentReport.preCheckNotice))
    #expect(result.status == 3)
  }

  @Test("A .jsonl file: one dossier per line, a bad line named by its number while the batch goes on")
  func jsonLines() throws {
    let stream = Self.oneLine(Self.eligible) + "\n\n{\"programme\": \n" + Self.oneLine(Self.incomplete) + "\r\n"
    let result = run(["assess", "--json", "call.jsonl"], files: ["call.jsonl": stream])
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 3)
    let first = try JSONObjectReader(
      try JSONValue(parsing: String(lines[0])), at: .root, keys: [], allowingOthers: true)
    #expect(try first.string("file") == "call.jsonl")
    #expect(try first.string("status") == "eligible")
    let bad = try JSONObjectReader(
      try JSONValue(parsing: String(lines[1])), at: .root, keys: ["file", "line", "error"])
    // Line 2 is blank and skipped; line 3 is cut short.
    #expect(bad.value("line") == .number("3"))
    _ = try bad.object("error", keys: ["path", "message"])
    let last = try JSONObjectReader(try JSONValue(parsing: String(lines[2])), at: .root, keys: [], allowingOthers: true)
    #expect(last.value("line") == .number("4"))
    #expect(try last.string("status") == "incomplete")
    #expect(result.status == 2)
  }

  @Test("Worst status order of design §6: bad input, ineligible, incomplete, undetermined, eligible")
  func worstOrder() {
    #expect(BatchOutcome.worse(0, 4) == 4)
    #expect(BatchOutcome.worse(4, 3) == 3)
    #expect(BatchOutcome.worse(3, 1) == 1)
    #expect(BatchOutcome.worse(1, 2) == 2)
    #expect(BatchOutcome.worse(0, 0) == 0)
  }

  @Test("Standard input: JSON Lines are a batch; one dossier written over several lines gets its full report")
  func standardInput() {
    let lines = run(
      ["assess", "-"], files: ["-": Self.oneLine(Self.eligible) + "\n" + Self.oneLine(Self.incomplete) + "\n"])
    #expect(lines.standardOutput.contains("-:1 "))
    #expect(lines.standardOutput.contains("-:2 "))
    let document = run(["assess", "-"], files: ["-": "\n" + Self.incomplete])
    #expect(document.standardOutput.contains("Statut : INCOMPLET"))
    #expect(document.status == 3)
    // Beside other files, standard input is one more input of the batch.
    let mixed = run(["assess", "a.json", "-"], files: ["a.json": Self.eligible, "-": Self.incomplete])
    #expect(mixed.standardOutput.contains("2 dossiers : 1 éligible, 0 inéligible, 1 incomplet"))
    #expect(run(["assess", "--motivation", "-"], files: ["-": Self.oneLine(Self.eligible) + "\n"]).status == 64)
  }

  @Test("A line over the size limit is skipped and reported; the reader never holds it")
  func longLine() throws {
    var reader = LineReader(MemoryStream(Array(("abc\n" + String(repeating: "x", count: 100) + "\nz").utf8)), limit: 10)
    #expect(try reader.next() == .text(number: 1, bytes: Array("abc".utf8)))
    #expect(try reader.next() == .tooLong(number: 2))
    #expect(try reader.next() == .text(number: 3, bytes: Array("z".utf8)))
    #expect(try reader.next() == nil)
  }

  @Test("A reading applies to the dossiers of its programme only; an unknown one is a usage error")
  func readings() {
    let result = run(
      ["assess", "--reading", "ftap.size.bounds=guidance", "a.json", "b.json"],
      files: ["a.json": Self.eligible, "b.json": Self.incomplete])
    #expect(result.status == 3)
    let unknown = run(["assess", "--reading", "ftap.nothing=x", "a.json", "b.json"], files: [:])
    #expect(unknown.status == 64)
  }

  @Test("An empty batch is bad input, not a silent success")
  func empty() {
    let result = run(["assess", "empty.jsonl"], files: ["empty.jsonl": "\n\n"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("aucun dossier"))
  }

  @Test("The example batch of the README: nine lines, one refused, exit 2")
  func example() {
    let result = CommandLineTool.run(
      arguments: ["assess", Self.root + "/Examples/batches/ftap-dossiers.jsonl"], readFile: RelanceTool.readFile)
    #expect(result.status == 2)
    #expect(
      result.standardOutput.contains(
        "9 dossiers : 4 éligibles, 3 inéligibles, 1 incomplet, 0 indéterminé, 1 entrée invalide."))
    #expect(result.standardOutput.contains("ftap-dossiers.jsonl:4"))
  }
}

/// Issue #22, bug 3: a batch closes each file once it is read, so a folder of any number of
/// `.jsonl` files stays within the descriptor limit (`.ci/hostile.py` runs one under
/// `ulimit -n 64`).
@Suite("relance assess closes what it opens")
struct BatchDescriptorTests {
  /// Counts the streams opened and closed.
  final class Ledger: @unchecked Sendable {
    var opened = 0
    var closed = 0
    var maximumOpen = 0
  }

  /// A stream of bytes in memory that tells the ledger when it is closed.
  struct TrackedStream: ByteStream {
    var bytes: MemoryStream
    let ledger: Ledger
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFileError) -> Int {
      try bytes.read(into: buffer)
    }
    func close() { ledger.closed += 1 }
  }

  @Test("Every .jsonl file of a folder is closed once read, whether its lines are good or not")
  func closesEachFile() {
    let ledger = Ledger()
    let names = (0..<80).map { "dossiers/" + String($0) + ".jsonl" }
    let line = BatchCommandTests.oneLine(BatchCommandTests.eligible)
    var output: [UInt8] = []
    let content = { (path: String) -> [UInt8] in
      Array((path.hasSuffix("7.jsonl") ? "{pas du JSON\n" : line + "\n").utf8)
    }
    var io = BatchIO.inMemory(
      readFile: { (path: String) throws(InputFileError) -> [UInt8] in content(path) },
      emit: {
        output += $0
        return true
      })
    io.openStream = { (path: String) throws(InputFileError) -> any ByteStream in
      ledger.opened += 1
      ledger.maximumOpen = Swift.max(ledger.maximumOpen, ledger.opened - ledger.closed)
      return TrackedStream(bytes: MemoryStream(content(path)), ledger: ledger)
    }
    io.listDirectory = { path in path == "dossiers" ? names : nil }
    let result = CommandLineTool.run(arguments: ["assess", "dossiers"], readFile: io.readFile, io: io)
    #expect(result.status == 2)
    #expect(ledger.opened == 80)
    #expect(ledger.closed == 80)
    #expect(ledger.maximumOpen == 1)
  }
}

/// Issue #22, bug 9: `relance assess -` answers as the same bytes saved as a `.jsonl` file
/// (one dossier written over several lines aside), in linear time, whatever the pieces
/// standard input arrives in.
@Suite("Standard input read as JSON Lines")
struct StandardInputTests {
  /// Bytes in memory given back at most `piece` bytes at a time, as a pipe does.
  struct Pieces: ByteStream {
    var bytes: [UInt8]
    let piece: Int
    var offset = 0
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFileError) -> Int {
      let count = Swift.min(piece, buffer.count, bytes.count - offset)
      guard count > 0 else { return 0 }
      bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
      offset += count
      return count
    }
  }

  /// What was written, batch lines included.
  final class Output: @unchecked Sendable { var bytes: [UInt8] = [] }

  /// The exit status and everything written, for `-` and for the same bytes as a file.
  func answers(_ input: [UInt8], piece: Int) -> (standardInput: (Int32, String), file: (Int32, String)) {
    func run(_ path: String) -> (Int32, String) {
      let output = Output()
      var io = BatchIO.inMemory(
        readFile: { (path: String) throws(InputFileError) -> [UInt8] in input },
        emit: {
          output.bytes += $0
          return true
        })
      io.openStream = { (path: String) throws(InputFileError) -> any ByteStream in Pieces(bytes: input, piece: piece) }
      let result = CommandLineTool.run(arguments: ["assess", "--json", path], readFile: io.readFile, io: io)
      return (result.status, String(decoding: output.bytes, as: UTF8.self) + result.standardOutput)
    }
    return (run("-"), run("d.jsonl"))
  }

  static let good = BatchCommandTests.oneLine(BatchCommandTests.eligible)

  @Test(
    "A bad or over-long first line loses no other dossier: the same answers as a .jsonl file",
    arguments: [
      // (A first line over the 8 MiB limit is `.ci/hostile.py`'s: too slow for a debug test.)
      ("{pas du JSON", 7), ("{pas du JSON", 65_536), ("   ", 3), ("[1, 2", 5),
    ])
  func firstLines(first: String, piece: Int) {
    let input = Array((first + "\n" + Self.good + "\n" + Self.good + "\n").utf8)
    let (fromInput, fromFile) = answers(input, piece: piece)
    #expect(fromInput.0 == fromFile.0)
    #expect(fromInput.1.replacing(#""file":"-""#, with: #""file":"d.jsonl""#) == fromFile.1)
    #expect(fromInput.1.split(separator: "\n").count >= 2)
  }

  @Test("One dossier written over several lines is still one document")
  func prettyDossier() {
    let input = Array(BatchCommandTests.eligible.utf8)
    #expect(BatchCommandTests.eligible.split(separator: "\n").count > 3)
    let (fromInput, _) = answers(input, piece: 100)
    #expect(fromInput.0 == 0)
    #expect(fromInput.1.hasPrefix("{"))
    #expect(fromInput.1.contains(#""status": "eligible""#))
  }
}

/// Issue #22: the compact verdict (`--verdict`) says what the full report says.
@Suite("relance assess --verdict")
struct VerdictCommandTests {
  @Test("For every example dossier, the compact verdict agrees with the full report", arguments: ["ftap", "relance"])
  func agrees(folder: String) throws {
    let root = CommandLineToolTests.root + "/Examples/" + folder
    for file in try #require(try RelanceTool.listDirectory(Array(root.utf8))) {
      let full = CommandLineTool.run(arguments: ["assess", "--json", file], readFile: RelanceTool.readFile)
      let compact = CommandLineTool.run(arguments: ["assess", "--verdict", file], readFile: RelanceTool.readFile)
      #expect(full.status == compact.status, "\(file)")
      let report = try JSONObjectReader(
        try JSONValue(parsing: full.standardOutput), at: .root, keys: [], allowingOthers: true)
      let summary = try JSONObjectReader(
        try JSONValue(parsing: compact.standardOutput), at: .root,
        keys: ["programme", "reference", "status", "cap", "violated", "undetermined", "missing"])
      #expect(try summary.string("status") == report.string("status"), "\(file)")
      #expect(try summary.string("programme") == report.string("programme"), "\(file)")
      let money = report.value("coFinancing").flatMap {
        try? JSONObjectReader($0, at: .root, keys: [], allowingOthers: true)
      }
      #expect(try summary.string("cap") == money?.string("cap"), "\(file)")
      let findings = try #require(try report.array("findings")).map {
        try JSONObjectReader($0, at: .root, keys: [], allowingOthers: true)
      }
      for (key, outcome) in [("violated", "violated"), ("undetermined", "undetermined"), ("missing", "missingInput")] {
        let expected = try findings.filter { try $0.string("outcome") == outcome }.map { try $0.string("rule") ?? "" }
        #expect(try summary.strings(key) == expected, "\(file) \(key)")
      }
    }
  }

  @Test("--verdict excludes --json and --motivation")
  func exclusive() {
    let path = CommandLineToolTests.root + "/Examples/ftap/incomplete.json"
    for flag in ["--json", "--motivation"] {
      #expect(
        CommandLineTool.run(arguments: ["assess", "--verdict", flag, path], readFile: RelanceTool.readFile).status == 64
      )
    }
  }
}
