extension RelanceCall: RuleBasedProgramme {
  /// The rule book.
  public typealias Book = RelanceRules
  /// The dossier type of the calls.
  public typealias Dossier = RelanceDossier

  // MARK: Reforms

  /// The call under `reform` (issue #25): a ``RelanceProgramme`` whose edition takes the
  /// reform's dated values; the call itself when the reform changes none of its numbers.
  public func reformed(by reform: Reform) throws(InterchangeError) -> any FundingProgramme {
    guard reform.changes(self) else { return self }
    return RelanceProgramme(edition: edition.reformed(by: reform))
  }

  // MARK: Edition

  /// The call's edition: its window and numbers with their citations.
  public var edition: RelanceEdition { RelanceEdition.all[Self.allCases.firstIndex(of: self)!] }

  /// The call's numbers, resolved once.
  public var parameters: RelanceParameters { edition.parameters }

  /// Every rule of the call, with its numbers, in report order: described once.
  public var rules: [Rule] { Self.catalogues[Self.allCases.firstIndex(of: self)!] }

  /// The catalogue of each call, in call order.
  private static let catalogues = RelanceEdition.all.map { $0.rules(on: nil) }

  /// « Plan de relance 2020 – 2021 ».
  public var editionName: String { edition.name }

  /// The window in force (the actual one where seed 001 gives it).
  public var window: ScheduledWindow { calendar.inForce }

  /// `relance.window`.
  public var windowRule: RuleIdentifier { RelanceRules.Window.id }

  /// The call's numbers with their citations.
  public var parameterDescriptions: [ParameterDescription] { edition.parameterDescriptions }

  // MARK: Dossiers

  /// The format of the call's dossiers.
  public var dossierFormat: ObjectFormat { RelanceDossier.format(for: [self]) }

  /// Every input error of a JSON dossier of this call, one per field, in field order.
  public func inputErrors(in json: JSONValue) -> [InterchangeError] {
    RelanceDossier.inputErrors(json: json, at: .root, call: self)
  }

  /// Reads a dossier of this call from JSON.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty field, at `programme` for a dossier of
  ///   another call.
  public func dossier(from document: JSONDocument) throws(InterchangeError) -> RelanceDossier {
    let dossier = try RelanceDossier(document: document)
    guard dossier.call == self else {
      throw InterchangeError(
        .invalid("le dossier relève de « " + dossier.call.rawValue + " », pas de « " + rawValue + " »"),
        at: FieldPath.root.appending("programme"))
    }
    return dossier
  }
}

extension RelanceCall {
  /// The call's envelope, under the 23 M€ of the theme.
  public var grantEnvelope: Envelope? { envelope }
}
