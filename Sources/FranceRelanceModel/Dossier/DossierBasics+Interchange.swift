extension DossierBasics {
  // MARK: Interchange

  /// The format of the applicant object.
  public static let applicantFormat = ObjectFormat([
    .init("name", .string, description: "Nom du porteur"),
    .init(
      "kind", .enumeration(ApplicantKind.allCases.map(\.rawValue)), description: "Type de porteur",
      valueLabels: .labels(ApplicantKind.self, \.frenchName)),
    .init("siret", .siret, description: "SIRET de l'établissement porteur (clé de Luhn vérifiée)"),
  ])

  /// The common fields, each declared once: the schema, the reader and the writer derive
  /// from this list. Read in this order, so that a later field can be checked against an
  /// earlier one (personnel costs against the total cost).
  public static let codecs: [FieldCodec<DossierBasics>] = [
    FieldCodec(
      .init("reference", .string, description: "Référence du dossier"),
      read: { object, basics throws(InterchangeError) in basics.reference = try object.line("reference") },
      write: { basics in basics.reference.map { .string($0) } }),
    FieldCodec(
      .init("filedOn", .date, description: "Date de dépôt"),
      read: { object, basics throws(InterchangeError) in basics.filedOn = try object.date("filedOn") },
      write: { basics in basics.filedOn.map { .string($0.isoString) } }),
    FieldCodec(
      .init("applicant", .object(applicantFormat), description: "Porteur du projet"),
      read: { object, basics throws(InterchangeError) in
        guard let applicant = try object.object("applicant", keys: applicantFormat.keys) else { return }
        var siret: SIRET?
        if let text = try applicant.string("siret") {
          do throws(SIRET.Invalid) {
            siret = try SIRET(text)
          } catch {
            throw InterchangeError(.invalidSIRET(error), at: object.path.appending("applicant").appending("siret"))
          }
        }
        basics.applicant = Applicant(
          name: try applicant.line("name"), kind: try applicant.enumeration("kind", as: ApplicantKind.self),
          siret: siret)
      },
      write: { basics in
        basics.applicant.map { applicant in
          var fields: [JSONValue.Member] = []
          if let name = applicant.name { fields.append(.init("name", .string(name))) }
          if let kind = applicant.kind { fields.append(.init("kind", .string(kind.rawValue))) }
          if let siret = applicant.siret { fields.append(.init("siret", .string(siret.digits))) }
          return .object(fields)
        }
      }),
    FieldCodec(
      .init("totalCost", .amount(positive: true), description: "Coût total du projet, en euros"),
      read: { object, basics throws(InterchangeError) in
        basics.totalCost = try object.amount("totalCost")
        if let total = basics.totalCost, total.isZero {
          throw InterchangeError(
            .invalid("le coût total doit être strictement positif"), at: object.path.appending("totalCost"))
        }
      },
      write: { basics in basics.totalCost.map { .string($0.decimalString) } }),
    FieldCodec(
      .init("personnelCost", .amount(positive: false), description: "Dépenses de personnel (Titre 2), en euros"),
      read: { object, basics throws(InterchangeError) in
        basics.personnelCost = try object.amount("personnelCost")
        if let personnel = basics.personnelCost, let total = basics.totalCost, personnel > total {
          throw InterchangeError(
            .invalid(
              "les dépenses de personnel (" + personnel.description + ") dépassent le coût total ("
                + total.description + ")"),
            at: object.path.appending("personnelCost"))
        }
      },
      write: { basics in basics.personnelCost.map { .string($0.decimalString) } }),
    FieldCodec(
      .init("requestedCoFinancing", .amount(positive: true), description: "Cofinancement demandé, en euros"),
      read: { object, basics throws(InterchangeError) in
        basics.requestedCoFinancing = try object.amount("requestedCoFinancing")
        // A request of 0 € asks for nothing: not a request (design v2 §5).
        if let requested = basics.requestedCoFinancing, requested.isZero {
          throw InterchangeError(
            .invalid("le cofinancement demandé doit être strictement positif"),
            at: object.path.appending("requestedCoFinancing"))
        }
      },
      write: { basics in basics.requestedCoFinancing.map { .string($0.decimalString) } }),
    FieldCodec(
      .init("durationMonths", .integer(1...durationLimit), description: "Durée du projet, en mois"),
      read: { object, basics throws(InterchangeError) in
        basics.durationMonths = try object.integer("durationMonths", in: 1...durationLimit)
      },
      write: { basics in basics.durationMonths.map { .number(String($0)) } }),
    FieldCodec(
      .init("startDate", .date, description: "Date de démarrage"),
      read: { object, basics throws(InterchangeError) in
        basics.startDate = try object.date("startDate")
        // A project must end within the calendar: its tranches and milestones are dated.
        if let start = basics.startDate, let months = basics.durationMonths,
          !start.fitsCalendar(addingMonths: months)
        {
          throw InterchangeError(
            .outOfRange(
              "un projet de " + String(months) + " mois démarrant ce jour finirait après le 31 décembre 9999"),
            at: object.path.appending("startDate"))
        }
      },
      write: { basics in basics.startDate.map { .string($0.isoString) } }),
  ]

  /// The common fields of a dossier object, with `programme` fixed to `programme`.
  public static func format(programme: [String]) -> ObjectFormat {
    ObjectFormat(
      [
        .init(
          "programme", programme.count == 1 ? .constant(programme[0]) : .enumeration(programme), required: true,
          description: "Identifiant du programme ou de l'appel")
      ] + codecs.map(\.field))
  }

  /// The keys of the common fields in a dossier object.
  public static let interchangeKeys: Set<String> = format(programme: [""]).keys

  /// The longest duration accepted, in months (50 years): beyond is not a project.
  public static let durationLimit = 600

  /// Reads the common fields from a dossier object.
  ///
  /// Checks, each naming its field: amounts are not negative and have at most two
  /// decimals, the total cost and the request are positive, personnel costs do not exceed the total cost
  /// (an impossible budget, not a rule to assess; a request above the total cost is left to
  /// the co-financing rule), the duration is 1 to 600 months, dates exist, the SIRET passes its check, the applicant kind is known.
  ///
  /// - Throws: ``InterchangeError``.
  public init(reading object: JSONObjectReader) throws(InterchangeError) {
    self.init()
    for codec in Self.codecs { try codec.read(object, into: &self) }
  }

  /// Reads the common fields that can be read, with the error of each one that cannot.
  public static func reading(collecting object: JSONObjectReader) -> (basics: DossierBasics, errors: [InterchangeError])
  {
    var basics = DossierBasics()
    let errors = FieldCodec.readAll(codecs, from: object, into: &basics)
    return (basics, errors)
  }

  /// The common fields as members of a dossier object (absent fields are omitted).
  public var jsonMembers: [JSONValue.Member] {
    Self.codecs.compactMap { $0.member(of: self) }
  }
}
