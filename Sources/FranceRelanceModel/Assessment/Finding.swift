/// One rule's conclusion about one dossier, with a French message that shows the values.
///
/// ```
/// relance.cofinancing.rate — violated
/// « Le cofinancement demandé (800 000 €) dépasse 75 % du coût total de 1 000 000 €,
///   soit 750 000 €. »
/// ```
public struct Finding: Sendable, Hashable {
  // MARK: Stored properties

  /// The rule, with its title, citation and interpretation.
  public let rule: Rule
  /// What the rule concluded.
  public let outcome: Outcome
  /// The French explanation, with the dossier's actual values.
  public let message: String

  // MARK: Creating findings

  /// Creates a finding.
  public init(rule: Rule, outcome: Outcome, message: String) {
    self.rule = rule
    self.outcome = outcome
    self.message = message
  }

  /// A missing-input finding for `fields`, with the standard French message.
  public static func missing(_ rule: Rule, _ fields: [FieldPath]) -> Finding {
    Finding(
      rule: rule, outcome: .missingInput(fields),
      message: "Information manquante pour vérifier la règle : "
        + fields.map(\.description).joined(separator: ", ") + ".")
  }
}
