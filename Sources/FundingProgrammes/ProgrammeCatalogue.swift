import FTAPGuichet
public import FranceRelanceModel

/// The programmes of this package, registered once: the one place that lists them (design
/// §1). A programme of the package joins with one line in ``registry``; a service that
/// brings its own programme registers it in a copy (`ProgrammeRegistry`), and the `relance`
/// tool, the reference pages, the citation index and the schemas follow the registry.
///
/// ```swift
/// let json = try JSONValue(parsing: bytes)
/// let report = try ProgrammeCatalogue.registry.programme(of: json).report(onJSON: json)
/// ```
public enum ProgrammeCatalogue {
  /// The package's programmes: the four France Relance calls and the FTAP guichet.
  public static let registry: ProgrammeRegistry = {
    var registry = ProgrammeRegistry()
    registry.register(contentsOf: RelanceCall.allCases.map { $0 as any FundingProgramme })
    registry.register(FTAPGuichet())
    return registry
  }()
}
