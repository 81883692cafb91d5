extension CommandLineTool {
  // MARK: completion

  /// `relance completion bash|zsh|fish`: the shell's completion script.
  static func completion(_ arguments: [String]) -> ToolResult {
    guard arguments.count == 1, let shell = Completion.Shell(rawValue: arguments[0]) else {
      return .badUsage(
        "utilisation : relance completion " + Completion.Shell.allCases.map(\.rawValue).joined(separator: "|"))
    }
    return .success(Completion.script(shell))
  }
}
