import FranceRelanceModel

/// What a batch prints for one dossier, and its exit status.
struct BatchOutcome: Sendable {
  /// 0 eligible, 1 ineligible, 2 bad input, 3 incomplete, 4 undetermined.
  let status: Int32
  /// The dossier's line.
  let line: Line

  /// What a dossier prints.
  enum Line: Sendable {
    /// A row of the summary table, by column (aligned when printed).
    case row([String])
    /// A JSON object, UTF-8, without its line break (JSON Lines).
    case json([UInt8])
    /// The cells of a spreadsheet row (`--csv`), written as they are (not aligned).
    case cells([String])
    /// The dossier's pages of a printable report (`--html`), written at the end.
    case entry(PrintableReport.Entry)
  }

  /// The worse of two exit statuses, in the order of design §6: 2, 1, 3, 4, 0.
  static func worse(_ a: Int32, _ b: Int32) -> Int32 {
    let order: [Int32] = [ExitStatus.badInput, ExitStatus.ineligible, ExitStatus.incomplete, ExitStatus.undetermined]
    for status in order where a == status || b == status { return status }
    return ExitStatus.success
  }
}
