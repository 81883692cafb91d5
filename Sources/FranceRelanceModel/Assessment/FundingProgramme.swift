/// A funding programme or call whose dossiers the library can assess.
///
/// Each programme has a stable identifier, an enumerable rule catalogue, a dossier type
/// read from the interchange format, and an assessment. The `relance` tool and the
/// reference pages work from this protocol, so adding a programme adds it everywhere.
public protocol FundingProgramme: Sendable {
  /// The programme's dossier type.
  associatedtype Dossier: Sendable

  /// The stable identifier, as written in a dossier's `programme` field.
  var identifier: ProgrammeIdentifier { get }
  /// The French title.
  var title: String { get }
  /// Every rule of the programme, in the order findings are reported.
  var rules: [Rule] { get }
  /// The format of the programme's dossiers, from which `relance schema` writes the JSON
  /// Schema.
  var dossierFormat: ObjectFormat { get }

  /// Reads a dossier of this programme from JSON.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty field.
  func dossier(from json: JSONValue) throws(InterchangeError) -> Dossier

  /// Assesses a dossier: every rule, the co-financing, tranches and indicators.
  func report(on dossier: Dossier) -> AssessmentReport
}

extension FundingProgramme {
  /// Reads a dossier from JSON and assesses it.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty field; nothing is assessed then.
  public func report(onJSON json: JSONValue) throws(InterchangeError) -> AssessmentReport {
    report(on: try dossier(from: json))
  }
}
