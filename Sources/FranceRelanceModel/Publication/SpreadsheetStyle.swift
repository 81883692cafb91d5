/// How a batch's table of reports is written (`relance assess --csv`, the instructor
/// page's download): UTF-8 with commas (the plain file), or the variant a French
/// spreadsheet opens as it is (`--excel`: a byte-order mark, semicolons, a cell that would
/// start a formula prefixed with an apostrophe).
///
/// ```swift
/// let style = SpreadsheetStyle.excel
/// let text = style.start + style.line(SpreadsheetStyle.header) + style.line(["a.json", "", "FTAP-1"])
/// ```
public enum SpreadsheetStyle: Sendable, Hashable {
  // MARK: Styles

  /// UTF-8, commas.
  case plain
  /// A byte-order mark, semicolons, no cell starting a formula.
  case excel

  // MARK: Writing

  /// The header row: the dossier's file and line, then the report's columns
  /// (``AssessmentReport/spreadsheetColumns``).
  public static let header = ["file", "line"] + AssessmentReport.spreadsheetColumns

  /// What starts the output (the byte-order mark of the spreadsheet variant).
  public var start: String { self == .excel ? "\u{FEFF}" : "" }

  /// One row: each cell quoted as the SCDL export quotes it (scalar by scalar), CRLF line
  /// end; in the spreadsheet variant, a cell starting with `=`, `+`, `-`, `@`, a tab or a
  /// carriage return is prefixed with `'`, so that no cell taken from a dossier runs as a
  /// formula.
  ///
  /// - Complexity: O(*n*) in the cells' length.
  public func line(_ cells: [String]) -> String {
    let separator: Unicode.Scalar = self == .excel ? ";" : ","
    return cells.map { cell in
      var text = cell
      if self == .excel, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
        text = "'" + text
      }
      return SCDLExport.field(text, separator: separator)
    }.joined(separator: String(separator)) + "\r\n"
  }
}
