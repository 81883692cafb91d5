import FTAPGuichet
public import FranceRelanceModel

/// Every programme of the package, and the one a dossier names: the one place that lists
/// them (design §1). A new programme is one more entry in ``all``; the `relance` tool, the
/// reference pages, the citation index and the schemas follow.
///
/// ```swift
/// let json = try JSONValue(parsing: bytes)
/// let report = try ProgrammeCatalogue.programme(of: json).report(onJSON: json)
/// ```
public enum ProgrammeCatalogue {
  /// The four France Relance calls and the FTAP guichet.
  public static let all: [any FundingProgramme] = RelanceCall.allCases + [FTAPGuichet()]

  /// The programme identifiers, in catalogue order.
  public static var identifiers: [String] { all.map(\.identifier.rawValue) }

  /// The programme a dossier names in its `programme` field.
  ///
  /// - Throws: `InterchangeError` at `programme` when the field is absent, not a string or
  ///   not a known identifier (the error lists the known ones), or at the root when the
  ///   document is not an object.
  public static func programme(of json: JSONValue) throws(InterchangeError) -> any FundingProgramme {
    try programme(of: JSONDocument(json))
  }

  /// The programme a JSON document names in its `programme` field, read from its bytes.
  ///
  /// - Throws: `InterchangeError`, as ``programme(of:)-(JSONValue)``.
  public static func programme(of document: JSONDocument) throws(InterchangeError) -> any FundingProgramme {
    let object = try JSONObjectReader(document, at: .root, keys: [], allowingOthers: true)
    let path = FieldPath("programme")
    guard let value = object.value("programme") else { throw InterchangeError(.missingField, at: path) }
    guard case .string(let identifier) = value else {
      throw InterchangeError(.wrongType(expected: "chaîne", found: value.typeName), at: path)
    }
    guard let programme = all.first(where: { $0.identifier.rawValue == identifier }) else {
      throw InterchangeError(.unknownValue(identifier, allowed: identifiers), at: path)
    }
    return programme
  }

  /// The « dispositif d'aide » record of each envelope's grants, for the SCDL export: the
  /// calls' records, and in a tree its user supplies, the record of the programme an
  /// envelope names (`programme`), for its grants and those of the envelopes under it.
  public static func aidSchemes(for tree: Envelope) -> [EnvelopeIdentifier: String] {
    var schemes = SCDLExport.relanceSchemes
    func assign(_ envelope: Envelope, _ inherited: String?) {
      let scheme = envelope.programme.flatMap { id in all.first { $0.identifier == id }?.aidScheme.id } ?? inherited
      if let scheme { schemes[envelope.id] = scheme }
      for child in envelope.children { assign(child, scheme) }
    }
    assign(tree, nil)
    return schemes
  }
}
