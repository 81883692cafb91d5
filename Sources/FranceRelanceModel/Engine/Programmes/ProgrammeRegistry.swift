/// The programmes a tool or a service knows, and the one a dossier names: an open list
/// (issue #25).
///
/// A programme is a module that declares a ``FundingProgramme`` value; it joins a registry
/// with one line, ``register(_:)``, and is then read, assessed, listed, exported and
/// documented through the same path as every other. The package's own list is
/// `ProgrammeCatalogue.registry` (module `FundingProgrammes`); a service adds its own
/// programme to a copy of it:
///
/// ```swift
/// var registry = ProgrammeCatalogue.registry
/// registry.register(MyProgramme())
/// let json = try JSONValue(parsing: bytes)
/// let report = try registry.programme(of: json).report(onJSON: json)
/// ```
public struct ProgrammeRegistry: Sendable {
  // MARK: Stored properties

  /// The registered programmes, in registration order (the order of every list).
  public private(set) var programmes: [any FundingProgramme]

  // MARK: Creating

  /// An empty registry.
  public init() { programmes = [] }

  /// Registers a programme, after those already registered.
  ///
  /// - Precondition: no registered programme has the same identifier (two programmes
  ///   claiming one `programme` value is a mistake in code, not in input).
  public mutating func register(_ programme: any FundingProgramme) {
    precondition(
      !programmes.contains { $0.identifier == programme.identifier },
      "programme « " + programme.identifier.rawValue + " » enregistré deux fois")
    programmes.append(programme)
  }

  /// Registers several programmes, in order (the four calls of an enumeration, say).
  ///
  /// - Precondition: as ``register(_:)``, for each.
  public mutating func register(contentsOf programmes: some Sequence<any FundingProgramme>) {
    for programme in programmes { register(programme) }
  }

  // MARK: Looking up

  /// The programme identifiers, in registration order.
  public var identifiers: [String] { programmes.map(\.identifier.rawValue) }

  /// The programme with this identifier; `nil` when none is registered.
  ///
  /// - Complexity: O(*n*) in the programmes (a handful).
  public func programme(_ identifier: ProgrammeIdentifier) -> (any FundingProgramme)? {
    programmes.first { $0.identifier == identifier }
  }

  /// The programme a dossier names in its `programme` field.
  ///
  /// - Throws: ``InterchangeError`` at `programme` when the field is absent, not a string
  ///   or not a registered identifier (the error lists the registered ones), or at the root
  ///   when the document is not an object.
  public func programme(of json: JSONValue) throws(InterchangeError) -> any FundingProgramme {
    try programme(of: JSONDocument(json))
  }

  /// The programme a JSON document names in its `programme` field, read from its bytes.
  ///
  /// - Throws: ``InterchangeError``, as ``programme(of:)-(JSONValue)``.
  public func programme(of document: JSONDocument) throws(InterchangeError) -> any FundingProgramme {
    let object = try JSONObjectReader(document, at: .root, keys: [], allowingOthers: true)
    let path = FieldPath("programme")
    guard let value = object.value("programme") else { throw InterchangeError(.missingField, at: path) }
    guard case .string(let identifier) = value else {
      throw InterchangeError(.wrongType(expected: "chaîne", found: value.typeName), at: path)
    }
    guard let programme = programmes.first(where: { $0.identifier.rawValue == identifier }) else {
      throw InterchangeError(.unknownValue(identifier, allowed: identifiers), at: path)
    }
    return programme
  }

  // MARK: Derived lists

  /// Every text the registered programmes cite (rules and parameters), with the project's
  /// seeds first, in key order, then the others in the order programmes cite them: the
  /// traceability page lists these, so a programme's own text appears with no edit.
  public var sources: [Source] {
    var seen = Set(Source.seeds)
    var result = Source.seeds
    for programme in programmes {
      let cited =
        programme.rules.flatMap(\.citations).map(\.source) + programme.parameterDescriptions.map(\.citation.source)
      for source in cited where seen.insert(source).inserted { result.append(source) }
    }
    return result
  }

  /// The « dispositif d'aide » record of each envelope's grants, for the SCDL export: the
  /// France Relance calls' records, and in a tree its user supplies, the record of the
  /// programme an envelope names (`programme`), for its grants and those of the envelopes
  /// under it.
  public func aidSchemes(for tree: Envelope) -> [EnvelopeIdentifier: String] {
    var schemes = SCDLExport.relanceSchemes
    func assign(_ envelope: Envelope, _ inherited: String?) {
      let scheme = envelope.programme.flatMap { programme($0)?.aidScheme.id } ?? inherited
      if let scheme { schemes[envelope.id] = scheme }
      for child in envelope.children { assign(child, scheme) }
    }
    assign(tree, nil)
    return schemes
  }
}
