/// What a rule concluded about a dossier.
public enum Outcome: Sendable, Hashable {
  /// The dossier meets the rule.
  case satisfied
  /// The dossier breaks the rule: it is ineligible.
  case violated
  /// The rule does not concern this dossier (for instance the size cap of the continuous
  /// window for a dossier filed in a call for projects).
  case notApplicable
  /// The rule needs these fields and the dossier lacks them.
  case missingInput([FieldPath])

  /// The outcome's interchange name: `satisfied`, `violated`, `notApplicable` or
  /// `missingInput`.
  public var name: String {
    switch self {
    case .satisfied: "satisfied"
    case .violated: "violated"
    case .notApplicable: "notApplicable"
    case .missingInput: "missingInput"
    }
  }

  /// The kind of outcome, without the missing fields.
  public var kind: Kind {
    switch self {
    case .satisfied: .satisfied
    case .violated: .violated
    case .notApplicable: .notApplicable
    case .missingInput: .missingInput
    }
  }

  /// The fields the rule lacks; empty unless the outcome is ``missingInput(_:)``.
  public var missingFields: [FieldPath] {
    if case .missingInput(let fields) = self { return fields }
    return []
  }
}
