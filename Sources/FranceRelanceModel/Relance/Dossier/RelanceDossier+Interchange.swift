extension RelanceDossier: InterchangeCodable, Codable {
  // MARK: Interchange

  /// The calls' own fields, each declared once: the schema, the reader and the writer
  /// derive from this list.
  static let callCodecs: [FieldCodec<RelanceDossier>] = [
    FieldCodec(
      .init(
        "projectKinds", .set(.enumeration(RelanceProjectKind.allCases.map(\.rawValue))),
        description: "Types de projet éligibles déclarés", valueLabels: .labels(RelanceProjectKind.self, \.frenchName)),
      read: { object, dossier throws(InterchangeError) in
        dossier.projectKinds = try object.enumSet("projectKinds", as: RelanceProjectKind.self)
      },
      write: { dossier in dossier.projectKinds.map { .array($0) } }),
    FieldCodec(
      .init(
        "commitments", .object(.flags(LaureateCommitment.self, description: \.frenchName)),
        description: "Engagements du lauréat"),
      read: { object, dossier throws(InterchangeError) in
        dossier.commitments = try object.enumFlags("commitments", as: LaureateCommitment.self)
      },
      write: { dossier in dossier.commitments.map { .flags($0) } }),
  ]

  /// The format of a dossier of the calls: the common fields, the project kinds and the
  /// laureate commitments.
  public static func format(for calls: [RelanceCall]) -> ObjectFormat {
    DossierBasics.format(programme: calls.map(\.rawValue)).adding(callCodecs.map(\.field))
  }

  /// Reads a dossier from its interchange form.
  ///
  /// ```json
  /// {"programme": "relance-cvd-aap1", "reference": "AAP1-2020-017", "filedOn": "2020-12-10",
  ///  "applicant": {"name": "…", "kind": "publicOperator", "siret": "…"},
  ///  "totalCost": "400000.00", "requestedCoFinancing": 300000,
  ///  "projectKinds": ["dataSteering"],
  ///  "commitments": {"demoWithinSixMonths": true, "fullTimeOwner": true,
  ///                  "dedicatedTeam": true, "usersInvolved": true}}
  /// ```
  ///
  /// - Throws: ``InterchangeError`` naming the field: an unknown field, a wrong type, an
  ///   unknown programme or project kind, a malformed amount or date, an invalid SIRET.
  public init(json: JSONValue, at path: FieldPath) throws(InterchangeError) {
    try self.init(reading: JSONObjectReader(json, at: path, keys: Self.interchangeKeys))
  }

  /// Reads a dossier from a JSON document, streaming: each field is read from the
  /// document's bytes, with no tree.
  ///
  /// - Throws: ``InterchangeError`` naming the field, as ``init(json:at:)``.
  public init(document: JSONDocument) throws(InterchangeError) {
    try self.init(reading: JSONObjectReader(document, at: .root, keys: Self.interchangeKeys))
  }

  /// The keys of a dossier of any call.
  static let interchangeKeys = format(for: RelanceCall.allCases).keys

  /// Reads a dossier from its object, whose keys were checked.
  private init(reading object: JSONObjectReader) throws(InterchangeError) {
    let path = object.path
    guard let call = try object.enumeration("programme", as: RelanceCall.self) else {
      throw InterchangeError(.missingField, at: path.appending("programme"))
    }
    var dossier = RelanceDossier(call: call, basics: try DossierBasics(reading: object))
    for codec in Self.callCodecs { try codec.read(object, into: &dossier) }
    self = dossier
  }

  /// Every input error of a dossier of `call`, one per field (the first of each field), in
  /// field order: unknown keys, the programme, then each field as ``init(json:at:)`` reads
  /// it. Empty when `RelanceCall.dossier(from:)` would succeed.
  public static func inputErrors(json: JSONValue, at path: FieldPath, call expected: RelanceCall) -> [InterchangeError]
  {
    let object: JSONObjectReader
    var errors: [InterchangeError]
    do {
      (object, errors) = try JSONObjectReader.collecting(json, at: path, keys: format(for: RelanceCall.allCases).keys)
    } catch {
      return [error]
    }
    var call = expected
    do {
      if let named = try object.enumeration("programme", as: RelanceCall.self) {
        call = named
        if named != expected {
          errors.append(
            InterchangeError(
              .invalid("le dossier relève de « " + named.rawValue + " », pas de « " + expected.rawValue + " »"),
              at: path.appending("programme")))
        }
      } else {
        errors.append(InterchangeError(.missingField, at: path.appending("programme")))
      }
    } catch {
      errors.append(error)
    }
    let (basics, basicErrors) = DossierBasics.reading(collecting: object)
    var dossier = RelanceDossier(call: call, basics: basics)
    return errors + basicErrors + FieldCodec.readAll(callCodecs, from: object, into: &dossier)
  }

  /// The dossier in its interchange form; absent fields are omitted.
  public var json: JSONValue {
    var members: [JSONValue.Member] = [.init("programme", .string(call.rawValue))]
    members += basics.jsonMembers
    members += Self.callCodecs.compactMap { $0.member(of: self) }
    return .object(members)
  }
}
