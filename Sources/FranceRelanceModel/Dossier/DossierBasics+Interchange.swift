extension DossierBasics {
  // MARK: Interchange

  /// The format of the applicant object.
  public static let applicantFormat = ObjectFormat([
    .init("name", .string, description: "Nom du porteur"),
    .init("kind", .enumeration(ApplicantKind.allCases.map(\.rawValue)), description: "Type de porteur"),
    .init("siret", .siret, description: "SIRET de l'établissement porteur (clé de Luhn vérifiée)"),
  ])

  /// The common fields of a dossier object, with `programme` fixed to `programme`.
  public static func format(programme: [String]) -> ObjectFormat {
    ObjectFormat([
      .init(
        "programme", programme.count == 1 ? .constant(programme[0]) : .enumeration(programme), required: true,
        description: "Identifiant du programme ou de l'appel"),
      .init("reference", .string, description: "Référence du dossier"),
      .init("filedOn", .date, description: "Date de dépôt"),
      .init("applicant", .object(applicantFormat), description: "Porteur du projet"),
      .init("totalCost", .amount(positive: true), description: "Coût total du projet, en euros"),
      .init("personnelCost", .amount(positive: false), description: "Dépenses de personnel (Titre 2), en euros"),
      .init("requestedCoFinancing", .amount(positive: false), description: "Cofinancement demandé, en euros"),
      .init("durationMonths", .integer(1...durationLimit), description: "Durée du projet, en mois"),
      .init("startDate", .date, description: "Date de démarrage"),
    ])
  }

  /// The keys of the common fields in a dossier object.
  public static let interchangeKeys: Set<String> = format(programme: [""]).keys

  /// The longest duration accepted, in months (50 years): beyond is not a project.
  public static let durationLimit = 600

  /// Reads the common fields from a dossier object.
  ///
  /// Checks, each naming its field: amounts are not negative and have at most two
  /// decimals, the total cost is positive, personnel costs do not exceed the total cost
  /// (an impossible budget, not a rule to assess; a request above the total cost is left to
  /// the co-financing rule), the duration is 1 to 600 months, dates exist, the SIRET passes its check, the applicant kind is known.
  ///
  /// - Throws: ``InterchangeError``.
  public init(reading object: JSONObjectReader) throws(InterchangeError) {
    let path = object.path
    reference = try object.string("reference")
    filedOn = try object.date("filedOn")
    if let applicantObject = try object.object("applicant", keys: Self.applicantFormat.keys) {
      var siret: SIRET?
      if let text = try applicantObject.string("siret") {
        do {
          siret = try SIRET(text)
        } catch {
          throw InterchangeError(.invalidSIRET(error), at: path.appending("applicant").appending("siret"))
        }
      }
      applicant = Applicant(
        name: try applicantObject.string("name"),
        kind: try applicantObject.enumeration("kind", as: ApplicantKind.self), siret: siret)
    }
    totalCost = try object.amount("totalCost")
    if let totalCost, totalCost.isZero {
      throw InterchangeError(.invalid("le coût total doit être strictement positif"), at: path.appending("totalCost"))
    }
    personnelCost = try object.amount("personnelCost")
    if let personnelCost, let totalCost, personnelCost > totalCost {
      throw InterchangeError(
        .invalid(
          "les dépenses de personnel (" + personnelCost.description + ") dépassent le coût total ("
            + totalCost.description + ")"),
        at: path.appending("personnelCost"))
    }
    requestedCoFinancing = try object.amount("requestedCoFinancing")
    durationMonths = try object.integer("durationMonths", in: 1...Self.durationLimit)
    startDate = try object.date("startDate")
  }

  /// The common fields as members of a dossier object (absent fields are omitted).
  public var jsonMembers: [JSONValue.Member] {
    var members: [JSONValue.Member] = []
    if let reference { members.append(.init("reference", .string(reference))) }
    if let filedOn { members.append(.init("filedOn", .string(filedOn.isoString))) }
    if let applicant {
      var fields: [JSONValue.Member] = []
      if let name = applicant.name { fields.append(.init("name", .string(name))) }
      if let kind = applicant.kind { fields.append(.init("kind", .string(kind.rawValue))) }
      if let siret = applicant.siret { fields.append(.init("siret", .string(siret.digits))) }
      members.append(.init("applicant", .object(fields)))
    }
    for (key, amount) in [
      ("totalCost", totalCost), ("personnelCost", personnelCost), ("requestedCoFinancing", requestedCoFinancing),
    ] {
      if let amount { members.append(.init(key, .string(amount.decimalString))) }
    }
    if let durationMonths { members.append(.init("durationMonths", .number(String(durationMonths)))) }
    if let startDate { members.append(.init("startDate", .string(startDate.isoString))) }
    return members
  }
}
