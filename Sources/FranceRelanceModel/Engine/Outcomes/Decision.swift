/// What a rule's decision returns: the outcome kind with the figures its message shows,
/// or the fields it lacks.
///
/// `Figures` are plain values (amounts, dates, limits, small enumerations): no `String`
/// and no `Array`, so that the verdict path, which only reads ``kind``, builds nothing.
///
/// ```swift
/// guard let total = dossier.totalCost else { return .missing([.totalCost]) }
/// return total <= limit ? .satisfied(Figures(total: total)) : .violated(Figures(total: total))
/// ```
public enum Decision<Figures, Field: DossierField> {
  /// The dossier meets the rule.
  case satisfied(Figures)
  /// The dossier breaks the rule.
  case violated(Figures)
  /// The rule does not concern the dossier.
  case notApplicable(Figures)
  /// The texts do not settle the question for this dossier.
  case undetermined(Figures)
  /// The rule needs these fields and the dossier lacks them.
  case missing(EnumSet<Field>)

  /// The outcome kind, for the verdict.
  @inlinable
  public var kind: Outcome.Kind {
    switch self {
    case .satisfied: .satisfied
    case .violated: .violated
    case .notApplicable: .notApplicable
    case .undetermined: .undetermined
    case .missing: .missingInput
    }
  }

  /// The figures, unless the decision lacks input.
  @inlinable
  public var figures: Figures? {
    switch self {
    case .satisfied(let figures), .violated(let figures), .notApplicable(let figures), .undetermined(let figures):
      figures
    case .missing: nil
    }
  }
}

extension Decision {
  /// The rule lacks one field: `.missingField(.totalCost)`, built without an array.
  @inlinable @inline(__always)
  public static func missingField(_ field: Field) -> Decision { .missing(EnumSet(field)) }
}

extension Decision where Figures == Void {
  /// Satisfied, with no figures.
  @inlinable
  public static var satisfied: Decision { .satisfied(()) }
  /// Violated, with no figures.
  @inlinable
  public static var violated: Decision { .violated(()) }
  /// Not applicable, with no figures.
  @inlinable
  public static var notApplicable: Decision { .notApplicable(()) }
  /// Undetermined, with no figures.
  @inlinable
  public static var undetermined: Decision { .undetermined(()) }
}
