import FTAPGuichet
public import FranceRelanceModel

/// The programmes of this package, registered once: the one place that lists them (design
/// §1). A programme of the package joins with one line in ``registry``; a service that
/// brings its own programme registers it in a copy (`ProgrammeRegistry`), and the `relance`
/// tool, the reference pages, the citation index and the schemas follow the registry.
///
/// ```swift
/// let json = try JSONValue(parsing: bytes)
/// let report = try ProgrammeCatalogue.programme(of: json).report(onJSON: json)
/// ```
public enum ProgrammeCatalogue {
  /// The package's programmes: the four France Relance calls and the FTAP guichet.
  public static let registry: ProgrammeRegistry = {
    var registry = ProgrammeRegistry()
    registry.register(contentsOf: RelanceCall.allCases.map { $0 as any FundingProgramme })
    registry.register(FTAPGuichet())
    return registry
  }()

  /// The package's programmes, in registration order.
  public static var all: [any FundingProgramme] { registry.programmes }

  /// The programme identifiers, in registration order.
  public static var identifiers: [String] { registry.identifiers }

  /// The programme a dossier names in its `programme` field.
  ///
  /// - Throws: `InterchangeError` at `programme` when the field is absent, not a string or
  ///   not a known identifier (the error lists the known ones), or at the root when the
  ///   document is not an object.
  public static func programme(of json: JSONValue) throws(InterchangeError) -> any FundingProgramme {
    try registry.programme(of: json)
  }

  /// The programme a JSON document names in its `programme` field, read from its bytes.
  ///
  /// - Throws: `InterchangeError`, as ``programme(of:)-(JSONValue)``.
  public static func programme(of document: JSONDocument) throws(InterchangeError) -> any FundingProgramme {
    try registry.programme(of: document)
  }

  /// The « dispositif d'aide » record of each envelope's grants, for the SCDL export
  /// (`ProgrammeRegistry.aidSchemes(for:)` of the package's registry).
  public static func aidSchemes(for tree: Envelope) -> [EnvelopeIdentifier: String] {
    registry.aidSchemes(for: tree)
  }
}
