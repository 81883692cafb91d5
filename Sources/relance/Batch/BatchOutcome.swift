/// What a batch prints for one dossier, and its exit status.
struct BatchOutcome: Sendable {
  /// 0 eligible, 1 ineligible, 2 bad input, 3 incomplete, 4 undetermined.
  let status: Int32
  /// The line printed: a JSON object (JSON Lines), or the row of the summary table, its
  /// columns separated by tabs (aligned when printed).
  /// The dossier's line, UTF-8, without its line break: a row of the summary table
  /// (columns separated by tabs) or a JSON line.
  let line: [UInt8]

  /// The worse of two exit statuses, in the order of design §6: 2, 1, 3, 4, 0.
  static func worse(_ a: Int32, _ b: Int32) -> Int32 {
    let order: [Int32] = [ExitStatus.badInput, ExitStatus.ineligible, ExitStatus.incomplete, ExitStatus.undetermined]
    for status in order where a == status || b == status { return status }
    return ExitStatus.success
  }
}
