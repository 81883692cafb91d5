/// A criterion a jury uses to select projects (critère de sélection).
///
/// Criteria are values a jury grid can score. The France Relance calls have five (seed
/// 003); the FTAP guichet has a main criterion and per-type lists (seed 004).
public struct SelectionCriterion: Sendable, Hashable, Codable {
  /// The stable identifier, such as `relance.criterion.technicalRelevance`.
  public let id: String
  /// The French title, as in the text.
  public let title: String
  /// The sentence that states the criterion.
  public let citation: Citation

  /// Creates a criterion.
  public init(id: String, title: String, citation: Citation) {
    self.id = id
    self.title = title
    self.citation = citation
  }
}
