/// A rule of a programme: its identifier, French title, the text it comes from and, when
/// it reads beyond the letter of that text, the interpretation and its reason.
///
/// A rule is a plain value that the catalogue lists and the reference pages print; its
/// evaluation lives with the programme that owns it (for instance ``RelanceCall/assess(_:)``).
public struct Rule: Sendable, Hashable, Codable {
  // MARK: Stored properties

  /// The stable identifier.
  public let id: RuleIdentifier
  /// The French title, as a civil servant would name the rule.
  public let title: String
  /// The sentence the rule comes from.
  public let citation: Citation
  /// How the rule reads the text when it goes beyond its letter, and why; `nil` when the
  /// rule applies the text as written.
  public let interpretation: String?

  // MARK: Creating rules

  /// Creates a rule.
  public init(id: RuleIdentifier, title: String, citation: Citation, interpretation: String? = nil) {
    self.id = id
    self.title = title
    self.citation = citation
    self.interpretation = interpretation
  }
}
