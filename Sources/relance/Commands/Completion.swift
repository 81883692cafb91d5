/// The shell completion scripts of `relance completion bash|zsh|fish`, written from the
/// table of commands (``CommandLineTool/table``): the commands, each command's options, the
/// values of options that take one (readings `ID=VARIANT`, files), and its arguments
/// (programmes, fixed words, files or folders).
enum Completion {
  /// A shell.
  enum Shell: String, Sendable, CaseIterable {
    case bash
    case zsh
    case fish
  }

  // MARK: Scripts

  /// The script for `shell`.
  static func script(_ shell: Shell) -> String {
    switch shell {
    case .bash: bash
    case .zsh: "#compdef relance\nautoload -U +X bashcompinit && bashcompinit\n" + bash
    case .fish: fish
    }
  }

  /// Words for a shell's word list, separated by spaces: they need no quoting (commands,
  /// options, identifiers and variants hold no space or quote).
  static func list(_ words: [String]) -> String { words.joined(separator: " ") }

  /// The bash script (zsh runs it through `bashcompinit`).
  static var bash: String {
    var script = """
      # relance: shell completion, written by `relance completion bash` from the tool's table of commands.
      _relance() {
        local cur prev
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD-1]}"
        if [ "$COMP_CWORD" -eq 1 ]; then
          COMPREPLY=($(compgen -W "\(list(CommandLineTool.table.map(\.name) + ["--help", "--version"]))" -- "$cur"))
          return
        fi
        case "${COMP_WORDS[1]}" in

      """
    for command in CommandLineTool.table {
      script += "    " + command.name + ")\n"
      if !command.valuedOptions.isEmpty {
        script += "      case \"$prev\" in\n"
        for (option, values) in command.valuedOptions.sorted(by: { $0.key < $1.key }) {
          script += "        " + option + ") " + bashValues(values) + "; return ;;\n"
        }
        script += "      esac\n"
      }
      script +=
        "      if [[ \"$cur\" == -* ]]; then\n        COMPREPLY=($(compgen -W \"" + list(command.options + ["--help"])
        + "\" -- \"$cur\"))\n      else\n        " + bashValues(command.arguments) + "\n      fi\n      ;;\n"
    }
    return script + "  esac\n}\ncomplete -o filenames -F _relance relance\n"
  }

  /// The bash statement that completes `values`.
  static func bashValues(_ values: CompletionValues) -> String {
    switch values {
    case .none: "COMPREPLY=()"
    case .files: "COMPREPLY=($(compgen -f -- \"$cur\"))"
    case .folders: "COMPREPLY=($(compgen -d -- \"$cur\"))"
    case .programmes, .readings, .words: "COMPREPLY=($(compgen -W \"" + list(values.words ?? []) + "\" -- \"$cur\"))"
    }
  }

  /// The fish script.
  static var fish: String {
    var script = """
      # relance: shell completion, written by `relance completion fish` from the tool's table of commands.
      complete -c relance -f

      """
    let names = list(CommandLineTool.table.map(\.name))
    for command in CommandLineTool.table {
      let summary = command.usages.first?.description.first ?? ""
      script +=
        "complete -c relance -n \"not __fish_seen_subcommand_from " + names + "\" -a " + command.name + " -d '"
        + summary.replacingQuotes() + "'\n"
      let when = "-n \"__fish_seen_subcommand_from " + command.name + "\""
      for option in command.options {
        let name = String(option.dropFirst(2))
        switch command.valuedOptions[option] {
        case nil: script += "complete -c relance " + when + " -l " + name + "\n"
        case .files?, .folders?: script += "complete -c relance " + when + " -l " + name + " -r -F\n"
        case let values?:
          script += "complete -c relance " + when + " -l " + name + " -x -a '" + list(values.words ?? []) + "'\n"
        }
      }
      switch command.arguments {
      case .none: break
      case .files, .folders: script += "complete -c relance " + when + " -F\n"
      case .programmes, .readings, .words:
        script += "complete -c relance " + when + " -a '" + list(command.arguments.words ?? []) + "'\n"
      }
    }
    return script
  }
}

extension String {
  /// The text with its single quotes turned into typographic ones, for a fish string.
  func replacingQuotes() -> String { String(map { $0 == "'" ? "’" : $0 }) }
}
