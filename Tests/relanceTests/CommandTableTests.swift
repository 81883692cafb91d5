import Foundation
import FranceRelanceModel
import TestSupport
import Testing

@testable import relance

/// The table of commands (issue #25): the one declaration of each command, from which the
/// dispatch, the options, the help, the suggestions, the reference page and the shell
/// completions are derived.
@Suite("The table of commands")
struct CommandTableTests {
  func run(_ arguments: [String]) -> ToolResult {
    CommandLineTool.run(arguments: arguments) { (_: String) throws(InputFileError) -> [UInt8] in
      throw InputFileError.unreadable("absent")
    }
  }

  @Test(
    "Each command answers its --help with its own usages, which the full help lists",
    arguments: CommandLineTool.table.map(\.name))
  func help(name: String) throws {
    let command = try #require(CommandLineTool.command(named: name))
    let result = run([name, "--help"])
    #expect(result.status == 0)
    for usage in command.usages {
      #expect(result.standardOutput.contains(usage.synopsis))
      #expect(Help.full.contains(usage.synopsis))
    }
  }

  @Test(
    "A mistyped command is answered with the nearest one, for every command of the table",
    arguments: CommandLineTool.table.map(\.name))
  func suggestion(name: String) {
    // One letter doubled: two edits at most from the command only.
    let typo = name + String(name.last!)
    let result = run([typo])
    #expect(result.status == 64)
    #expect(result.standardError.contains("vouliez-vous dire « " + name + " »"))
  }

  @Test("The README's command table names exactly the table's commands")
  func readme() throws {
    let readme = String(decoding: repositoryFile("README.md"), as: UTF8.self)
    let section = try #require(
      readme.components(separatedBy: "## The `relance` tool").last?.components(separatedBy: "```").first)
    var named: Set<String> = []
    for line in section.split(separator: "\n") where line.hasPrefix("| `relance ") {
      let word = line.dropFirst("| `relance ".count).prefix { $0 != " " && $0 != "`" }
      if !word.hasPrefix("-") { named.insert(String(word)) }
    }
    #expect(named == Set(CommandLineTool.table.map(\.name)))
  }

  @Test("bash completes commands, options, reading choices, programmes and fixed words, as the table declares")
  func bash() throws {
    let script = Completion.script(.bash)
    func complete(_ words: [String]) throws -> [String] {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "relance-completion-" + UUID().uuidString)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let file = folder.appendingPathComponent("relance.bash")
      try script.write(to: file, atomically: true, encoding: .utf8)
      let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/bash")
      process.currentDirectoryURL = folder
      process.arguments = [
        "-c",
        "source relance.bash; COMP_WORDS=(relance " + quoted + "); COMP_CWORD=" + String(words.count)
          + "; _relance; printf '%s\\n' \"${COMPREPLY[@]}\"",
      ]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
    #expect(try complete(["qu"]) == ["questions"])
    #expect(Set(try complete([""])) == Set(CommandLineTool.table.map(\.name) + ["--help", "--version"]))
    let assess = try #require(CommandLineTool.command(named: "assess"))
    #expect(Set(try complete(["assess", "--"])) == Set(assess.options + ["--help"]))
    let variants = CommandLineTool.programmes.flatMap(\.readings).filter { $0.id.rawValue == "ftap.size.bounds" }
      .flatMap { reading in reading.variants.map { "ftap.size.bounds=" + $0.id } }
    #expect(try complete(["assess", "--reading", "ftap.size.b"]) == variants)
    #expect(try complete(["schema", ""]) == CommandLineTool.programmeIdentifiers)
    #expect(try complete(["export", "s"]) == ["scdl"])
    #expect(try complete(["completion", "f"]) == ["fish"])
  }

  @Test("zsh runs the bash completion through bashcompinit; fish declares each command and each option")
  func zshAndFish() {
    let zsh = Completion.script(.zsh)
    #expect(zsh.hasPrefix("#compdef relance\nautoload -U +X bashcompinit && bashcompinit\n"))
    #expect(zsh.hasSuffix("complete -o filenames -F _relance relance\n"))
    let fish = Completion.script(.fish)
    for command in CommandLineTool.table {
      #expect(fish.contains(" -a " + command.name + " -d '"))
      for option in command.options {
        #expect(fish.contains("__fish_seen_subcommand_from " + command.name + "\" -l " + option.dropFirst(2)))
      }
    }
    #expect(run(["completion", "powershell"]).status == 64)
    #expect(run(["completion", "bash"]).standardOutput == Completion.script(.bash))
  }
}

/// `relance parameters` (issue #25): every dated parameter with its identifier, unit and
/// periods; the values worked out from the texts (seed 004: « Entre 100 000 € et 1M€ »,
/// « ne dépassera pas 50% », tranches beyond 200 000 € or 6 months, 6-month milestones).
@Suite("relance parameters")
struct ParametersCommandTests {
  @Test("FTAP: each parameter's identifier, unit and value, euros and rates as exact decimal strings")
  func ftap() throws {
    let result = CommandLineTool.run(arguments: ["parameters", "ftap-data-2023", "--json"]) {
      (_: String) throws(InputFileError) -> [UInt8] in throw InputFileError.unreadable("absent")
    }
    #expect(result.status == 0)
    let json = try JSONValue(parsing: result.standardOutput)
    guard case .object(let root) = json, case .array(let programmes)? = root.first?.value,
      case .object(let programme)? = programmes.first,
      case .array(let parameters)? = programme.first(where: { $0.key == "parameters" })?.value
    else { throw CancellationError() }
    var found: [String: (unit: JSONValue, value: JSONValue)] = [:]
    for case .object(let parameter) in parameters {
      guard case .string(let id)? = parameter.first(where: { $0.key == "id" })?.value,
        case .array(let periods)? = parameter.first(where: { $0.key == "periods" })?.value,
        case .object(let period)? = periods.first,
        let value = period.first(where: { $0.key == "value" })?.value,
        let unit = parameter.first(where: { $0.key == "unit" })?.value
      else { continue }
      found[id] = (unit, value)
    }
    #expect(found["ftap.size.minimum"]?.value == .string("100000.00"))
    #expect(found["ftap.size.maximum"]?.value == .string("1000000.00"))
    #expect(found["ftap.cofinancing.maxRate"]?.value == .string("0.50"))
    #expect(found["ftap.cofinancing.maxRate"]?.unit == .string("rate"))
    #expect(found["ftap.tranches.requestThreshold"]?.value == .string("200000.00"))
    #expect(found["ftap.tranches.durationMonths"]?.value == .number("6"))
    #expect(found["ftap.milestones.intervalMonths"]?.unit == .string("months"))
    #expect(found.count == 6)
  }

  @Test("A rate's decimal fraction is exact", arguments: [(75, "0.75"), (50, "0.50"), (100, "1.00"), (5, "0.05")])
  func rateFraction(percent: Int, text: String) {
    #expect(Rate.percent(Int32(percent)).parameterJSON == .string(text))
  }
}
