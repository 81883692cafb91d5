/// A section of a programme's reference page that its rules, readings and parameters do
/// not give: the calendar, the envelopes, the indicators, the selection criteria.
///
/// A programme lists its own (``FundingProgramme/referenceSections``), so `relance docs`
/// writes every programme's page from `any FundingProgramme`, with no code of its own for
/// a new programme.
public struct ReferenceSection: Sendable, Hashable {
  /// Where the section goes on the page.
  public enum Placement: Sendable, Hashable {
    /// Before the rules (the calendar).
    case beforeRules
    /// After the parameters.
    case afterParameters
  }

  /// Where the section goes.
  public let placement: Placement
  /// The section in Markdown, in French, its `##` heading included.
  public let markdown: String

  /// Creates a section.
  public init(_ placement: Placement, markdown: String) {
    self.placement = placement
    self.markdown = markdown
  }
}
