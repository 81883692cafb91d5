extension AssessmentReport {
  // MARK: A spreadsheet row

  /// The columns of a batch's spreadsheet (design v3 §12), after the dossier's `file` and
  /// `line`: `reference`, `programme`, `status`, `cap`, `bindingLimit`, `violated`,
  /// `undetermined`, `missing`, `remedy`.
  public static let spreadsheetColumns = [
    "reference", "programme", "status", "cap", "bindingLimit", "violated", "undetermined", "missing", "remedy",
  ]

  /// The report as one spreadsheet row, in the order of ``spreadsheetColumns``: the cap as
  /// a decimal string in euros, rule identifiers joined by a space, the first remedy's
  /// French text; an absent value is an empty cell.
  public var spreadsheetCells: [String] {
    func rules(_ kind: Outcome.Kind) -> String {
      assessment.findings.filter { $0.outcome.kind == kind }.map(\.rule.id.rawValue).joined(separator: " ")
    }
    return [
      assessment.reference ?? "", assessment.programme.rawValue, status.rawValue,
      coFinancing?.cap?.decimalString ?? "", coFinancing?.bindingLimit?.rawValue ?? "", rules(.violated),
      rules(.undetermined), rules(.missingInput), remedies.first?.message ?? "",
    ]
  }

  /// The row of a dossier that could not be read or assessed, in the order of
  /// ``spreadsheetColumns``: status `invalidInput`, the one-line error in the last cell,
  /// the others empty.
  public static func spreadsheetCells(failure message: String) -> [String] {
    spreadsheetColumns.map { column in
      switch column {
      case "status": "invalidInput"
      case "remedy": message
      default: ""
      }
    }
  }
}
