/// A programme whose rules are declared once in a ``RuleBook``: the one API shape of every
/// programme (design §3).
///
/// A conforming value supplies its edition's parameters; the verdict, the assessment, the
/// report with its readings and sensitivity, the catalogue and the readings' descriptions
/// derive from the rule book.
///
/// ```swift
/// let guichet = FTAPGuichet()
/// guichet.verdict(dossier)                        // status and cap, no allocation
/// guichet.report(on: dossier)                     // findings, money, readings, sensitivity
/// var readings = FTAPReadings()
/// readings.sizeBounds = .guidance
/// guichet.report(on: dossier, readings: readings)  // the same under another reading
/// ```
public protocol RuleBasedProgramme: FundingProgramme where Dossier == Book.Dossier {
  /// The programme's rules and money.
  associatedtype Book: RuleBook

  /// The edition's numbers, resolved once.
  var parameters: Book.Parameters { get }

  /// The numbers and the rules in force for `dossier`: by default the edition's
  /// ``parameters`` and `rules`; an edition whose numbers change over time gives those of
  /// the period in force on the dossier's reference date (its filing date).
  ///
  /// - Complexity: O(1) for an edition with one period; O(*p*) in its periods otherwise.
  func inForce(for dossier: borrowing Dossier) -> (parameters: Book.Parameters, rules: [Rule])
}

extension RuleBasedProgramme {
  // MARK: The numbers in force

  /// The edition's numbers and rules, whatever the dossier.
  @inlinable
  public func inForce(for dossier: borrowing Dossier) -> (parameters: Book.Parameters, rules: [Rule]) {
    (parameters, rules)
  }

  // MARK: Evaluating

  /// The context of a decision under `readings`.
  @inlinable @inline(__always)
  public func context(_ readings: Book.Readings) -> Book.Context {
    RuleContext(parameters: parameters, readings: readings)
  }

  /// Every rule's outcome kind, without findings or messages.
  ///
  /// - Complexity: O(number of rules); no heap allocation.
  @inlinable @inline(__always)
  public func outcomes(of dossier: borrowing Dossier, readings: Book.Readings = .init()) -> OutcomeKinds {
    Book.outcomes(dossier, Book.Context(parameters: inForce(for: dossier).parameters, readings: readings))
  }

  /// The status and cap of a dossier, without findings or messages.
  ///
  /// - Complexity: O(number of rules); no heap allocation.
  @inlinable @inline(__always)
  public func verdict(_ dossier: borrowing Dossier, readings: Book.Readings = .init()) -> Verdict {
    let context = Book.Context(parameters: inForce(for: dossier).parameters, readings: readings)
    return Verdict(status: Book.outcomes(dossier, context).status, cap: Book.cap(dossier, context))
  }

  /// Every rule's finding, in French, and the status.
  @inlinable
  public func assess(_ dossier: Dossier, readings: Book.Readings = .init()) -> Assessment {
    let terms = inForce(for: dossier)
    return Assessment(
      programme: identifier, reference: dossier.basics.reference,
      findings: Book.findings(
        dossier, Book.Context(parameters: terms.parameters, readings: readings), catalogue: terms.rules))
  }

  /// The inputs the dossier lacks under the chosen readings, the most decisive first.
  ///
  /// - Throws: ``ReadingError`` for an unknown reading or variant.
  @inlinable
  public func questions(for dossier: Dossier, selection: ReadingSelection) throws(ReadingError) -> [Question] {
    questions(for: dossier, readings: try Book.Readings(selection))
  }

  /// The full report: findings, co-financing, tranches, indicators, remedies, the
  /// readings in force and the sensitivity to the others.
  @inlinable
  public func report(on dossier: Dossier, readings: Book.Readings) -> AssessmentReport {
    let terms = inForce(for: dossier)
    let context = Book.Context(parameters: terms.parameters, readings: readings)
    let kinds = Book.outcomes(dossier, context)
    let (remedies, suffice) = Book.remedies(dossier, context, kinds: kinds)
    return AssessmentReport(
      assessment: Assessment(
        programme: identifier, reference: dossier.basics.reference,
        findings: Book.findings(dossier, context, catalogue: terms.rules)),
      title: title, edition: editionName, coFinancing: Book.coFinancing(dossier, context),
      tranches: Book.tranches(dossier, context, kinds: kinds),
      mandatoryIndicators: Book.mandatoryIndicators(dossier, context), remedies: remedies, remediesSuffice: suffice,
      readings: readings.applied(terms.parameters), sensitivity: Book.sensitivity(dossier, context))
  }

  // MARK: Questions

  /// The inputs the dossier lacks, the most decisive first: by the number of rules that
  /// lack each one, ties in field order (design §6).
  ///
  /// - Complexity: O(rules × fields).
  @inlinable
  public func questions(for dossier: borrowing Dossier, readings: Book.Readings = .init()) -> [Question] {
    var visitor = MissingFieldsVisitor<Book>()
    Book.forEachRule(dossier, Book.Context(parameters: inForce(for: dossier).parameters, readings: readings), &visitor)
    var questions: [Question] = []
    for field in Book.Field.allCases {
      let rules = visitor.missing.filter { $0.fields.contains(field) }.map(\.rule)
      if !rules.isEmpty { questions.append(Question(field: field.path, label: field.label, rules: rules)) }
    }
    // A stable sort: fields that as many rules lack keep their declaration order.
    return questions.enumerated().sorted { ($0.element.rules.count, -$0.offset) > ($1.element.rules.count, -$1.offset) }
      .map(\.element)
  }

  // MARK: FundingProgramme

  /// Every rule, with the edition's numbers, in report order (computed on each access: a
  /// programme that assesses many dossiers stores it, as `FTAPGuichet` and `RelanceCall`
  /// do).
  @inlinable
  public var rules: [Rule] { Book.catalogue(parameters).map { $0.applying(parameterDescriptions, on: nil) } }

  /// Every reading with its variants, explained with the edition's numbers.
  @inlinable
  public var readings: [ReadingDescription] { Book.Readings.descriptions(parameters) }

  /// The report under the default readings.
  @inlinable
  public func report(on dossier: Dossier) -> AssessmentReport { report(on: dossier, readings: Book.Readings()) }

  /// The compact verdict under the chosen readings: the outcome kinds and the cap, no
  /// message rendered.
  ///
  /// - Throws: ``ReadingError`` for an unknown reading or variant.
  @inlinable
  public func verdictSummary(of dossier: Dossier, selection: ReadingSelection) throws(ReadingError)
    -> VerdictSummary
  {
    let readings = try Book.Readings(selection)
    let terms = inForce(for: dossier)
    let context = Book.Context(parameters: terms.parameters, readings: readings)
    let outcomes = Book.outcomes(dossier, context)
    return VerdictSummary(
      programme: identifier, reference: dossier.basics.reference,
      verdict: Verdict(status: outcomes.status, cap: Book.cap(dossier, context)), rules: terms.rules,
      outcomes: outcomes)
  }

  /// The report under the chosen readings.
  ///
  /// - Throws: ``ReadingError`` for an unknown reading or variant.
  @inlinable
  public func report(on dossier: Dossier, selection: ReadingSelection) throws(ReadingError) -> AssessmentReport {
    report(on: dossier, readings: try Book.Readings(selection))
  }
}
