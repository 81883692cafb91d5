extension LedgerEvent: InterchangeCodable, Codable {
  // MARK: Interchange

  /// Reads an event from its interchange form.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty field: unknown `type`, unknown
  ///   fields, a non-positive or malformed amount, an impossible date.
  public init(json: JSONValue, at path: FieldPath) throws(InterchangeError) {
    let object = try JSONObjectReader(
      json, at: path, keys: Self.detailKeys.union(["type", "reference", "envelope", "amount", "date", "beneficiary"]))
    guard case .string(let type) = try object.required("type") else {
      throw InterchangeError(.wrongType(expected: "chaîne", found: "autre"), at: path.appending("type"))
    }
    let reference = try object.reference("reference")
    guard let reference, !reference.isEmpty else {
      throw InterchangeError(.missingField, at: path.appending("reference"))
    }
    let amount = try object.amount("amount")
    guard let amount else { throw InterchangeError(.missingField, at: path.appending("amount")) }
    guard !amount.isZero else {
      throw InterchangeError(.invalid("le montant doit être strictement positif"), at: path.appending("amount"))
    }
    guard let date = try object.date("date") else {
      throw InterchangeError(.missingField, at: path.appending("date"))
    }
    switch type {
    case "commit":
      guard let envelope = try object.reference("envelope") else {
        throw InterchangeError(.missingField, at: path.appending("envelope"))
      }
      let details = try Self.details(object)
      if let tranches = details?.tranches {
        try Self.validate(tranches, amount: amount, committedOn: date, at: path.appending("tranches"))
      }
      self = .committed(
        Commitment(
          reference: reference, envelope: EnvelopeIdentifier(rawValue: envelope), amount: amount,
          date: date, beneficiary: try object.line("beneficiary"), details: details))
    case "release":
      for key in ["envelope", "beneficiary"] + Self.detailKeys.sorted() where object.contains(key) {
        throw InterchangeError(.unknownField, at: path.appending(key))
      }
      self = .released(reference: reference, amount: amount, date: date)
    default:
      throw InterchangeError(.unknownValue(type, allowed: ["commit", "release"]), at: path.appending("type"))
    }
  }

  /// The event in its interchange form.
  public var json: JSONValue {
    switch self {
    case .committed(let commitment):
      var members: [JSONValue.Member] = [
        .init("type", .string("commit")),
        .init("reference", .string(commitment.reference)),
        .init("envelope", .string(commitment.envelope.rawValue)),
        .init("amount", .string(commitment.amount.decimalString)),
        .init("date", .string(commitment.date.isoString)),
      ]
      if let beneficiary = commitment.beneficiary { members.append(.init("beneficiary", .string(beneficiary))) }
      if let details = commitment.details { members += Self.members(details) }
      return .object(members)
    case .released(let reference, let amount, let date):
      return .object([
        "type": .string("release"), "reference": .string(reference),
        "amount": .string(amount.decimalString), "date": .string(date.isoString),
      ])
    }
  }

  // MARK: Award details

  static let detailKeys: Set<String> = [
    "beneficiarySiret", "beneficiaryRna", "conventionDate", "decisionReference", "object", "totalCost", "tranches",
    "readings",
  ]

  private static func details(_ object: JSONObjectReader) throws(InterchangeError) -> AwardDetails? {
    guard detailKeys.contains(where: object.contains) else { return nil }
    var details = AwardDetails()
    if let text = try object.string("beneficiarySiret") {
      do {
        details.beneficiarySIRET = try SIRET(text)
      } catch {
        throw InterchangeError(.invalidSIRET(error), at: object.path.appending("beneficiarySiret"))
      }
    }
    if let rna = try object.string("beneficiaryRna") {
      guard AwardDetails.isRNA(rna) else {
        throw InterchangeError(
          .invalid("un numéro RNA s'écrit W suivi de 9 chiffres"), at: object.path.appending("beneficiaryRna"))
      }
      details.beneficiaryRNA = rna
    }
    details.conventionDate = try object.date("conventionDate")
    details.decisionReference = try object.line("decisionReference")
    if let text = try object.string("object") {
      guard text.unicodeScalars.count < AwardDetails.objectLimit else {
        throw InterchangeError(
          .invalid("objet de " + String(AwardDetails.objectLimit) + " caractères ou plus (SCDL : moins de 256)"),
          at: object.path.appending("object"))
      }
      details.object = text
    }
    details.totalCost = try object.amount("totalCost")
    if let elements = try object.array("tranches") {
      var tranches: [Tranche] = []
      for (index, element) in elements.enumerated() {
        let path = object.path.appending("tranches").appending(index: index)
        let tranche = try JSONObjectReader(element, at: path, keys: ["number", "date", "amount"])
        guard let number = try tranche.integer("number", in: 1...1_000) else {
          throw InterchangeError(.missingField, at: path.appending("number"))
        }
        guard let date = try tranche.date("date") else {
          throw InterchangeError(.missingField, at: path.appending("date"))
        }
        guard let amount = try tranche.amount("amount") else {
          throw InterchangeError(.missingField, at: path.appending("amount"))
        }
        tranches.append(Tranche(number: number, date: date, amount: amount))
      }
      details.tranches = tranches
    }
    if let value = object.value("readings") {
      details.readings = try Self.readings(value, at: object.path.appending("readings"))
    }
    return details
  }

  /// The readings of an award: an object of reading identifiers to variants, each one
  /// printable line.
  ///
  /// - Throws: ``InterchangeError`` at the faulty member.
  package static func readings(_ value: JSONValue, at path: FieldPath) throws(InterchangeError) -> [ReadingSelection
    .Choice]
  {
    let readings = try JSONObjectReader(value, at: path, keys: [], allowingOthers: true)
    var choices: [ReadingSelection.Choice] = []
    for member in readings.members {
      guard !member.key.isEmpty, !member.key.unicodeScalars.contains(where: JSONObjectReader.breaksLine) else {
        throw InterchangeError(.invalid("identifiant de lecture vide ou illisible"), at: path)
      }
      guard let variant = try readings.line(member.key), !variant.isEmpty else {
        throw InterchangeError(.invalid("variante vide"), at: path.appending(member.key))
      }
      choices.append(.init(id: ReadingIdentifier(rawValue: member.key), variant: variant))
    }
    return choices
  }

  /// Checks a commitment's tranches: numbered 1, 2, 3… in order, each positive, dated
  /// strictly in order and not before the commitment, summing exactly to it (the sum
  /// overflow-checked).
  ///
  /// - Throws: ``InterchangeError`` naming the first faulty tranche's field, or `tranches`
  ///   for the sum.
  static func validate(_ tranches: [Tranche], amount: Euros, committedOn date: CalendarDate, at path: FieldPath)
    throws(InterchangeError)
  {
    var total = Euros.zero
    var previous: CalendarDate?
    for (index, tranche) in tranches.enumerated() {
      let at = path.appending(index: index)
      guard tranche.number == index + 1 else {
        throw InterchangeError(
          .invalid("tranche numérotée " + String(tranche.number) + " à la place " + String(index + 1)),
          at: at.appending("number"))
      }
      guard tranche.amount > .zero else {
        throw InterchangeError(.invalid("le montant doit être strictement positif"), at: at.appending("amount"))
      }
      guard tranche.date >= date else {
        throw InterchangeError(
          .invalid(
            "tranche datée du " + tranche.date.frenchDescription + ", avant l'engagement du " + date.frenchDescription),
          at: at.appending("date"))
      }
      if let previous, tranche.date <= previous {
        throw InterchangeError(
          .invalid("tranche datée du " + tranche.date.frenchDescription + ", pas après la précédente"),
          at: at.appending("date")
        )
      }
      previous = tranche.date
      do {
        total = try total + tranche.amount
      } catch {
        throw InterchangeError(.invalid("la somme des tranches dépasse la limite des montants"), at: path)
      }
    }
    guard total == amount else {
      throw InterchangeError(
        .invalid(
          "la somme des tranches (" + total.description + ") diffère du montant engagé (" + amount.description + ")"),
        at: path)
    }
  }

  private static func members(_ details: AwardDetails) -> [JSONValue.Member] {
    var members: [JSONValue.Member] = []
    if let siret = details.beneficiarySIRET { members.append(.init("beneficiarySiret", .string(siret.digits))) }
    if let rna = details.beneficiaryRNA { members.append(.init("beneficiaryRna", .string(rna))) }
    if let date = details.conventionDate { members.append(.init("conventionDate", .string(date.isoString))) }
    if let reference = details.decisionReference { members.append(.init("decisionReference", .string(reference))) }
    if let object = details.object { members.append(.init("object", .string(object))) }
    if let total = details.totalCost { members.append(.init("totalCost", .string(total.decimalString))) }
    if let tranches = details.tranches { members.append(.init("tranches", .array(tranches.map(\.json)))) }
    if let readings = details.readings {
      members.append(.init("readings", .object(readings.map { .init($0.id.rawValue, .string($0.variant)) })))
    }
    return members
  }
}
