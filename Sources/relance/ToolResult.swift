import FranceRelanceModel

/// What a command produced: its exit status and its two output streams.
struct ToolResult: Error, Equatable {
  /// 0 eligible or success, 1 ineligible, 2 bad input, 3 incomplete, 4 undetermined, 64 bad usage.
  var status: Int32
  var standardOutput = ""
  var standardError = ""

  static func success(_ output: String) -> ToolResult { ToolResult(status: 0, standardOutput: output) }

  static func badUsage(_ message: String) -> ToolResult {
    ToolResult(status: ExitStatus.usage, standardError: "relance: " + TerminalText.line(message) + "\n" + Help.short)
  }

  /// One line naming the file, the field path and the reason.
  static func badInput(file: String, _ message: String) -> ToolResult {
    // Escaped and bounded: a file name or a value from the input never adds a line, moves
    // the cursor or reorders the text (TerminalText).
    ToolResult(
      status: ExitStatus.badInput, standardError: TerminalText.line(file) + ": " + TerminalText.line(message) + "\n")
  }
}

/// The exit statuses of the tool (design §6).
enum ExitStatus {
  static let success: Int32 = 0
  static let ineligible: Int32 = 1
  static let badInput: Int32 = 2
  static let incomplete: Int32 = 3
  static let undetermined: Int32 = 4
  static let usage: Int32 = 64
  /// The output could not be written (`EX_IOERR` of sysexits.h).
  static let outputError: Int32 = 74

  /// The status of an assessment: 0 eligible, 1 ineligible, 3 incomplete, 4 undetermined.
  static func of(_ status: AssessmentStatus) -> Int32 {
    switch status {
    case .eligible: success
    case .ineligible: ineligible
    case .incomplete: incomplete
    case .undetermined: undetermined
    }
  }
}
