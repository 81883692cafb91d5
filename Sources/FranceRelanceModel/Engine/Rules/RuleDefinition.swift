/// A rule written once: identity, text, inputs, decision and messages.
///
/// Everything about a rule derives from its declaration: the verdict (from
/// ``decide(_:_:)``), the findings (the decision's figures rendered by
/// ``message(_:_:_:)``), the catalogue and the reference pages (``title(_:)``,
/// ``citations(_:)``, ``interpretation(_:)``, ``reading(_:)``, ``inputs``). No rule is decided
/// anywhere else, and titles, messages and interpretations take their numbers from the
/// parameters.
///
/// A rule's file opens with the sentence it encodes, as in Catala:
///
/// ```swift
/// /// « Taille attendue des projets : Entre 100 000 € et 1M€ »
/// enum Size: RuleDefinition {
///   typealias Book = FTAPRuleBook
///   static let id: RuleIdentifier = "ftap.size"
///   static func decide(_ d: borrowing FTAPDossier, _ c: FTAPRuleBook.Context) -> Decision<Euros, FTAPField> {
///     guard let total = d.totalCost else { return .missing([.totalCost]) }
///     return total <= c.parameters.maximumSize ? .satisfied(total) : .violated(total)
///   }
///   …
/// }
/// ```
public protocol RuleDefinition {
  /// The programme's rule book: its dossier, fields, parameters and readings.
  associatedtype Book: RuleBook
  /// The plain values the messages show.
  associatedtype Figures = Void

  /// The stable identifier (design §5).
  static var id: RuleIdentifier { get }
  /// The French title, with the edition's numbers.
  static func title(_ parameters: Book.Parameters) -> String
  /// The sentences the rule encodes, the operative one first.
  static func citations(_ parameters: Book.Parameters) -> [Citation]
  /// How the rule reads beyond the letter when no alternative reading is credible, with
  /// the edition's numbers; `nil` when it applies the text as written.
  static func interpretation(_ parameters: Book.Parameters) -> String?
  /// The switchable reading the decision depends on, if any.
  static func reading(_ parameters: Book.Parameters) -> ReadingIdentifier?
  /// Every switchable reading the decision depends on; by default ``reading(_:)`` alone.
  static func readings(_ parameters: Book.Parameters) -> [ReadingIdentifier]
  /// The fields the decision reads.
  static var inputs: EnumSet<Book.Field> { get }
  /// The identifiers of the edition's dated parameters the decision reads
  /// (`ftap.cofinancing.maxRate`); empty by default. A finding of the rule lists the period
  /// of each that was in force on the dossier's reference date (design §10).
  static var parameterIDs: [String] { get }
  /// Whether the rule concerns a programme with these parameters at all; `true` by
  /// default. A rule that does not is still evaluated (« sans objet ») but is not listed
  /// among the programme's conditions (its « dispositif d'aide » record, its reference page).
  static func applies(_ parameters: Book.Parameters) -> Bool
  /// Whether the decision can be `violated`: `false` for a rule that leaves every doubtful
  /// dossier `undetermined` because the texts do not say it fails (regulation-case
  /// coverage then asks for no violated case).
  static var canBeViolated: Bool { get }

  /// The decision: a pure function of the dossier, the parameters and the readings.
  static func decide(_ dossier: borrowing Book.Dossier, _ context: Book.Context) -> Decision<Figures, Book.Field>

  /// The French message of a decision that did not lack input, from its figures.
  static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Book.Context) -> String

  /// The position, in ``citations(_:)``, of the sentence that decided `decision`; by
  /// default the first (the operative sentence).
  static func decidingCitation(_ decision: Decision<Figures, Book.Field>, _ context: Book.Context) -> Int
}

extension RuleDefinition {
  /// No interpretation by default.
  @inlinable
  public static func interpretation(_ parameters: Book.Parameters) -> String? { nil }
  /// No switchable reading by default.
  @inlinable
  public static func reading(_ parameters: Book.Parameters) -> ReadingIdentifier? { nil }
  /// ``reading(_:)`` alone by default.
  @inlinable
  public static func readings(_ parameters: Book.Parameters) -> [ReadingIdentifier] {
    reading(parameters).map { [$0] } ?? []
  }
  /// The first sentence decides, unless the rule says otherwise.
  @inlinable
  public static func decidingCitation(_ decision: Decision<Figures, Book.Field>, _ context: Book.Context) -> Int { 0 }
  /// Every rule concerns its programmes unless it says otherwise.
  @inlinable
  public static func applies(_ parameters: Book.Parameters) -> Bool { true }
  /// A rule can be violated unless it says otherwise.
  @inlinable
  public static var canBeViolated: Bool { true }
  /// No dated parameter by default.
  @inlinable
  public static var parameterIDs: [String] { [] }

  /// The rule's description, for catalogues and reference pages.
  @inlinable
  public static func rule(_ parameters: Book.Parameters) -> Rule {
    Rule(
      id: id, title: title(parameters), citations: citations(parameters), interpretation: interpretation(parameters),
      readings: readings(parameters), inputs: Book.Field.allCases.filter { inputs.contains($0) }.map(\.path),
      canBeViolated: canBeViolated, applies: applies(parameters), parameterIDs: parameterIDs)
  }

  /// The reading in force when the decision on `dossier` depends on it: the first of
  /// ``readings(_:)`` another variant of which gives another outcome kind; `nil` otherwise.
  @inlinable
  public static func dependence(_ dossier: borrowing Book.Dossier, _ context: Book.Context) -> AppliedReading? {
    let ids = readings(context.parameters)
    guard !ids.isEmpty else { return nil }
    let kind = decide(dossier, context).kind
    for id in ids {
      guard let declaration = Book.Readings.declarations.first(where: { $0.id == id }) else { continue }
      let current = declaration.index(context.readings)
      for index in declaration.variants.indices where index != current {
        var other = context.readings
        declaration.choose(&other, index)
        if decide(dossier, Book.Context(parameters: context.parameters, readings: other)).kind != kind {
          return context.readings.applied(id)
        }
      }
    }
    return nil
  }

  /// The finding of one decision, rendered in French.
  ///
  /// - Parameters:
  ///   - decision: the rule's decision on the dossier.
  ///   - context: the parameters and readings it was decided under.
  ///   - rule: the rule's description, with the edition's numbers.
  ///   - applied: the reading in force, when the outcome depends on it (another variant
  ///     would give another outcome); `nil` when it follows the letter.
  @inlinable
  public static func finding(
    _ decision: Decision<Figures, Book.Field>, _ context: Book.Context, rule: Rule, reading applied: AppliedReading?
  ) -> Finding {
    let deciding = decidingCitation(decision, context)
    switch decision {
    case .missing(let fields):
      let list = Book.Field.allCases.filter { fields.contains($0) }
      return Finding(
        rule: rule, outcome: .missingInput(list.map(\.path)),
        message: "Information manquante pour vérifier la règle : " + list.map(\.label).joined(separator: ", ") + ".",
        reading: applied, decidingCitation: deciding)
    case .satisfied(let figures):
      return Finding(
        rule: rule, outcome: .satisfied, message: message(.satisfied, figures, context), reading: applied,
        decidingCitation: deciding)
    case .violated(let figures):
      return Finding(
        rule: rule, outcome: .violated, message: message(.violated, figures, context), reading: applied,
        decidingCitation: deciding)
    case .notApplicable(let figures):
      return Finding(
        rule: rule, outcome: .notApplicable, message: message(.notApplicable, figures, context), reading: applied,
        decidingCitation: deciding)
    case .undetermined(let figures):
      let reason = message(.undetermined, figures, context)
      return Finding(
        rule: rule, outcome: .undetermined(reason: reason), message: reason, reading: applied,
        decidingCitation: deciding)
    }
  }
}

extension RuleDefinition {
  /// What the decision reads besides the dossier.
  public typealias Context = Book.Context
}
