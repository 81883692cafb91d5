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
  /// publishes as its object (`relance award --ledger`). Optional `readings` (`{"ID":
  /// "VARIANT"}`) are the readings the award is made under (the defaults otherwise);
  /// optional `decisions` (`{"RULE": {"verdict": "satisfied" | "notApplicable", "reason":
  /// "…"}}`) record the instructor's decision on each rule the texts leave undetermined, so
  /// that an undetermined dossier can be awarded.
  ///
  /// Event types: `report` (with `indicators`), `review` (`decision`: `confirmed`, or
  /// `adjusted` with `adjustment`), `unlock`, `withhold` (with `reason`), `unlockWithheld`
  /// (with `tranche`, at a later review, under `ftap.tranches.withheld = notUnlocked`),
  /// `close`; `by` is `projectOwner` or `dinum`. Each event is checked as it is replayed: the first bad one
  /// refuses the whole file.
  ///
  /// - Throws: `InterchangeError` naming the field: a bad dossier, amount or date, an
  ///   award the dossier does not allow (at `granted` or `conventionDate`), or the first
  ///   event the reviews refuse (at `events[i]`).
  public static func replay(json: JSONValue, at path: FieldPath = .root, guichet: FTAPGuichet = FTAPGuichet())
    throws(InterchangeError) -> (award: FTAPAward, reviews: MilestoneReviewProcess)
  {
    try replay(json: json, at: path, guichet: guichet, selection: ReadingSelection())
  }

  /// The FTAP guichet an award file's dossier names (`dossier.programme`) among
  /// `registry`'s programmes: the edition whose numbers and rules the award follows, so
  /// that a later edition's awards are replayed under its own numbers.
  ///
  /// ```swift
  /// let guichet = try FTAPAward.guichet(of: json, in: ProgrammeCatalogue.registry)
  /// let (award, reviews) = try FTAPAward.replay(json: json, guichet: guichet)
  /// ```
  ///
  /// - Throws: `InterchangeError` at `dossier` when it is absent, at `dossier.programme`
  ///   when the programme is absent, unknown (the error lists the registered ones) or not
  ///   an FTAP guichet.
  public static func guichet(of json: JSONValue, at path: FieldPath = .root, in registry: ProgrammeRegistry)
    throws(InterchangeError) -> FTAPGuichet
  {
    let object = try JSONObjectReader(json, at: path, keys: [], allowingOthers: true)
    let dossierPath = path.appending("dossier")
    guard let dossier = object.value("dossier") else { throw InterchangeError(.missingField, at: dossierPath) }
    let programme: any FundingProgramme
    do {
      programme = try registry.programme(of: dossier)
    } catch {
      throw InterchangeError(
        error.reason, at: FieldPath(components: dossierPath.components + error.path.components))
    }
    guard let guichet = programme as? FTAPGuichet else {
      throw InterchangeError(
        .invalid("« " + programme.identifier.rawValue + " » n'est pas un guichet FTAP : pas de subvention à suivre"),
        at: dossierPath.appending("programme"))
    }
    return guichet
  }

  /// Reads an award file as ``replay(json:at:guichet:)`` does, with `selection` chosen over
  /// the file's `readings` (`relance award --reading ID=VARIANT`).
  ///
  /// - Throws: `InterchangeError` naming the field; an unknown reading or variant, of the
  ///   file or of `selection`, at `readings`.
  public static func replay(
    json: JSONValue, at path: FieldPath = .root, guichet: FTAPGuichet = FTAPGuichet(), selection: ReadingSelection
  ) throws(InterchangeError) -> (award: FTAPAward, reviews: MilestoneReviewProcess) {
    let object = try JSONObjectReader(
      json, at: path,
      keys: ["dossier", "granted", "conventionDate", "envelope", "object", "readings", "decisions", "events"])
    var chosen = ReadingSelection()
    if let value = object.value("readings") {
      chosen.choices = try LedgerEvent.readings(value, at: path.appending("readings"))
    }
    chosen.choices += selection.choices
    let readings: FTAPReadings
    do {
      readings = try FTAPReadings(chosen)
    } catch {
      throw InterchangeError(.invalid(error.description), at: path.appending("readings"))
    }
    var decisions: [RuleIdentifier: InstructorDecision] = [:]
    if let value = object.value("decisions") {
      let at = path.appending("decisions")
      let members = try JSONObjectReader(value, at: at, keys: [], allowingOthers: true)
      for member in members.members {
        let rule = try JSONObjectReader(member.value, at: at.appending(member.key), keys: ["verdict", "reason"])
        let verdict: InstructorDecision.Verdict
        switch try rule.string("verdict") {
        case let text? where InstructorDecision.Verdict(rawValue: text) != nil: verdict = .init(rawValue: text)!
        case let text?:
          throw InterchangeError(
            .unknownValue(text, allowed: InstructorDecision.Verdict.allCases.map(\.rawValue)),
            at: at.appending(member.key).appending("verdict"))
        case nil: throw InterchangeError(.missingField, at: at.appending(member.key).appending("verdict"))
        }
        guard let reason = try rule.string("reason") else {
          throw InterchangeError(.missingField, at: at.appending(member.key).appending("reason"))
        }
        do {
          decisions[RuleIdentifier(rawValue: member.key)] = try InstructorDecision(verdict, reason: reason)
        } catch {
          throw InterchangeError(.invalid(error.description), at: at.appending(member.key).appending("reason"))
        }
      }
    }
    // « envelope » and « object » are for the ledger (``ledgerEvents(after:envelope:object:)``).
    _ = try object.string("envelope")
    _ = try object.string("object")
    let dossier = try FTAPDossier(
      json: try object.required("dossier"), at: path.appending("dossier"), programme: guichet.identifier)
    guard let granted = try object.amount("granted") else {
      throw InterchangeError(.missingField, at: path.appending("granted"))
    }
    guard let convention = try object.date("conventionDate") else {
      throw InterchangeError(.missingField, at: path.appending("conventionDate"))
    }
    let award: FTAPAward
    do {
      award = try FTAPAward(
        dossier: dossier, granted: granted, conventionDate: convention, guichet: guichet, readings: readings,
        decisions: decisions)
    } catch {
      let field: String =
        switch error {
        case .conventionBeforeFiling, .conventionAfterStart: "conventionDate"
        case .noReference: "dossier.reference"
        case .undecided, .decisionWithoutDoubt: "decisions"
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
    let chosen = readings.applied.filter { !$0.isDefault }
    if !chosen.isEmpty {
      members.append(.init("readings", .object(chosen.map { .init($0.id.rawValue, .string($0.variant)) })))
    }
    if !decisions.isEmpty { members.append(.init("decisions", decisionsJSON)) }
    members.append(.init("events", .array(reviews.history.map(\.json))))
    return .object(members)
  }

  /// One review event.
  static func event(_ json: JSONValue, at path: FieldPath) throws(InterchangeError) -> (
    MilestoneAction, Participant, CalendarDate
  ) {
    let object = try JSONObjectReader(
      json, at: path,
      keys: ["milestone", "type", "date", "by", "indicators", "decision", "adjustment", "reason", "tranche"])
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
    case "unlockWithheld":
      allowed = ["tranche"]
      guard let tranche = try object.integer("tranche", in: 1...1_000) else {
        throw InterchangeError(.missingField, at: path.appending("tranche"))
      }
      action = .unlockWithheld(tranche: tranche)
    case "close":
      allowed = []
      action = .close
    default:
      throw InterchangeError(
        .unknownValue(type, allowed: ["report", "review", "unlock", "withhold", "unlockWithheld", "close"]),
        at: path.appending("type"))
    }
    for key in ["indicators", "decision", "adjustment", "reason", "tranche"]
    where !allowed.contains(key) && object.contains(key) {
      throw InterchangeError(.unknownField, at: path.appending(key))
    }
    return (action, actor, date)
  }
}
