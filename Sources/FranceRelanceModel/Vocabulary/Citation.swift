/// A place in a source text and the French sentence quoted from it.
///
/// Every rule, parameter, envelope and date of the library carries one, so an auditor can
/// go from any answer back to the text. The quote is verbatim (a test checks that it
/// appears in the seed file, whitespace aside).
///
/// ```swift
/// let citation = Citation(
///   .relanceInformationMeeting,
///   at: "AAP Cycle de vie de la donnée : notre accompagnement",
///   quoting: "Financement du projet à hauteur de 75% des projets.")
/// ```
public struct Citation: Sendable, Hashable, Codable {
  // MARK: Stored properties

  /// The text cited.
  public let source: Source
  /// Where in the text: the heading or slide title, in French.
  public let location: String
  /// The quoted French sentence, verbatim.
  public let quote: String

  // MARK: Creating citations

  /// Creates a citation.
  public init(_ source: Source, at location: String, quoting quote: String) {
    self.source = source
    self.location = location
    self.quote = quote
  }
}

// MARK: - Rendering

extension Citation: CustomStringConvertible {
  /// The citation in one line, as people read it: ``frenchDescription`` (the source by
  /// publisher, title and date; never the seed file name).
  public var description: String { frenchDescription }
}
