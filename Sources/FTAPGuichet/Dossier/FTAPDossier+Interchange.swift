public import FranceRelanceModel

extension FTAPDossier: InterchangeCodable, Codable {
  // MARK: Interchange

  /// The format of the data-provision channels.
  public static let dataProvisionFormat = ObjectFormat([
    .init("openData", .boolean, description: "Mise à disposition du grand public (open data)"),
    .init("api", .boolean, description: "Partage de données par API"),
    .init("files", .boolean, description: "Mise à disposition par fichiers"),
    .init("dataSpace", .boolean, description: "Espace commun de données"),
  ])

  /// The format of the personal-data declaration.
  public static let personalDataFormat = ObjectFormat([
    .init("processed", .boolean, description: "Des données personnelles ou sensibles sont traitées"),
    .init("legalBasis", .string, description: "Base juridique du traitement"),
  ])

  /// The format of an FTAP dossier of the 2023 – 2025 guichet.
  public static let format = format(programme: FTAPGuichet.identifier)

  /// The format of an FTAP dossier of an edition: the common fields and the guichet's own.
  public static func format(programme: ProgrammeIdentifier) -> ObjectFormat {
    DossierBasics.format(programme: [programme.rawValue]).adding(guichetFields)
  }

  /// The guichet's own fields, each declared once: the schema, the reader and the writer
  /// derive from this list.
  static let guichetCodecs: [FieldCodec<FTAPDossier>] = [
    FieldCodec(
      .init(
        "projectTypes", .set(.enumeration(FTAPProjectType.allCases.map(\.rawValue))),
        description: "Types de projet (combinaison possible)"),
      read: { object, dossier throws(InterchangeError) in
        dossier.projectTypes = try object.enumSet("projectTypes", as: FTAPProjectType.self)
      },
      write: { dossier in dossier.projectTypes.map { .array($0) } }),
    FieldCodec(
      .init("dataProvision", .object(dataProvisionFormat), description: "Canaux de mise à disposition des données"),
      read: { object, dossier throws(InterchangeError) in
        guard let reader = try object.object("dataProvision", keys: dataProvisionFormat.keys) else { return }
        dossier.dataProvision = DataProvision(
          openData: try reader.bool("openData"), api: try reader.bool("api"), files: try reader.bool("files"),
          dataSpace: try reader.bool("dataSpace"))
      },
      write: { dossier in
        dossier.dataProvision.map { provision in
          let channels: [(String, Bool?)] = [
            ("openData", provision.openData), ("api", provision.api), ("files", provision.files),
            ("dataSpace", provision.dataSpace),
          ]
          return .object(channels.compactMap { key, flag in flag.map { .init(key, .bool($0)) } })
        }
      }),
    FieldCodec(
      .init(
        "commitments", .object(.flags(FTAPCommitment.self, description: \.frenchName)),
        description: "Principes de qualité et obligations de référencement"),
      read: { object, dossier throws(InterchangeError) in
        dossier.commitments = try object.enumFlags("commitments", as: FTAPCommitment.self)
      },
      write: { dossier in dossier.commitments.map { .flags($0) } }),
    FieldCodec(
      .init(
        "plannedIndicators", .set(.enumeration(FTAPIndicator.allCases.map(\.rawValue))),
        description: "Indicateurs prévus"),
      read: { object, dossier throws(InterchangeError) in
        dossier.plannedIndicators = try object.enumSet("plannedIndicators", as: FTAPIndicator.self)
      },
      write: { dossier in dossier.plannedIndicators.map { .array($0) } }),
    FieldCodec(
      .init("impactModel", .string, description: "Modèle de mesure de l'impact"),
      read: { object, dossier throws(InterchangeError) in dossier.impactModel = try object.string("impactModel") },
      write: { dossier in dossier.impactModel.map { .string($0) } }),
    FieldCodec(
      .init("personalData", .object(personalDataFormat), description: "Traitement de données personnelles"),
      read: { object, dossier throws(InterchangeError) in
        guard let reader = try object.object("personalData", keys: personalDataFormat.keys) else { return }
        dossier.personalData = PersonalDataProcessing(
          processed: try reader.bool("processed"), legalBasis: try reader.string("legalBasis"))
      },
      write: { dossier in
        dossier.personalData.map { data in
          var fields: [JSONValue.Member] = []
          if let processed = data.processed { fields.append(.init("processed", .bool(processed))) }
          if let basis = data.legalBasis { fields.append(.init("legalBasis", .string(basis))) }
          return .object(fields)
        }
      }),
  ]

  /// The guichet's own fields, as the schema lists them.
  static let guichetFields: [ObjectFormat.Field] = guichetCodecs.map(\.field)

  /// The keys of an FTAP dossier object.
  public static let interchangeKeys = format.keys

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
    try self.init(json: json, at: path, programme: FTAPGuichet.identifier)
  }

  /// Reads a dossier of an edition of the guichet.
  ///
  /// - Throws: `InterchangeError` naming the field, at `programme` when the dossier names
  ///   another programme than `programme`.
  public init(json: JSONValue, at path: FieldPath, programme expected: ProgrammeIdentifier) throws(InterchangeError) {
    let object = try JSONObjectReader(json, at: path, keys: Self.interchangeKeys)
    guard let programme = try object.string("programme") else {
      throw InterchangeError(.missingField, at: path.appending("programme"))
    }
    guard programme == expected.rawValue else {
      throw InterchangeError(.unknownValue(programme, allowed: [expected.rawValue]), at: path.appending("programme"))
    }
    var dossier = FTAPDossier(basics: try DossierBasics(reading: object))
    for codec in Self.guichetCodecs { try codec.read(object, into: &dossier) }
    self = dossier
  }

  /// The dossier in its interchange form; absent fields are omitted.
  public var json: JSONValue {
    json(programme: FTAPGuichet.identifier)
  }

  /// The dossier in its interchange form for an edition; absent fields are omitted.
  public func json(programme: ProgrammeIdentifier) -> JSONValue {
    var members: [JSONValue.Member] = [.init("programme", .string(programme.rawValue))]
    members += basics.jsonMembers
    members += Self.guichetCodecs.compactMap { $0.member(of: self) }
    return .object(members)
  }
}
