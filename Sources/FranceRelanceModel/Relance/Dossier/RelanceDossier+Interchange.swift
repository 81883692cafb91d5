extension RelanceDossier: InterchangeCodable, Codable {
  // MARK: Interchange

  /// The format of a dossier of the calls: the common fields, the project kinds and the
  /// laureate commitments.
  public static func format(for calls: [RelanceCall]) -> ObjectFormat {
    DossierBasics.format(programme: calls.map(\.rawValue)).adding([
      .init(
        "projectKinds", .set(.enumeration(RelanceProjectKind.allCases.map(\.rawValue))),
        description: "Types de projet éligibles déclarés"),
      .init(
        "commitments", .object(.flags(LaureateCommitment.self, description: \.frenchName)),
        description: "Engagements du lauréat"),
    ])
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
    let object = try JSONObjectReader(json, at: path, keys: Self.format(for: RelanceCall.allCases).keys)
    guard let call = try object.enumeration("programme", as: RelanceCall.self) else {
      throw InterchangeError(.missingField, at: path.appending("programme"))
    }
    let basics = try DossierBasics(reading: object)
    let kinds = try object.enumSet("projectKinds", as: RelanceProjectKind.self)
    let commitments = try object.enumFlags("commitments", as: LaureateCommitment.self)
    self.init(call: call, basics: basics, projectKinds: kinds, commitments: commitments)
  }

  /// The dossier in its interchange form; absent fields are omitted.
  public var json: JSONValue {
    var members: [JSONValue.Member] = [.init("programme", .string(call.rawValue))]
    members += basics.jsonMembers
    if let projectKinds {
      members.append(.init("projectKinds", .array(projectKinds)))
    }
    if let commitments { members.append(.init("commitments", .flags(commitments))) }
    return .object(members)
  }
}
