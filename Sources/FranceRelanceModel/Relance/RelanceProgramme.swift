/// A « Cycle de vie de la donnée » call under an edition whose numbers may change over
/// time: what a call becomes under a reform (`RelanceCall.reformed(by:)`).
///
/// The call's rules, dossiers, window, envelope and records are the call's; its numbers
/// are the edition's, the period in force on each dossier's filing date, as for the FTAP
/// guichet. Under the texts' edition it answers as the call itself.
///
/// ```swift
/// let reformed = try RelanceCall.aap2.reformed(by: reform)   // a RelanceProgramme
/// reformed.report(onJSON: dossier)
/// ```
public struct RelanceProgramme: RuleBasedProgramme, Hashable {
  /// The rule book.
  public typealias Book = RelanceRules

  // MARK: Stored properties

  /// The call.
  public var call: RelanceCall { edition.call }
  /// The edition whose numbers the rules apply.
  public let edition: RelanceEdition
  /// The edition's first numbers.
  public let parameters: RelanceParameters
  /// The rules under the first numbers.
  public let rules: [Rule]
  /// The numbers and rules of each later period, from the day it starts.
  @usableFromInline let laterTerms: [DatedTerms<RelanceParameters>]

  // MARK: Creating

  /// The call of `edition` under its numbers.
  public init(edition: RelanceEdition) {
    self.edition = edition
    parameters = edition.parameters
    rules = edition.rules(on: nil)
    laterTerms = edition.changeDays.map { day in
      DatedTerms(from: day, parameters: edition.parameters(on: day), rules: edition.rules(on: day))
    }
  }

  // MARK: The numbers in force

  /// The numbers and rules in force on the dossier's filing date.
  ///
  /// - Complexity: O(*p*) in the periods.
  @inlinable
  public func inForce(for dossier: borrowing RelanceDossier) -> (parameters: RelanceParameters, rules: [Rule]) {
    guard let terms = laterTerms.inForce(on: dossier.basics.filedOn) else { return (parameters, rules) }
    return (terms.parameters, terms.rules)
  }

  /// The numbers and rules of each later period when the dossier has no filing date.
  @inlinable
  public func otherPeriods(forUndated dossier: borrowing RelanceDossier) -> [(
    parameters: RelanceParameters, rules: [Rule]
  )] {
    laterTerms.periods(forUndated: dossier.basics.filedOn)
  }

  // MARK: Reforms

  /// The call under `reform`, over this edition's numbers.
  public func reformed(by reform: Reform) throws(InterchangeError) -> any FundingProgramme {
    RelanceProgramme(edition: edition.reformed(by: reform))
  }

  // MARK: The call's

  /// The call's identifier.
  public var identifier: ProgrammeIdentifier { call.identifier }
  /// The call's French title.
  public var title: String { call.title }
  /// The edition's name.
  public var editionName: String { edition.name }
  /// The call's window in force.
  public var window: ScheduledWindow { call.window }
  /// `relance.window`.
  public var windowRule: RuleIdentifier { call.windowRule }
  /// The edition's numbers with their citations.
  public var parameterDescriptions: [ParameterDescription] { edition.parameterDescriptions }
  /// The call's envelope.
  public var grantEnvelope: Envelope? { call.grantEnvelope }
  /// The call's dossier format.
  public var dossierFormat: ObjectFormat { call.dossierFormat }
  /// The call's reference sections.
  public var referenceSections: [ReferenceSection] { call.referenceSections }
  /// The call's « dispositif d'aide » record.
  public var aidScheme: AidScheme { call.aidScheme }

  /// Reads a dossier of the call.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty field.
  public func dossier(from document: JSONDocument) throws(InterchangeError) -> RelanceDossier {
    try call.dossier(from: document)
  }

  /// Every input error of a JSON dossier of the call.
  public func inputErrors(in json: JSONValue) -> [InterchangeError] { call.inputErrors(in: json) }
}
