/// Receives each rule of a programme with one dossier, in report order.
///
/// A rule book's ``RuleBook/forEachRule(_:_:_:)`` calls ``visit(_:_:_:)`` once per rule;
/// the verdict, the findings and the catalogue are three visitors of the same list.
/// The dossier is borrowed, never stored: a visitor that kept a copy would copy every
/// string of the dossier.
public protocol RuleVisitor<Book> {
  /// The rule book whose rules are visited.
  associatedtype Book: RuleBook

  /// Receives one rule.
  mutating func visit<R: RuleDefinition>(_ rule: R.Type, _ dossier: borrowing Book.Dossier, _ context: Book.Context)
  where R.Book == Book
}

/// The verdict's visitor: one outcome kind per rule, no allocation once specialised.
public struct OutcomeKindsVisitor<Book: RuleBook>: RuleVisitor {
  /// The kinds recorded so far.
  public var kinds = OutcomeKinds()

  /// An empty visitor.
  @inlinable
  public init() {}

  /// Records the rule's outcome kind.
  @inlinable @inline(__always)
  public mutating func visit<R: RuleDefinition>(
    _ rule: R.Type, _ dossier: borrowing Book.Dossier, _ context: Book.Context
  ) where R.Book == Book {
    kinds.append(R.decide(dossier, context).kind)
  }
}

/// The findings' visitor: every rule's decision rendered in French.
public struct FindingsVisitor<Book: RuleBook>: RuleVisitor {
  /// The findings, in report order.
  public var findings: [Finding] = []
  /// The rules' descriptions, in report order (``RuleBook/catalogue(_:)``).
  public let catalogue: [Rule]

  /// An empty visitor, with the descriptions of the rules it will visit.
  @inlinable
  public init(catalogue: [Rule]) {
    self.catalogue = catalogue
    findings.reserveCapacity(catalogue.count)
  }

  /// Renders the rule's decision.
  @inlinable
  public mutating func visit<R: RuleDefinition>(
    _ rule: R.Type, _ dossier: borrowing Book.Dossier, _ context: Book.Context
  ) where R.Book == Book {
    let description = findings.count < catalogue.count ? catalogue[findings.count] : R.rule(context.parameters)
    findings.append(
      R.finding(R.decide(dossier, context), context, rule: description, reading: R.dependence(dossier, context)))
  }
}

/// The catalogue's visitor: every rule's description, with the edition's numbers.
public struct CatalogueVisitor<Book: RuleBook>: RuleVisitor {
  /// The rules, in report order.
  public var rules: [Rule] = []

  /// An empty visitor.
  @inlinable
  public init() {}

  /// Describes the rule.
  @inlinable
  public mutating func visit<R: RuleDefinition>(
    _ rule: R.Type, _ dossier: borrowing Book.Dossier, _ context: Book.Context
  ) where R.Book == Book {
    rules.append(R.rule(context.parameters))
  }
}

/// Finds the position of one rule in its book's report order.
public struct PositionVisitor<Book: RuleBook, Target: RuleDefinition>: RuleVisitor where Target.Book == Book {
  /// The position found; `nil` until the rule is visited.
  public var position: Int?
  @usableFromInline var count = 0

  /// A visitor looking for `Target`.
  @inlinable
  public init() {}

  /// Counts the rules until `Target`.
  @inlinable @inline(__always)
  public mutating func visit<R: RuleDefinition>(
    _ rule: R.Type, _ dossier: borrowing Book.Dossier, _ context: Book.Context
  ) where R.Book == Book {
    if position == nil, R.self == Target.self { position = count }
    count += 1
  }
}
