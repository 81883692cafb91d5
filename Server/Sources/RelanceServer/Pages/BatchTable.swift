import FranceRelanceModel
import FundingProgrammes

/// The reports of an uploaded batch, one per dossier: a JSON Lines file (one dossier per
/// non-blank line), one JSON dossier, or a démarches-simplifiées answer read through its
/// mapping (as `relance import ds --mapping` reads it; a row per dossier of the page, in
/// order). Each dossier is assessed by the library under the default readings, as
/// `relance assess` does.
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

  /// The dossiers of a démarches-simplifiées answer read through `mapping`, or why the
  /// answer or the mapping cannot be read (one line, naming the field).
  static func imported(_ body: [UInt8], mapping: [UInt8]) -> Result<
    [Result<JSONValue, DSImportError>], PrintableReport.Failure
  > {
    let reader: DSMapping
    let response: JSONValue
    do throws(InterchangeError) {
      reader = try DSMapping(json: try JSONValue(parsing: mapping))
    } catch {
      return .failure(PrintableReport.Failure(message: "correspondance : " + error.description))
    }
    do throws(InterchangeError) { response = try JSONValue(parsing: body) } catch {
      return .failure(PrintableReport.Failure(message: "réponse démarches-simplifiées : " + error.description))
    }
    do throws(DSImportError) {
      _ = try DSImport.dossierObjects(in: response)
      return .success(try DSImport(mapping: reader).dossiers(in: response))
    } catch {
      return .failure(PrintableReport.Failure(message: "réponse démarches-simplifiées : " + error.description))
    }
  }

  /// Assesses the dossiers of `body`, read through `mapping` when it is a
  /// démarches-simplifiées answer.
  init(body: [UInt8], mapping: [UInt8]?) {
    guard let mapping else {
      self.init(body: body)
      return
    }
    switch Self.imported(body, mapping: mapping) {
    case .failure(let failure): self.init(rows: [Row(line: 1, outcome: .failure(failure))])
    case .success(let dossiers):
      self.init(
        rows: dossiers.enumerated().map { offset, dossier in
          switch dossier {
          case .success(let value): Self.row(line: offset + 1, document: .success(JSONDocument(value)))
          case .failure(let error):
            Row(line: offset + 1, outcome: .failure(PrintableReport.Failure(message: error.description)))
          }
        })
    }
  }

  /// A table of rows.
  init(rows: [Row]) {
    self.rows = rows
  }

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
        document = .failure(PrintableReport.Failure(message: error.description))
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
        let programme = try ProgrammeCatalogue.registry.programme(of: document)
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
        return Row(line: line, outcome: .failure(PrintableReport.Failure(message: error.description)))
      }
    }
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
