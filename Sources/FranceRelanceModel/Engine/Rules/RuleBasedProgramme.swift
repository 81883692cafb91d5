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

  /// The numbers and rules of every other period of the edition when the dossier has no
  /// reference date to choose one by (``inForce(for:)`` then gives the first period's);
  /// empty by default, and for a dossier that has one or an edition with one period.
  ///
  /// A rule whose outcome differs between these periods and the first cannot be decided
  /// without the date: its finding becomes « information manquante » on
  /// `RuleBook.referenceDateField`, and a co-financing cap that differs is unknown.
  func otherPeriods(forUndated dossier: borrowing Dossier) -> [(parameters: Book.Parameters, rules: [Rule])]
}

extension RuleBasedProgramme {
  // MARK: The numbers in force

  /// The edition's numbers and rules, whatever the dossier.
  @inlinable
  public func inForce(for dossier: borrowing Dossier) -> (parameters: Book.Parameters, rules: [Rule]) {
    (parameters, rules)
  }

  /// No other period by default.
  @inlinable
  public func otherPeriods(forUndated dossier: borrowing Dossier) -> [(parameters: Book.Parameters, rules: [Rule])] {
    []
  }

  // MARK: Undated dossiers under several periods

  /// `kinds`, the outcomes under the numbers ``inForce(for:)`` chose, with every rule
  /// whose kind differs under one of ``otherPeriods(forUndated:)`` turned into missing
  /// input (the reference date decides it); `kinds` itself for a dated dossier.
  @inlinable
  public func kindsWithoutDate(_ kinds: OutcomeKinds, of dossier: borrowing Dossier, readings: Book.Readings)
    -> OutcomeKinds
  {
    var result = kinds
    for other in otherPeriods(forUndated: dossier) {
      let alternative = Book.outcomes(dossier, Book.Context(parameters: other.parameters, readings: readings))
      for position in kinds.indices where alternative[position] != kinds[position] {
        result.replace(at: position, with: .missingInput)
      }
    }
    return result
  }

  /// `cap`, the cap under the numbers ``inForce(for:)`` chose, or `nil` when one of
  /// ``otherPeriods(forUndated:)`` gives another one.
  @inlinable
  public func capWithoutDate(_ cap: Euros?, of dossier: borrowing Dossier, readings: Book.Readings) -> Euros? {
    for other in otherPeriods(forUndated: dossier)
    where Book.cap(dossier, Book.Context(parameters: other.parameters, readings: readings)) != cap {
      return nil
    }
    return cap
  }

  /// The findings with each rule whose kind differs between the periods (`kinds` against
  /// `dated`) as missing the reference date; its parameters are not listed, since none
  /// was applied.
  @inlinable
  public func findingsWithoutDate(_ findings: [Finding], kinds: OutcomeKinds, dated: OutcomeKinds) -> [Finding] {
    guard kinds != dated, let field = Book.referenceDateField else { return findings }
    return findings.enumerated().map { position, finding in
      guard kinds[position] == .missingInput, dated[position] != .missingInput else { return finding }
      return Finding(
        rule: finding.rule.applying([], on: nil), outcome: .missingInput([field.path]),
        message: "Information manquante pour vérifier la règle : " + field.label
          + " (la valeur d'un paramètre qu'elle lit change selon la date).")
    }
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
    kindsWithoutDate(
      Book.outcomes(dossier, Book.Context(parameters: inForce(for: dossier).parameters, readings: readings)),
      of: dossier, readings: readings)
  }

  /// The status and cap of a dossier, without findings or messages.
  ///
  /// - Complexity: O(number of rules); no heap allocation.
  @inlinable @inline(__always)
  public func verdict(_ dossier: borrowing Dossier, readings: Book.Readings = .init()) -> Verdict {
    let context = Book.Context(parameters: inForce(for: dossier).parameters, readings: readings)
    return Verdict(
      status: kindsWithoutDate(Book.outcomes(dossier, context), of: dossier, readings: readings).status,
      cap: capWithoutDate(Book.cap(dossier, context), of: dossier, readings: readings))
  }

  /// Every rule's finding, in French, and the status.
  @inlinable
  public func assess(_ dossier: Dossier, readings: Book.Readings = .init()) -> Assessment {
    let terms = inForce(for: dossier)
    let context = Book.Context(parameters: terms.parameters, readings: readings)
    var findings = Book.findings(dossier, context, catalogue: terms.rules)
    if !otherPeriods(forUndated: dossier).isEmpty {
      let dated = Book.outcomes(dossier, context)
      findings = findingsWithoutDate(
        findings, kinds: kindsWithoutDate(dated, of: dossier, readings: readings), dated: dated)
    }
    return Assessment(programme: identifier, reference: dossier.basics.reference, findings: findings)
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
    let dated = Book.outcomes(dossier, context)
    let kinds = kindsWithoutDate(dated, of: dossier, readings: readings)
    let findings = findingsWithoutDate(
      Book.findings(dossier, context, catalogue: terms.rules), kinds: kinds, dated: dated)
    var coFinancing = Book.coFinancing(dossier, context)
    if let money = coFinancing, money.cap != nil, capWithoutDate(money.cap, of: dossier, readings: readings) == nil {
      coFinancing = CoFinancing(
        requested: money.requested, cap: nil, administrationShare: money.administrationShare,
        effectiveRate: money.effectiveRate)
    }
    let (remedies, suffice) = Book.remedies(dossier, context, kinds: kinds)
    return AssessmentReport(
      assessment: Assessment(programme: identifier, reference: dossier.basics.reference, findings: findings),
      title: title, edition: editionName, coFinancing: coFinancing,
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
    let terms = inForce(for: dossier)
    let context = Book.Context(parameters: terms.parameters, readings: readings)
    Book.forEachRule(dossier, context, &visitor)
    if !otherPeriods(forUndated: dossier).isEmpty, let field = Book.referenceDateField {
      // A rule whose outcome the periods change lacks the reference date too.
      let dated = Book.outcomes(dossier, context)
      let kinds = kindsWithoutDate(dated, of: dossier, readings: readings)
      for position in kinds.indices where kinds[position] == .missingInput && dated[position] != .missingInput {
        visitor.missing.append((terms.rules[position].id, [field]))
      }
    }
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
    let outcomes = kindsWithoutDate(Book.outcomes(dossier, context), of: dossier, readings: readings)
    let cap = capWithoutDate(Book.cap(dossier, context), of: dossier, readings: readings)
    return VerdictSummary(
      programme: identifier, reference: dossier.basics.reference,
      verdict: Verdict(status: outcomes.status, cap: cap), rules: terms.rules, outcomes: outcomes)
  }

  /// The report under the chosen readings.
  ///
  /// - Throws: ``ReadingError`` for an unknown reading or variant.
  @inlinable
  public func report(on dossier: Dossier, selection: ReadingSelection) throws(ReadingError) -> AssessmentReport {
    report(on: dossier, readings: try Book.Readings(selection))
  }
}
