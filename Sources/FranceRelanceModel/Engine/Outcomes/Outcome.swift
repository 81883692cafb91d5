/// What a rule concluded about a dossier.
public enum Outcome: Sendable, Hashable {
  /// The dossier meets the rule (respectée).
  case satisfied
  /// The dossier breaks the rule: it is ineligible (non respectée).
  case violated
  /// The rule does not concern this dossier (sans objet), for instance the size cap of the
  /// continuous window for a dossier filed in a call for projects.
  case notApplicable
  /// The rule needs these fields and the dossier lacks them (information manquante).
  case missingInput([FieldPath])
  /// The texts do not settle the question for this dossier (indéterminée), for instance a
  /// call whose closing date no text gives; the reason says why, in French.
  case undetermined(reason: String)

  /// The outcome's interchange name: `satisfied`, `violated`, `notApplicable`,
  /// `missingInput` or `undetermined`.
  public var name: String { kind.name }

  /// The kind of outcome, without the missing fields or the reason.
  public var kind: Kind {
    switch self {
    case .satisfied: .satisfied
    case .violated: .violated
    case .notApplicable: .notApplicable
    case .missingInput: .missingInput
    case .undetermined: .undetermined
    }
  }

  /// The fields the rule lacks; empty unless the outcome is ``missingInput(_:)``.
  public var missingFields: [FieldPath] {
    if case .missingInput(let fields) = self { return fields }
    return []
  }
}
