/// A command of the `relance` tool, declared once (issue #25): its name, its options, what
/// its arguments are, its lines of help, and how it runs. The table of commands
/// (``CommandTable``) drives the dispatch, the options each command accepts, the
/// suggestions for a mistyped command or option, the help, the reference page of the
/// commands and the shell completions.
struct ToolCommand: Sendable {
  /// One usage line of the help: a synopsis and its French description, already wrapped.
  struct Usage: Sendable {
    /// `relance NAME …`.
    let synopsis: String
    /// The description's lines.
    let description: [String]
  }

  /// The command's name.
  let name: String
  /// Every option it accepts (flags, and options that take a value).
  let options: [String]
  /// The options that take a value, with what completes that value.
  let valuedOptions: [String: CompletionValues]
  /// What completes its positional arguments.
  let arguments: CompletionValues
  /// Its lines of help.
  let usages: [Usage]
  /// Runs it.
  let run: @Sendable (Invocation) -> ToolResult
}
