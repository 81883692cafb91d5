extension LedgerEvent: InterchangeCodable, Codable {
  // MARK: Interchange

  /// Reads an event from its interchange form.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty field: unknown `type`, unknown
  ///   fields, a non-positive or malformed amount, an impossible date.
  public init(json: JSONValue, at path: FieldPath) throws(InterchangeError) {
    let object = try JSONObjectReader(
      json, at: path, keys: ["type", "reference", "envelope", "amount", "date", "beneficiary"])
    guard case .string(let type) = try object.required("type") else {
      throw InterchangeError(.wrongType(expected: "chaîne", found: "autre"), at: path.appending("type"))
    }
    let reference = try object.string("reference")
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
      guard let envelope = try object.string("envelope") else {
        throw InterchangeError(.missingField, at: path.appending("envelope"))
      }
      self = .committed(
        Commitment(
          reference: reference, envelope: EnvelopeIdentifier(rawValue: envelope), amount: amount,
          date: date, beneficiary: try object.string("beneficiary")))
    case "release":
      for key in ["envelope", "beneficiary"] where object.contains(key) {
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
      return .object(members)
    case .released(let reference, let amount, let date):
      return .object([
        "type": .string("release"), "reference": .string(reference),
        "amount": .string(amount.decimalString), "date": .string(date.isoString),
      ])
    }
  }
}
