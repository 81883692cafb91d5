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
