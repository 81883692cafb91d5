/// What a command produced: its exit status and its two output streams.
struct ToolResult: Error, Equatable {
  /// 0 eligible or success, 1 ineligible or incomplete, 2 bad input, 64 bad usage.
  var status: Int32
  var standardOutput = ""
  var standardError = ""

  static func success(_ output: String) -> ToolResult { ToolResult(status: 0, standardOutput: output) }

  static func badUsage(_ message: String) -> ToolResult {
    ToolResult(status: ExitStatus.usage, standardError: "relance: " + message + "\n" + Help.short)
  }

  /// One line naming the file, the field path and the reason.
  static func badInput(file: String, _ message: String) -> ToolResult {
    ToolResult(status: ExitStatus.badInput, standardError: file + ": " + message + "\n")
  }
}

/// The exit statuses of the tool.
enum ExitStatus {
  static let success: Int32 = 0
  static let notEligible: Int32 = 1
  static let badInput: Int32 = 2
  static let usage: Int32 = 64
}
