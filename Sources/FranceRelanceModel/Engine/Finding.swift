/// One rule's conclusion about one dossier, with a French message that shows the values.
///
/// ```
/// relance.cofinancing.rate — violated
/// « Le cofinancement demandé (800 000 €) dépasse 75 % du coût total de 1 000 000 €,
///   soit 750 000 €. »
/// ```
public struct Finding: Sendable, Hashable {
  // MARK: Stored properties

  /// The rule, with its title, citations and interpretation.
  public let rule: Rule
  /// What the rule concluded.
  public let outcome: Outcome
  /// The French explanation, with the dossier's actual values.
  public let message: String
  /// The reading the outcome depends on (another variant would give another outcome), with
  /// its variant in force; `nil` when the outcome follows the letter or an interpretation
  /// without alternative.
  public let reading: AppliedReading?

  // MARK: Creating findings

  /// Creates a finding.
  public init(rule: Rule, outcome: Outcome, message: String, reading: AppliedReading? = nil) {
    self.rule = rule
    self.outcome = outcome
    self.message = message
    self.reading = reading
  }
}
