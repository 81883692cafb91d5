import FranceRelanceModel
import FundingProgrammes

/// The reports of an uploaded batch, one per dossier: a JSON Lines file (one dossier per
/// non-blank line) or one JSON dossier. Each dossier is assessed by the library under the
/// default readings, as `relance assess` does.
struct BatchTable {
  /// One dossier of the batch.
  struct Row {
    /// Its line (1 for a single dossier).
    let line: Int
    /// Its report, or the one-line error that stopped it.
    let outcome: Result<AssessmentReport, PrintableReport.Failure>

    /// Its status's identifier, `invalidInput` for an error.
    var statusName: String {
      switch outcome {
      case .success(let report): report.status.rawValue
      case .failure: "invalidInput"
      }
    }

    /// The rules its report does not find satisfied: violated, undetermined or missing.
    var openRules: [String] {
      guard case .success(let report) = outcome else { return [] }
      return report.assessment.findings.filter {
        [.violated, .undetermined, .missingInput].contains($0.outcome.kind)
      }.map(\.rule.id.rawValue)
    }
  }

  /// The dossiers, in order.
  let rows: [Row]

  /// Assesses the dossiers of `body`.
  init(body: [UInt8]) {
    let trimmed = body.drop { [9, 10, 13, 32].contains($0) }
    if trimmed.first == UInt8(ascii: "{"), let single = try? JSONDocument(parsing: Array(trimmed)) {
      rows = [Self.row(line: 1, document: .success(single))]
      return
    }
    var rows: [Row] = []
    var number = 0
    for line in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      number += 1
      guard line.contains(where: { ![9, 13, 32].contains($0) }) else { continue }
      let document: Result<JSONDocument, PrintableReport.Failure>
      do throws(InterchangeError) {
        document = .success(try JSONDocument(parsing: Array(line)))
      } catch {
        document = .failure(PrintableReport.Failure(message: Self.message(error)))
      }
      rows.append(Self.row(line: number, document: document))
    }
    self.rows = rows
  }

  /// A row of a parsed (or refused) dossier.
  static func row(line: Int, document: Result<JSONDocument, PrintableReport.Failure>) -> Row {
    switch document {
    case .failure(let failure): return Row(line: line, outcome: .failure(failure))
    case .success(let document):
      do throws(InterchangeError) {
        let programme = try ProgrammeCatalogue.programme(of: document)
        do {
          return Row(line: line, outcome: .success(try programme.report(onJSON: document, selection: .init())))
        } catch {
          switch error {
          case .input(let input): throw input
          case .reading(let reading):
            return Row(line: line, outcome: .failure(PrintableReport.Failure(message: reading.description)))
          }
        }
      } catch {
        return Row(line: line, outcome: .failure(PrintableReport.Failure(message: message(error))))
      }
    }
  }

  /// The tool's one line for an input error.
  static func message(_ error: InterchangeError) -> String {
    error.path.description + ": " + error.reason.description
  }

  // MARK: Filtering

  /// The rows with status `status` (an identifier, or `nil` for all) whose report leaves
  /// `rule` open (or any, for `nil`).
  func filtered(status: String?, rule: String?) -> [Row] {
    rows.filter { row in
      (status == nil || row.statusName == status) && (rule == nil || row.openRules.contains(rule!))
    }
  }

  /// The rules left open by at least one dossier, sorted.
  var openRules: [String] { Array(Set(rows.flatMap(\.openRules))).sorted() }
}
