/// An input a dossier lacks, with the rules that need it: what a form asks next.
///
/// ``RuleBasedProgramme/questions(for:readings:)`` lists them, the most decisive first:
/// the field that the most rules lack, ties in the order the programme declares its
/// fields. A form that asks the first question and assesses again converges on a verdict
/// with the fewest questions that this ordering can give (it does not search further).
///
/// ```swift
/// FTAPGuichet().questions(for: dossier).first?.label   // "coût total du projet"
/// ```
public struct Question: Sendable, Hashable {
  /// The field's path in the dossier's JSON.
  public let field: FieldPath
  /// The field's French label.
  public let label: String
  /// The rules that lack this field, in report order.
  public let rules: [RuleIdentifier]

  /// Creates a question.
  public init(field: FieldPath, label: String, rules: [RuleIdentifier]) {
    self.field = field
    self.label = label
    self.rules = rules
  }
}
