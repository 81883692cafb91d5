public import FranceRelanceModel

extension MilestoneEvent: InterchangeCodable, Codable {
  // MARK: Interchange

  /// Reads an event: `{"milestone", "type", "date", "by", …}`, the form of an award file's
  /// events (``FTAPAward/replay(json:at:guichet:)``) with the milestone named.
  ///
  /// - Throws: `InterchangeError` naming the field.
  public init(json: JSONValue, at path: FieldPath) throws(InterchangeError) {
    let (action, actor, date) = try FTAPAward.event(json, at: path)
    guard case .object(let members) = json, let number = members.first(where: { $0.key == "milestone" })?.value else {
      throw InterchangeError(.missingField, at: path.appending("milestone"))
    }
    self.init(
      milestone: try JSONObjectReader.integer(number, at: path.appending("milestone"), in: 1...10_000), action: action,
      actor: actor, date: date)
  }

  /// The event in its interchange form.
  public var json: JSONValue {
    var members: [JSONValue.Member] = [.init("milestone", .number(String(milestone)))]
    let by: String
    switch actor {
    case .projectOwner: by = "projectOwner"
    case .dinum: by = "dinum"
    case .other(let name): by = name
    }
    switch action {
    case .submitReport(let report):
      members += [.init("type", .string("report")), .init("indicators", report.json)]
    case .review(.confirmed): members += [.init("type", .string("review")), .init("decision", .string("confirmed"))]
    case .review(.adjusted(let text)):
      members += [
        .init("type", .string("review")), .init("decision", .string("adjusted")), .init("adjustment", .string(text)),
      ]
    case .unlockTranche: members.append(.init("type", .string("unlock")))
    case .withholdTranche(let reason):
      members += [.init("type", .string("withhold")), .init("reason", .string(reason))]
    case .unlockWithheld(let tranche):
      members += [.init("type", .string("unlockWithheld")), .init("tranche", .number(String(tranche)))]
    case .close: members.append(.init("type", .string("close")))
    }
    members += [.init("date", .string(date.isoString)), .init("by", .string(by))]
    return .object(members)
  }
}
