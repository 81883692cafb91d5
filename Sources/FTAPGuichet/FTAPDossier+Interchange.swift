public import FranceRelanceModel

extension FTAPDossier: InterchangeCodable, Codable {
  // MARK: Interchange

  /// The keys of an FTAP dossier object.
  public static let interchangeKeys = DossierBasics.interchangeKeys.union([
    "projectTypes", "dataProvision", "commitments", "plannedIndicators", "impactModel", "personalData",
  ])

  /// Reads a dossier from its interchange form.
  ///
  /// ```json
  /// {"programme": "ftap-data-2023", "reference": "FTAP-2024-001", "filedOn": "2024-03-12",
  ///  "applicant": {"name": "…", "kind": "publicOperator"},
  ///  "totalCost": "400000.00", "personnelCost": "120000.00", "requestedCoFinancing": "200000.00",
  ///  "durationMonths": 18, "startDate": "2024-09-01",
  ///  "projectTypes": ["dataProvision"],
  ///  "dataProvision": {"openData": true, "api": true, "files": false, "dataSpace": false},
  ///  "commitments": {"openSource": true, "accessibility": true, "ecoResponsibility": true,
  ///                  "apiGouvReferencing": true, "dataGouvReferencing": true},
  ///  "plannedIndicators": ["provision.reuses", "provision.transmissions", "provision.accessDelay"],
  ///  "impactModel": "…", "personalData": {"processed": false}}
  /// ```
  ///
  /// - Throws: `InterchangeError` naming the field: unknown fields,
  ///   wrong types, unknown values, malformed amounts or dates, an invalid SIRET, a
  ///   programme other than `ftap-data-2023`.
  public init(json: JSONValue, at path: FieldPath) throws(InterchangeError) {
    let object = try JSONObjectReader(json, at: path, keys: Self.interchangeKeys)
    guard let programme = try object.string("programme") else {
      throw InterchangeError(.missingField, at: path.appending("programme"))
    }
    guard programme == FTAPGuichet.identifier.rawValue else {
      throw InterchangeError(
        .unknownValue(programme, allowed: [FTAPGuichet.identifier.rawValue]), at: path.appending("programme"))
    }
    let basics = try DossierBasics(reading: object)
    let types = try object.enumerationSet("projectTypes", as: FTAPProjectType.self)
    var provision: DataProvision?
    if let reader = try object.object("dataProvision", keys: Set(DataProvision.keys)) {
      provision = DataProvision(
        openData: try reader.bool("openData"), api: try reader.bool("api"), files: try reader.bool("files"),
        dataSpace: try reader.bool("dataSpace"))
    }
    let commitments = try object.flags("commitments", as: FTAPCommitment.self)
    let indicators = try object.enumerationSet("plannedIndicators", as: FTAPIndicator.self)
    var personalData: PersonalDataProcessing?
    if let reader = try object.object("personalData", keys: ["processed", "legalBasis"]) {
      personalData = PersonalDataProcessing(
        processed: try reader.bool("processed"), legalBasis: try reader.string("legalBasis"))
    }
    self.init(
      basics: basics, projectTypes: types, dataProvision: provision, commitments: commitments,
      plannedIndicators: indicators, impactModel: try object.string("impactModel"), personalData: personalData)
  }

  /// The dossier in its interchange form; absent fields are omitted.
  public var json: JSONValue {
    var members: [JSONValue.Member] = [.init("programme", .string(FTAPGuichet.identifier.rawValue))]
    members += basics.jsonMembers
    if let projectTypes {
      members.append(
        .init(
          "projectTypes", .array(FTAPProjectType.allCases.filter(projectTypes.contains).map { .string($0.rawValue) })))
    }
    if let provision = dataProvision {
      let channels: [(String, Bool?)] = [
        ("openData", provision.openData), ("api", provision.api), ("files", provision.files),
        ("dataSpace", provision.dataSpace),
      ]
      members.append(
        .init("dataProvision", .object(channels.compactMap { key, flag in flag.map { .init(key, .bool($0)) } })))
    }
    if let commitments { members.append(.init("commitments", .flags(commitments))) }
    if let plannedIndicators {
      members.append(
        .init(
          "plannedIndicators",
          .array(FTAPIndicator.allCases.filter(plannedIndicators.contains).map { .string($0.rawValue) })))
    }
    if let impactModel { members.append(.init("impactModel", .string(impactModel))) }
    if let personalData {
      var fields: [JSONValue.Member] = []
      if let processed = personalData.processed { fields.append(.init("processed", .bool(processed))) }
      if let basis = personalData.legalBasis { fields.append(.init("legalBasis", .string(basis))) }
      members.append(.init("personalData", .object(fields)))
    }
    return .object(members)
  }
}
