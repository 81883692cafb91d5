public import FranceRelanceModel

extension FTAPDossier: InterchangeCodable, Codable {
  // MARK: Interchange

  /// The format of the data-provision channels.
  public static let dataProvisionFormat = ObjectFormat([
    .init("openData", .boolean, description: "Mise à disposition du grand public (open data)"),
    .init("api", .boolean, description: "Partage de données par API"),
    .init("files", .boolean, description: "Mise à disposition par fichiers"),
    .init("dataSpace", .boolean, description: "Espace commun de données"),
    .init(
      "externalRecipients", .boolean, description: "Données destinées à des tiers externes au ministère producteur"),
  ])

  /// The format of the milestones of one of the five indicators.
  public static let indicatorMilestonesFormat = ObjectFormat([
    .init(
      "indicator", .enumeration(FTAPIndicator.allCases.map(\.rawValue)), required: true,
      description: "Indicateur retenu"),
    .init("milestones", .array(.string), required: true, description: "Cible à chaque jalon de 6 mois, dans l'ordre"),
  ])

  /// The format of an indicator of the project's own.
  public static let ownIndicatorFormat = ObjectFormat([
    .init("name", .string, required: true, description: "Nom de l'indicateur"),
    .init("milestones", .array(.string), required: true, description: "Cible à chaque jalon de 6 mois, dans l'ordre"),
  ])

  /// The format of the deployment strategy.
  public static let deploymentFormat = ObjectFormat([
    .init(
      "strategy", .string, description: "Stratégie de déploiement pour atteindre les jalons des indicateurs retenus"),
    .init("targets", .array(.object(indicatorMilestonesFormat)), description: "Jalons des indicateurs prévus"),
    .init("ownIndicators", .array(.object(ownIndicatorFormat)), description: "Indicateurs propres au projet"),
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
        description: "Types de projet (combinaison possible)", valueLabels: .labels(FTAPProjectType.self, \.frenchName)),
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
          dataSpace: try reader.bool("dataSpace"), externalRecipients: try reader.bool("externalRecipients"))
      },
      write: { dossier in
        dossier.dataProvision.map { provision in
          let channels: [(String, Bool?)] = [
            ("openData", provision.openData), ("api", provision.api), ("files", provision.files),
            ("dataSpace", provision.dataSpace), ("externalRecipients", provision.externalRecipients),
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
        description: "Indicateurs prévus", valueLabels: .labels(FTAPIndicator.self, \.frenchName)),
      read: { object, dossier throws(InterchangeError) in
        dossier.plannedIndicators = try object.enumSet("plannedIndicators", as: FTAPIndicator.self)
      },
      write: { dossier in dossier.plannedIndicators.map { .array($0) } }),
    FieldCodec(
      .init("impactModel", .string, description: "Modèle de mesure de l'impact"),
      read: { object, dossier throws(InterchangeError) in dossier.impactModel = try object.string("impactModel") },
      write: { dossier in dossier.impactModel.map { .string($0) } }),
    FieldCodec(
      .init("deployment", .object(deploymentFormat), description: "Stratégie de déploiement et jalons des indicateurs"),
      read: { object, dossier throws(InterchangeError) in
        guard let reader = try object.object("deployment", keys: deploymentFormat.keys) else { return }
        var deployment = Deployment(strategy: try reader.string("strategy"))
        for entry in try reader.objects("targets", keys: indicatorMilestonesFormat.keys) ?? [] {
          guard let indicator = try entry.enumeration("indicator", as: FTAPIndicator.self) else {
            throw InterchangeError(.missingField, at: entry.path.appending("indicator"))
          }
          if deployment.targets.contains(where: { $0.indicator == indicator }) {
            throw InterchangeError(.invalid("indicateur en double"), at: entry.path.appending("indicator"))
          }
          deployment.targets.append(IndicatorMilestones(indicator, milestones: try milestones(entry)))
        }
        for entry in try reader.objects("ownIndicators", keys: ownIndicatorFormat.keys) ?? [] {
          guard let name = try entry.string("name") else {
            throw InterchangeError(.missingField, at: entry.path.appending("name"))
          }
          deployment.ownIndicators.append(OwnIndicator(name: name, milestones: try milestones(entry)))
        }
        dossier.deployment = deployment
      },
      write: { dossier in
        dossier.deployment.map { deployment in
          var fields: [JSONValue.Member] = []
          if let strategy = deployment.strategy { fields.append(.init("strategy", .string(strategy))) }
          if !deployment.targets.isEmpty {
            fields.append(
              .init(
                "targets",
                .array(
                  deployment.targets.map {
                    .object([
                      .init("indicator", .string($0.indicator.rawValue)),
                      .init("milestones", .array($0.milestones.map(JSONValue.string))),
                    ])
                  })))
          }
          if !deployment.ownIndicators.isEmpty {
            fields.append(
              .init(
                "ownIndicators",
                .array(
                  deployment.ownIndicators.map {
                    .object([
                      .init("name", .string($0.name)), .init("milestones", .array($0.milestones.map(JSONValue.string))),
                    ])
                  })))
          }
          return .object(fields)
        }
      }),
    FieldCodec(
      .init(
        "automaticAwardEstimate", .amount(positive: false),
        description: "Montant total estimé des aides attribuées automatiquement, en euros"),
      read: { object, dossier throws(InterchangeError) in
        dossier.automaticAwardEstimate = try object.amount("automaticAwardEstimate")
      },
      write: { dossier in dossier.automaticAwardEstimate.map { .string($0.decimalString) } }),
    FieldCodec(
      .init(
        "experimentalImpact", .string,
        description: "Comment le projet produit un impact réel, de manière expérimentale, en moins de 6 mois"),
      read: { object, dossier throws(InterchangeError) in
        dossier.experimentalImpact = try object.string("experimentalImpact")
      },
      write: { dossier in dossier.experimentalImpact.map { .string($0) } }),
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

  /// The milestones of an indicator entry: a required array of strings.
  private static func milestones(_ entry: JSONObjectReader) throws(InterchangeError) -> [String] {
    guard let milestones = try entry.strings("milestones") else {
      throw InterchangeError(.missingField, at: entry.path.appending("milestones"))
    }
    return milestones
  }

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
    try self.init(reading: JSONObjectReader(json, at: path, keys: Self.interchangeKeys), programme: expected)
  }

  /// Reads a dossier of an edition from a JSON document, streaming: each field is read
  /// from the document's bytes, with no tree.
  ///
  /// - Throws: `InterchangeError` naming the field, as ``init(json:at:programme:)``.
  public init(document: JSONDocument, programme expected: ProgrammeIdentifier) throws(InterchangeError) {
    try self.init(reading: JSONObjectReader(document, at: .root, keys: Self.interchangeKeys), programme: expected)
  }

  /// Reads a dossier from its object, whose keys were checked.
  private init(reading object: JSONObjectReader, programme expected: ProgrammeIdentifier) throws(InterchangeError) {
    let path = object.path
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

  /// Every input error of a dossier of an edition, one per field (the first of each field),
  /// in field order: unknown keys, the programme, then each field as ``init(json:at:programme:)``
  /// reads it. Empty when that initialiser would succeed.
  public static func inputErrors(json: JSONValue, at path: FieldPath, programme expected: ProgrammeIdentifier)
    -> [InterchangeError]
  {
    let object: JSONObjectReader
    var errors: [InterchangeError]
    do {
      (object, errors) = try JSONObjectReader.collecting(json, at: path, keys: interchangeKeys)
    } catch {
      return [error]
    }
    do {
      if let programme = try object.string("programme") {
        if programme != expected.rawValue {
          errors.append(
            InterchangeError(.unknownValue(programme, allowed: [expected.rawValue]), at: path.appending("programme")))
        }
      } else {
        errors.append(InterchangeError(.missingField, at: path.appending("programme")))
      }
    } catch {
      errors.append(error)
    }
    let (basics, basicErrors) = DossierBasics.reading(collecting: object)
    var dossier = FTAPDossier(basics: basics)
    return errors + basicErrors + FieldCodec.readAll(guichetCodecs, from: object, into: &dossier)
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
