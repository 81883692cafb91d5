/// A rule of a programme as catalogues and reference pages show it: its identifier, French
/// title, the sentences it comes from, the interpretation or reading it depends on and the
/// fields it reads.
///
/// A `Rule` is derived from the rule's declaration (``RuleDefinition/rule(_:)``) with the
/// edition's numbers; it is never written by hand.
public struct Rule: Sendable, Hashable {
  // MARK: Stored properties

  /// The stable identifier.
  public let id: RuleIdentifier
  /// The French title, as a civil servant would name the rule.
  public let title: String
  /// The sentences the rule comes from, the operative one first.
  public let citations: [Citation]
  /// How the rule reads the text when it goes beyond its letter, and why; `nil` when it
  /// applies the text as written.
  public let interpretation: String?
  /// The switchable reading the rule's decision depends on, if any: the first of
  /// ``readings``.
  public var reading: ReadingIdentifier? { readings.first }
  /// Every switchable reading the rule's decision depends on, in the order the rule
  /// declares them (a window whose opening and closing are each read both ways has two).
  public let readings: [ReadingIdentifier]
  /// The paths of the fields the rule reads.
  public let inputs: [FieldPath]
  /// Whether the rule's decision can be `violated` (``RuleDefinition/canBeViolated``).
  public let canBeViolated: Bool
  /// Whether the rule concerns the programme at all (``RuleDefinition/applies(_:)``): the
  /// guichet continu's size rule is evaluated, « sans objet », for every call, but only the
  /// continuous window lists it among its conditions.
  public let applies: Bool
  /// The identifiers of the dated parameters the rule's decision reads
  /// (``RuleDefinition/parameterIDs``).
  public let parameterIDs: [String]
  /// The period of each parameter of ``parameterIDs`` that the rule applies: in a
  /// programme's catalogue, the edition's first; for a dossier, the one in force on its
  /// reference date (``applying(_:on:)``). Empty until a programme resolves them.
  public let parameters: [ParameterDescription]
  /// The `citation` and `interpretation` members of the rule's findings in the
  /// interchange format, written once for each deciding sentence: the fragment at `i`
  /// lists citation `i` first, then the others in order.
  let findingFragments: [JSONFragment]

  // MARK: Creating rules

  /// Creates the description of a rule that can be violated.
  ///
  /// - Precondition: `citations` is not empty.
  public init(
    id: RuleIdentifier, title: String, citations: [Citation], interpretation: String? = nil,
    reading: ReadingIdentifier? = nil, inputs: [FieldPath] = []
  ) {
    self.init(
      id: id, title: title, citations: citations, interpretation: interpretation, reading: reading, inputs: inputs,
      canBeViolated: true)
  }

  /// Creates a rule description, saying whether its decision can be `violated`.
  ///
  /// - Precondition: `citations` is not empty.
  public init(
    id: RuleIdentifier, title: String, citations: [Citation], interpretation: String? = nil,
    reading: ReadingIdentifier? = nil, inputs: [FieldPath] = [], canBeViolated: Bool
  ) {
    self.init(
      id: id, title: title, citations: citations, interpretation: interpretation, readings: reading.map { [$0] } ?? [],
      inputs: inputs, canBeViolated: canBeViolated)
  }

  /// Creates a rule description whose decision may depend on several readings and dated
  /// parameters.
  ///
  /// - Parameters:
  ///   - id: the stable identifier.
  ///   - title: the French title.
  ///   - citations: the sentences, the operative one first.
  ///   - interpretation: how the rule reads beyond the letter, if it does.
  ///   - readings: the switchable readings the decision depends on.
  ///   - inputs: the paths of the fields it reads.
  ///   - canBeViolated: whether the decision can be `violated`.
  ///   - applies: whether the rule concerns the programme.
  ///   - parameterIDs: the dated parameters the decision reads.
  ///   - parameters: the period of each that the rule applies (``applying(_:on:)``
  ///     resolves them from an edition's descriptions).
  /// - Precondition: `citations` is not empty.
  public init(
    id: RuleIdentifier, title: String, citations: [Citation], interpretation: String? = nil,
    readings: [ReadingIdentifier], inputs: [FieldPath] = [], canBeViolated: Bool = true, applies: Bool = true,
    parameterIDs: [String] = [], parameters: [ParameterDescription] = []
  ) {
    self.applies = applies
    self.parameterIDs = parameterIDs
    self.parameters = parameters
    precondition(!citations.isEmpty, "a rule cites at least one sentence")
    self.id = id
    self.title = title
    self.citations = citations
    self.interpretation = interpretation
    self.readings = readings
    self.inputs = inputs
    self.canBeViolated = canBeViolated
    findingFragments = citations.indices.map { deciding in
      let ordered = [citations[deciding]] + citations.indices.filter { $0 != deciding }.map { citations[$0] }
      var members: [JSONValue.Member] = [.init("citation", .array(ordered.map(\.json)))]
      if let interpretation { members.append(.init("interpretation", .string(interpretation))) }
      if !parameters.isEmpty { members.append(.init("parameters", .array(parameters.map(\.json)))) }
      return JSONFragment(members)
    }
  }

  /// The operative sentence: the first citation.
  public var citation: Citation { citations[0] }

  /// The same rule citing `citations` instead: a rule whose number comes from a dated
  /// parameter cites the sentence of the period in force.
  ///
  /// ```swift
  /// let dated = rule.citing([edition.coFinancingRate.period(on: day)!.citation])
  /// ```
  ///
  /// - Precondition: `citations` is not empty.
  public func citing(_ citations: [Citation]) -> Rule {
    Rule(
      id: id, title: title, citations: citations, interpretation: interpretation, readings: readings, inputs: inputs,
      canBeViolated: canBeViolated, applies: applies, parameterIDs: parameterIDs, parameters: parameters)
  }

  /// The same rule with `leading` as its first sentences, in place of as many of its own:
  /// an edition's rule cites that edition's sentences (its window's, the period's of a
  /// number); the rule itself when they are already its first ones or `leading` is empty.
  public func citing(leading: [Citation]) -> Rule {
    guard !leading.isEmpty, Array(citations.prefix(leading.count)) != leading else { return self }
    return citing(leading + citations.dropFirst(leading.count))
  }

  /// The same rule with the period of each of its parameters (``parameterIDs``) in force
  /// on `day`, taken from an edition's descriptions (one per period): the latest period
  /// that starts on or before `day`, or the first one when `day` is `nil` or earlier than
  /// every period — the same choice as `DatedParameter.value(on:)` and an edition's
  /// numbers, so the finding names the period whose value decided it.
  ///
  /// ```swift
  /// let applied = rule.applying(edition.parameterDescriptions, on: dossier.filedOn)
  /// applied.parameters.map(\.start)  // the periods' first days
  /// ```
  ///
  /// - Complexity: O(*p*) in the descriptions, for each of the rule's parameters.
  public func applying(_ descriptions: [ParameterDescription], on day: CalendarDate?) -> Rule {
    guard !parameterIDs.isEmpty else { return self }
    let applied = parameterIDs.compactMap { id -> ParameterDescription? in
      let periods = descriptions.filter { $0.id == id }
      guard let first = periods.min(by: { $0.start < $1.start }) else { return nil }
      guard let day else { return first }
      return periods.filter { $0.start <= day }.max { $0.start < $1.start } ?? first
    }
    return Rule(
      id: id, title: title, citations: citations, interpretation: interpretation, readings: readings, inputs: inputs,
      canBeViolated: canBeViolated, applies: applies, parameterIDs: parameterIDs, parameters: applied)
  }
}
