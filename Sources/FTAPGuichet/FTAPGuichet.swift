public import FranceRelanceModel

/// The FTAP guichet « Exploitation et valorisation des données » (seed 004): a DINUM /
/// Etalab window of the public transformation fund, as a programme the library assesses.
///
/// The guichet's numbers come from its edition (``FTAPEdition/guichet2023`` by default);
/// its rules from ``FTAPRules``; everything else (verdict, findings, report, readings,
/// catalogue) from `RuleBasedProgramme`.
///
/// ```swift
/// let guichet = FTAPGuichet()
/// let report = guichet.report(on: dossier)
/// report.status, report.coFinancing?.cap, report.tranches, report.sensitivity
/// guichet.verdict(dossier)   // status and cap, without findings or allocation
/// ```
public struct FTAPGuichet: RuleBasedProgramme, Hashable {
  /// The rule book.
  public typealias Book = FTAPRules

  // MARK: Stored properties

  /// The edition whose numbers the rules apply.
  public let edition: FTAPEdition
  /// The edition's numbers, resolved once.
  public let parameters: FTAPParameters
  /// Every rule, with the edition's numbers, in report order: described once.
  public let rules: [Rule]
  /// The numbers and rules of each later period of the edition, from the day it starts:
  /// built once, so that a dossier is assessed under the numbers in force on its filing
  /// date at no extra cost (none for an edition whose numbers never change).
  @usableFromInline let laterTerms: [DatedTerms<FTAPParameters>]

  // MARK: Creating

  /// The guichet under an edition; the 2023 – 2025 guichet by default.
  public init(edition: FTAPEdition = .guichet2023) {
    self.edition = edition
    parameters = edition.parameters
    rules = edition.rules(on: nil)
    laterTerms = edition.changeDays.map { day in
      DatedTerms(from: day, parameters: edition.parameters(on: day), rules: edition.rules(on: day))
    }
  }

  // MARK: Reforms

  /// The guichet under `reform`.
  public func reformed(by reform: Reform) throws(InterchangeError) -> any FundingProgramme {
    FTAPGuichet(edition: edition.reformed(by: reform))
  }

  // MARK: The numbers in force

  /// The numbers and rules in force on the dossier's filing date: the edition's first
  /// period's when it has no other, or the dossier no filing date.
  ///
  /// - Complexity: O(1) for an edition whose numbers never change; O(*p*) otherwise.
  @inlinable
  public func inForce(for dossier: borrowing FTAPDossier) -> (parameters: FTAPParameters, rules: [Rule]) {
    guard !laterTerms.isEmpty, let terms = laterTerms.inForce(on: dossier.basics.filedOn) else {
      return (parameters, rules)
    }
    return (terms.parameters, terms.rules)
  }

  /// The numbers and rules of each later period when the dossier has no filing date: a
  /// rule whose outcome they change lacks the filing date. Empty for a dated dossier and
  /// for an edition whose numbers never change.
  @inlinable
  public func otherPeriods(forUndated dossier: borrowing FTAPDossier) -> [(
    parameters: FTAPParameters, rules: [Rule]
  )] {
    laterTerms.periods(forUndated: dossier.basics.filedOn)
  }

  // MARK: Identity

  /// The identifier of the 2023 – 2025 guichet, `ftap-data-2023`.
  public static var identifier: ProgrammeIdentifier { FTAPEdition.guichet2023.identifier }

  /// The edition's programme identifier.
  public var identifier: ProgrammeIdentifier { edition.identifier }

  /// The French title.
  public var title: String { edition.title }

  /// The edition's French name.
  public var editionName: String { edition.name }

  /// The edition's window.
  public var window: ScheduledWindow { edition.window }

  /// The guichet's readings, the window's two citing this edition's opening and closing
  /// sentences (the window's first and last citations).
  public var readings: [ReadingDescription] {
    FTAPReadings.descriptions(parameters).map { reading in
      let sentence: Citation? =
        switch reading.id {
        case .ftapWindowOpening: window.citations.first
        case .ftapWindowClosing: window.citations.last
        default: nil
        }
      guard let sentence, reading.citations != [sentence] else { return reading }
      return ReadingDescription(
        id: reading.id, question: reading.question, citations: [sentence], variants: reading.variants)
    }
  }

  /// `ftap.window`.
  public var windowRule: RuleIdentifier { FTAPRules.Window.id }

  /// The edition's numbers with their citations.
  public var parameterDescriptions: [ParameterDescription] { edition.parameterDescriptions }

  /// The edition's envelope: `nil` for the 2023 – 2025 guichet, whose texts give none
  /// (each ministry's FTAP allocation is its own).
  public var grantEnvelope: Envelope? { edition.envelope }

  /// The format of the guichet's dossiers.
  public var dossierFormat: ObjectFormat { FTAPDossier.format(programme: identifier) }

  /// Reads a dossier of this edition.
  ///
  /// - Throws: `InterchangeError` naming the faulty field, at `programme` when the dossier
  ///   names another programme.
  public func dossier(from document: JSONDocument) throws(InterchangeError) -> FTAPDossier {
    try FTAPDossier(document: document, programme: identifier)
  }

  /// Every input error of a JSON dossier, one per field, in field order.
  public func inputErrors(in json: JSONValue) -> [InterchangeError] {
    FTAPDossier.inputErrors(json: json, at: .root, programme: identifier)
  }
}
