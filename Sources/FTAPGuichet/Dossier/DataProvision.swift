/// How a data-provision project makes its data available (seed 004): open data, an API,
/// files, or a common data space. Each channel is `true`, `false`, or unknown (`nil`).
///
/// The channels decide obligations and indicators: an API must be referenced on
/// api.gouv.fr and counts its transmissions; open data must be referenced on data.gouv.fr;
/// files and open data count their reuses.
public struct DataProvision: Sendable, Hashable {
  /// Open data for the general public (mise à disposition de données au grand public).
  public var openData: Bool?
  /// Data shared through an API (partage de données entre administrations).
  public var api: Bool?
  /// Data provided as files (mise à disposition par fichiers).
  public var files: Bool?
  /// A common data space shared between actors (espace commun de données).
  public var dataSpace: Bool?
  /// Whether the data goes to third parties outside the producing ministry (« à des tiers
  /// (administrations, grand public...) externes au ministère producteur »); unknown
  /// (`nil`) is read as yes for the channels that reach outside by nature.
  public var externalRecipients: Bool?

  /// Creates the channels.
  public init(
    openData: Bool? = nil, api: Bool? = nil, files: Bool? = nil, dataSpace: Bool? = nil,
    externalRecipients: Bool? = nil
  ) {
    self.openData = openData
    self.api = api
    self.files = files
    self.dataSpace = dataSpace
    self.externalRecipients = externalRecipients
  }
}
