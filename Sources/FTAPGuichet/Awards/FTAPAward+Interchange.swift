public import FranceRelanceModel

extension FTAPAward {
  // MARK: The award file

  /// An award file as it is read: the award and its milestone reviews replayed from their
  /// events, or the first problem, with the field path it concerns.
  ///
  /// ```json
  /// {"dossier": { … an FTAP dossier … }, "granted": "400000.00", "conventionDate": "2024-06-03",
  ///  "events": [
  ///    {"type": "report", "date": "2024-12-03", "by": "projectOwner",
  ///     "indicators": {"transmissions": 12400, "accessDelayDays": [3, 10, 5, 8]}},
  ///    {"type": "review", "date": "2024-12-10", "by": "dinum", "decision": "confirmed"},
  ///    {"type": "unlock", "date": "2024-12-11", "by": "dinum"}]}
  /// ```
  ///
  /// Optional `envelope` and `object` say where the grant is committed and what SCDL
  /// publishes as its object (`relance award --ledger`).
  ///
  /// Event types: `report` (with `indicators`), `review` (`decision`: `confirmed`, or
  /// `adjusted` with `adjustment`), `unlock`, `withhold` (with `reason`), `close`; `by` is
  /// `projectOwner` or `dinum`. Each event is checked as it is replayed: the first bad one
  /// refuses the whole file.
  ///
  /// - Throws: `InterchangeError` naming the field: a bad dossier, amount or date, an
  ///   award the dossier does not allow (at `granted` or `conventionDate`), or the first
  ///   event the reviews refuse (at `events[i]`).
  public static func replay(json: JSONValue, at path: FieldPath = .root, guichet: FTAPGuichet = FTAPGuichet())
    throws(InterchangeError) -> (award: FTAPAward, reviews: MilestoneReviewProcess)
  {
    let object = try JSONObjectReader(
      json, at: path, keys: ["dossier", "granted", "conventionDate", "envelope", "object", "events"])
    // « envelope » and « object » are for the ledger (``ledgerEvents(after:envelope:object:)``).
    _ = try object.string("envelope")
    _ = try object.string("object")
    let dossier = try FTAPDossier(json: try object.required("dossier"), at: path.appending("dossier"))
    guard let granted = try object.amount("granted") else {
      throw InterchangeError(.missingField, at: path.appending("granted"))
    }
    guard let convention = try object.date("conventionDate") else {
      throw InterchangeError(.missingField, at: path.appending("conventionDate"))
    }
    let award: FTAPAward
    do {
      award = try FTAPAward(dossier: dossier, granted: granted, conventionDate: convention, guichet: guichet)
    } catch {
      let field: String =
        switch error {
        case .conventionBeforeFiling, .conventionAfterStart: "conventionDate"
        case .noReference: "dossier.reference"
        default: "granted"
        }
      throw InterchangeError(.invalid(error.description), at: path.appending(field))
    }
    var reviews = award.reviews
    for (index, element) in (try object.array("events") ?? []).enumerated() {
      let at = path.appending("events").appending(index: index)
      let (action, actor, date) = try event(element, at: at)
      // An event may name its milestone (as MilestoneEvent.json writes it): it must be the
      // one under review.
      if case .object(let members) = element, let named = members.first(where: { $0.key == "milestone" })?.value {
        let number = try JSONObjectReader.integer(named, at: at.appending("milestone"), in: 1...10_000)
        guard number == reviews.current?.number else {
          throw InterchangeError(
            .invalid(
              "jalon " + String(number) + " nommé, alors que le jalon en revue est le "
                + (reviews.current.map { String($0.number) } ?? "aucun")),
            at: at.appending("milestone"))
        }
      }
      do {
        try reviews.apply(action, by: actor, on: date)
      } catch {
        throw InterchangeError(.invalid(error.description), at: at)
      }
    }
    return (award, reviews)
  }

  /// The award file of an award and its reviews: what ``replay(json:at:guichet:)`` reads
  /// back to the same values.
  public func json(reviews: MilestoneReviewProcess, envelope: EnvelopeIdentifier? = nil, object: String? = nil)
    -> JSONValue
  {
    var members: [JSONValue.Member] = [
      .init("dossier", dossier.json), .init("granted", .string(granted.decimalString)),
      .init("conventionDate", .string(conventionDate.isoString)),
    ]
    if let envelope { members.append(.init("envelope", .string(envelope.rawValue))) }
    if let object { members.append(.init("object", .string(object))) }
    members.append(.init("events", .array(reviews.history.map(\.json))))
    return .object(members)
  }

  /// One review event.
  static func event(_ json: JSONValue, at path: FieldPath) throws(InterchangeError) -> (
    MilestoneAction, Participant, CalendarDate
  ) {
    let object = try JSONObjectReader(
      json, at: path, keys: ["milestone", "type", "date", "by", "indicators", "decision", "adjustment", "reason"])
    guard let type = try object.string("type") else {
      throw InterchangeError(.missingField, at: path.appending("type"))
    }
    guard let date = try object.date("date") else { throw InterchangeError(.missingField, at: path.appending("date")) }
    let actor: Participant
    switch try object.string("by") {
    case "projectOwner"?: actor = .projectOwner
    case "dinum"?: actor = .dinum
    case let other?:
      throw InterchangeError(.unknownValue(other, allowed: ["projectOwner", "dinum"]), at: path.appending("by"))
    case nil: throw InterchangeError(.missingField, at: path.appending("by"))
    }
    let allowed: Set<String>
    let action: MilestoneAction
    switch type {
    case "report":
      allowed = ["indicators"]
      guard let indicators = try object.object("indicators", keys: IndicatorReport.interchangeKeys) else {
        throw InterchangeError(.missingField, at: path.appending("indicators"))
      }
      action = .submitReport(try IndicatorReport(reading: indicators))
    case "review":
      allowed = ["decision", "adjustment"]
      switch try object.string("decision") {
      case "confirmed"?: action = .review(.confirmed)
      case "adjusted"?:
        guard let text = try object.string("adjustment"),
          text.unicodeScalars.contains(where: { !$0.properties.isWhitespace })
        else { throw InterchangeError(.missingField, at: path.appending("adjustment")) }
        action = .review(.adjusted(text))
      case let other?:
        throw InterchangeError(
          .unknownValue(other, allowed: ["confirmed", "adjusted"]), at: path.appending("decision"))
      case nil: throw InterchangeError(.missingField, at: path.appending("decision"))
      }
    case "unlock":
      allowed = []
      action = .unlockTranche
    case "withhold":
      allowed = ["reason"]
      guard let reason = try object.string("reason"),
        reason.unicodeScalars.contains(where: { !$0.properties.isWhitespace })
      else { throw InterchangeError(.missingField, at: path.appending("reason")) }
      action = .withholdTranche(reason: reason)
    case "close":
      allowed = []
      action = .close
    default:
      throw InterchangeError(
        .unknownValue(type, allowed: ["report", "review", "unlock", "withhold", "close"]), at: path.appending("type"))
    }
    for key in ["indicators", "decision", "adjustment", "reason"] where !allowed.contains(key) && object.contains(key) {
      throw InterchangeError(.unknownField, at: path.appending(key))
    }
    return (action, actor, date)
  }
}
