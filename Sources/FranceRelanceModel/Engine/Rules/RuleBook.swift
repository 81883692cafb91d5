/// A programme's rules and money, written once: the one list of its rules, in report
/// order, and what the report adds to them (co-financing, tranches, indicators, remedies).
///
/// Everything else is derived by the engine: the verdict (``outcomes(_:_:)``), the
/// findings (``findings(_:_:catalogue:)``), the catalogue (``catalogue(_:)``) and the sensitivity
/// to the readings (``sensitivity(_:_:)``). A programme value
/// (``RuleBasedProgramme``) supplies the parameters of its edition.
public protocol RuleBook {
  /// The dossier the rules read.
  associatedtype Dossier: ProgrammeDossier
  /// The fields of the dossier, declared once.
  associatedtype Field: DossierField
  /// The edition's numbers, as plain values.
  associatedtype Parameters: Sendable & Hashable
  /// The programme's readings.
  associatedtype Readings: ReadingSet where Readings.Parameters == Parameters
  /// What a decision reads besides the dossier.
  typealias Context = RuleContext<Parameters, Readings>

  /// A dossier with no field, on which the catalogue visits the rules.
  static var emptyDossier: Dossier { get }

  /// The field that carries a dossier's reference date, the one that chooses the period
  /// of each dated parameter (the filing date, `filedOn`); `nil` by default, for a
  /// programme whose numbers never change.
  static var referenceDateField: Field? { get }

  /// Calls `visitor` with every rule, in report order: the only list of the rules.
  static func forEachRule<V: RuleVisitor<Self>>(_ dossier: borrowing Dossier, _ context: Context, _ visitor: inout V)

  /// The co-financing cap of the dossier, for the verdict; `nil` when it cannot be known.
  static func cap(_ dossier: borrowing Dossier, _ context: Context) -> Euros?

  /// The money side of the report; `nil` when the programme fixes none.
  static func coFinancing(_ dossier: borrowing Dossier, _ context: Context) -> CoFinancing?

  /// The payment schedule of a dossier whose outcomes are `kinds`; empty when none.
  static func tranches(_ dossier: borrowing Dossier, _ context: Context, kinds: OutcomeKinds) -> [Tranche]

  /// The indicators the dossier must report; empty when none.
  static func mandatoryIndicators(_ dossier: borrowing Dossier, _ context: Context) -> [IndicatorReference]

  /// The smallest numeric changes that bring an ineligible dossier within the limits, and
  /// whether they make it eligible.
  static func remedies(_ dossier: Dossier, _ context: Context, kinds: OutcomeKinds) -> (
    remedies: [Remedy], suffice: Bool?
  )
}

extension RuleBook {
  // MARK: Defaults

  /// No reference date field by default.
  @inlinable
  public static var referenceDateField: Field? { nil }

  /// No tranche by default.
  @inlinable
  public static func tranches(_ dossier: borrowing Dossier, _ context: Context, kinds: OutcomeKinds) -> [Tranche] {
    []
  }

  /// No mandatory indicator by default.
  @inlinable
  public static func mandatoryIndicators(_ dossier: borrowing Dossier, _ context: Context) -> [IndicatorReference] {
    []
  }

  // MARK: Derived from the rules

  /// Every rule's outcome kind, in report order, without building a string or an array.
  ///
  /// - Complexity: O(number of rules).
  @inlinable @inline(__always)
  public static func outcomes(_ dossier: borrowing Dossier, _ context: Context) -> OutcomeKinds {
    var visitor = OutcomeKindsVisitor<Self>()
    forEachRule(dossier, context, &visitor)
    return visitor.kinds
  }

  /// The position of a rule in report order (its index in ``outcomes(_:_:)``).
  ///
  /// - Precondition: the rule is one of the book's.
  @inlinable @inline(__always)
  public static func position<R: RuleDefinition>(of rule: R.Type, _ dossier: borrowing Dossier, _ context: Context)
    -> Int where R.Book == Self
  {
    var visitor = PositionVisitor<Self, R>()
    forEachRule(dossier, context, &visitor)
    return visitor.position!
  }

  /// Every rule's finding, rendered in French.
  ///
  /// - Parameters:
  ///   - dossier: the dossier, borrowed.
  ///   - context: the parameters and readings in force.
  ///   - catalogue: the rules' descriptions under the context's parameters
  ///     (``catalogue(_:)``), computed once by the programme rather than for each dossier.
  @inlinable
  public static func findings(_ dossier: borrowing Dossier, _ context: Context, catalogue: [Rule]) -> [Finding] {
    var visitor = FindingsVisitor<Self>(catalogue: catalogue)
    forEachRule(dossier, context, &visitor)
    return visitor.findings
  }

  /// Every rule's description, with the edition's numbers.
  @inlinable
  public static func catalogue(_ parameters: Parameters) -> [Rule] {
    var visitor = CatalogueVisitor<Self>()
    forEachRule(emptyDossier, Context(parameters: parameters, readings: Readings()), &visitor)
    return visitor.rules
  }

  /// Each variant other than the one in force that changes the status, with that status.
  @inlinable
  public static func sensitivity(_ dossier: borrowing Dossier, _ context: Context) -> [Sensitivity] {
    let status = outcomes(dossier, context).status
    var result: [Sensitivity] = []
    // The alternatives walked without building each one's `AppliedReading`: only a changed
    // status is reported. (A closure cannot capture a borrowed dossier: one copy.)
    let dossier = copy dossier
    context.readings.forEachAlternative { declaration, index, readings in
      let other = outcomes(dossier, Context(parameters: context.parameters, readings: readings)).status
      if other != status {
        result.append(Sensitivity(reading: declaration.id, variant: declaration.variants[index], status: other))
      }
    }
    return result
  }
}
