/// The visitor of the questions: the fields each rule lacks, with the rule's identifier.
public struct MissingFieldsVisitor<Book: RuleBook>: RuleVisitor {
  /// The rules that lack input, in report order, with the fields they lack.
  public var missing: [(rule: RuleIdentifier, fields: EnumSet<Book.Field>)] = []

  /// An empty visitor.
  @inlinable
  public init() {}

  /// Records the fields the rule lacks, if any.
  @inlinable
  public mutating func visit<R: RuleDefinition>(
    _ rule: R.Type, _ dossier: borrowing Book.Dossier, _ context: Book.Context
  ) where R.Book == Book {
    if case .missing(let fields) = R.decide(dossier, context) { missing.append((R.id, fields)) }
  }
}
