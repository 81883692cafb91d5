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
  /// The position, in the rule's ``Rule/citations``, of the sentence that decided the
  /// outcome (an `ftap.window` violation after the closing is decided by « Date de clôture
  /// du guichet : Fin 2025 », not by the opening line).
  public let decidingCitation: Int

  // MARK: Creating findings

  /// Creates a finding decided by the rule's first sentence.
  public init(rule: Rule, outcome: Outcome, message: String, reading: AppliedReading? = nil) {
    self.init(rule: rule, outcome: outcome, message: message, reading: reading, decidingCitation: 0)
  }

  /// Creates a finding, naming the sentence that decided it.
  ///
  /// - Parameters:
  ///   - rule: the rule, with its title, citations and interpretation.
  ///   - outcome: what the rule concluded.
  ///   - message: the French explanation, with the dossier's values.
  ///   - reading: the reading the outcome depends on, if any.
  ///   - decidingCitation: the position in `rule.citations` of the sentence that decided
  ///     the outcome; a position outside them is read as the first.
  public init(rule: Rule, outcome: Outcome, message: String, reading: AppliedReading?, decidingCitation: Int) {
    self.rule = rule
    self.outcome = outcome
    self.message = message
    self.reading = reading
    self.decidingCitation = rule.citations.indices.contains(decidingCitation) ? decidingCitation : 0
  }

  // MARK: Citations

  /// The sentence that decided the outcome.
  public var citation: Citation { rule.citations[decidingCitation] }

  /// Every sentence of the rule, the deciding one first, then the others in the rule's
  /// order: the `citation` list of the interchange format.
  public var citations: [Citation] {
    [citation] + rule.citations.indices.filter { $0 != decidingCitation }.map { rule.citations[$0] }
  }
}
