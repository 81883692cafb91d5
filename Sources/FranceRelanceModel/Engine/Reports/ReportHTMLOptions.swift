/// How ``AssessmentReport/verdictHTML(_:)`` writes a report: on a page (each rule's
/// sentence under it, reading switches as links) or on paper (sentences as numbered
/// footnotes, no links).
///
/// ```swift
/// let html = report.verdictHTML(ReportHTMLOptions(citations: .footnotes))
/// ```
public struct ReportHTMLOptions: Sendable {
  // MARK: Citations

  /// Where each rule's sentence is written.
  public enum CitationPlacement: Sendable, Hashable {
    /// Under the rule's finding, as a quotation (a page).
    case inline
    /// As a numbered note after the findings, the finding carrying its number (paper).
    case footnotes
  }

  // MARK: Stored properties

  /// Where sentences go.
  public var citations: CitationPlacement
  /// The address that applies a reading's variant (`nil`: back to its default), for a
  /// page's switches; `nil` writes no link.
  public var readingLink: (@Sendable (ReadingIdentifier, String?) -> String)?
  /// How many questions are still to answer, said under an incomplete status.
  public var questionsLeft: Int?
  /// The level of the verdict's heading (2 on a page and in a printed dossier).
  public var headingLevel: Int
  /// The `id` of the verdict's heading, which labels its section (a page has one verdict;
  /// a printed batch has several, so none).
  public var headingID: String?

  /// Options; by default a page's: inline sentences, no links.
  public init(
    citations: CitationPlacement = .inline, readingLink: (@Sendable (ReadingIdentifier, String?) -> String)? = nil,
    questionsLeft: Int? = nil, headingLevel: Int = 2, headingID: String? = nil
  ) {
    self.headingID = headingID
    self.citations = citations
    self.readingLink = readingLink
    self.questionsLeft = questionsLeft
    self.headingLevel = headingLevel
  }
}
