/// A funding programme or call whose dossiers the library can assess, seen from outside:
/// what the `relance` tool, the reference pages and the programme catalogue use.
///
/// Programmes conform through ``RuleBasedProgramme``, which derives the rules, the
/// readings and the reports from their rule book; this protocol is the part that works on
/// `any FundingProgramme`.
public protocol FundingProgramme: Sendable {
  /// The programme's dossier type.
  associatedtype Dossier: Sendable

  /// The stable identifier, as written in a dossier's `programme` field.
  var identifier: ProgrammeIdentifier { get }
  /// The French title.
  var title: String { get }
  /// The edition whose numbers the rules use, in French (« 2023 – 2025 »).
  var editionName: String { get }
  /// Every rule of the programme, in the order findings are reported.
  var rules: [Rule] { get }
  /// Every reading of the programme, with its variants.
  var readings: [ReadingDescription] { get }
  /// The window in which dossiers are filed.
  var window: ScheduledWindow { get }
  /// The rule that decides whether a filing date falls in the window (`relance.window`,
  /// `ftap.window`): `relance calendar` asks it, so that the calendar and an assessment
  /// agree on every date.
  var windowRule: RuleIdentifier { get }
  /// The edition's numbers with their citations.
  var parameterDescriptions: [ParameterDescription] { get }

  /// The programme under `reform` (issue #25): its dated parameters overlaid with the
  /// reform's periods; the programme itself when the reform changes none of them.
  ///
  /// - Throws: ``InterchangeError`` at `parameters.ID` when the reform changes a parameter
  ///   of a programme that cannot be reformed yet.
  func reformed(by reform: Reform) throws(InterchangeError) -> any FundingProgramme
  /// The envelope the grants come from; `nil` when the texts give none.
  var grantEnvelope: Envelope? { get }
  /// The format of the programme's dossiers, from which `relance schema` writes the JSON
  /// Schema.
  var dossierFormat: ObjectFormat { get }
  /// The sections of the programme's reference page beyond its rules, readings and
  /// parameters (calendar, envelopes, indicators, selection criteria).
  var referenceSections: [ReferenceSection] { get }
  /// The programme as a « dispositif d'aide » record, for `relance export dispositifs` and
  /// the `dispositifAide` column of the SCDL export.
  var aidScheme: AidScheme { get }

  /// Reads a dossier of this programme from a JSON document, streaming: its fields are
  /// read from the document's bytes, with no tree.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty field.
  func dossier(from document: JSONDocument) throws(InterchangeError) -> Dossier

  /// Every input error of a JSON dossier of this programme, one per field, in field order;
  /// empty when the dossier can be read (what `relance validate` prints).
  func inputErrors(in json: JSONValue) -> [InterchangeError]

  /// The inputs a dossier lacks, the most decisive first (design §6).
  ///
  /// - Throws: ``ReadingError`` for an unknown reading or variant.
  func questions(for dossier: Dossier, selection: ReadingSelection) throws(ReadingError) -> [Question]

  /// Assesses a dossier under the default readings.
  func report(on dossier: Dossier) -> AssessmentReport

  /// Assesses a dossier under the chosen readings.
  ///
  /// - Throws: ``ReadingError`` for an unknown reading or variant.
  func report(on dossier: Dossier, selection: ReadingSelection) throws(ReadingError) -> AssessmentReport

  /// The compact verdict of a dossier under the chosen readings: status, cap and the
  /// rules violated, undetermined or lacking input, without the French findings.
  ///
  /// - Throws: ``ReadingError`` for an unknown reading or variant.
  func verdictSummary(of dossier: Dossier, selection: ReadingSelection) throws(ReadingError) -> VerdictSummary
}

extension FundingProgramme {
  // MARK: Reforms

  /// The programme itself when `reform` changes none of its parameters.
  ///
  /// - Throws: ``InterchangeError`` at `parameters.ID` for a parameter of this programme:
  ///   a programme that supports reforms implements this requirement.
  public func reformed(by reform: Reform) throws(InterchangeError) -> any FundingProgramme {
    let own = Set(parameterDescriptions.map(\.id))
    if let id = reform.parameters.map(\.id).first(where: { own.contains($0) }) {
      throw InterchangeError(
        .invalid("le programme « " + identifier.rawValue + " » ne se prête pas encore à une réforme"),
        at: FieldPath(components: [.key("parameters"), .key(id)]))
    }
    return self
  }

  /// Reads a dossier of this programme from a tree, through the document of the tree.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty field.
  public func dossier(from json: JSONValue) throws(InterchangeError) -> Dossier {
    try dossier(from: JSONDocument(json))
  }

  /// Reads a dossier from JSON and assesses it under the default readings.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty field; nothing is assessed then.
  public func report(onJSON json: JSONValue) throws(InterchangeError) -> AssessmentReport {
    report(on: try dossier(from: json))
  }

  /// Reads a dossier from a JSON document and assesses it under the default readings.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty field; nothing is assessed then.
  public func report(onJSON document: JSONDocument) throws(InterchangeError) -> AssessmentReport {
    report(on: try dossier(from: document))
  }

  /// The first input error only: the default for a programme whose reader stops at the
  /// first error.
  public func inputErrors(in json: JSONValue) -> [InterchangeError] {
    do {
      _ = try dossier(from: json)
      return []
    } catch {
      return [error]
    }
  }

  /// Reads a dossier from JSON and lists the inputs it lacks, the most decisive first.
  ///
  /// - Throws: ``ProgrammeError`` wrapping the ``InterchangeError`` or ``ReadingError``.
  public func questions(onJSON json: JSONValue, selection: ReadingSelection = .init()) throws(ProgrammeError)
    -> [Question]
  {
    let dossier: Dossier
    do { dossier = try self.dossier(from: json) } catch { throw .input(error) }
    do { return try questions(for: dossier, selection: selection) } catch { throw .reading(error) }
  }

  /// Reads a dossier from JSON and gives its compact verdict under the chosen readings.
  ///
  /// - Throws: ``ProgrammeError`` wrapping the ``InterchangeError`` or ``ReadingError``.
  public func verdictSummary(onJSON json: JSONValue, selection: ReadingSelection) throws(ProgrammeError)
    -> VerdictSummary
  {
    try verdictSummary(onJSON: JSONDocument(json), selection: selection)
  }

  /// Reads a dossier from a JSON document and gives its compact verdict under the chosen
  /// readings.
  ///
  /// - Throws: ``ProgrammeError`` wrapping the ``InterchangeError`` or ``ReadingError``.
  public func verdictSummary(onJSON document: JSONDocument, selection: ReadingSelection) throws(ProgrammeError)
    -> VerdictSummary
  {
    let dossier: Dossier
    do { dossier = try self.dossier(from: document) } catch { throw .input(error) }
    do { return try verdictSummary(of: dossier, selection: selection) } catch { throw .reading(error) }
  }

  /// Reads a dossier from JSON and assesses it under the chosen readings.
  ///
  /// - Throws: ``ProgrammeError`` wrapping the ``InterchangeError`` or ``ReadingError``.
  public func report(onJSON json: JSONValue, selection: ReadingSelection) throws(ProgrammeError) -> AssessmentReport {
    try report(onJSON: JSONDocument(json), selection: selection)
  }

  /// Reads a dossier from a JSON document and assesses it under the chosen readings.
  ///
  /// - Throws: ``ProgrammeError`` wrapping the ``InterchangeError`` or ``ReadingError``.
  public func report(onJSON document: JSONDocument, selection: ReadingSelection) throws(ProgrammeError)
    -> AssessmentReport
  {
    let dossier: Dossier
    do { dossier = try self.dossier(from: document) } catch { throw .input(error) }
    do { return try report(on: dossier, selection: selection) } catch { throw .reading(error) }
  }
}

/// Why a programme could not assess a JSON dossier.
public enum ProgrammeError: Error, Sendable, Hashable {
  /// The dossier is not valid.
  case input(InterchangeError)
  /// A chosen reading or variant does not exist.
  case reading(ReadingError)
}
