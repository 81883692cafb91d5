public import FranceRelanceModel

extension IndicatorReport: InterchangeCodable, Codable {
  // MARK: Interchange

  /// The keys of a report's indicator values.
  public static let interchangeKeys: Set<String> = [
    "beneficiaries", "conversion", "reuses", "transmissions", "accessDelayDays",
  ]

  /// Reads a milestone report's indicator values:
  /// `{"beneficiaries": {"informed", "automatic"}, "conversion": {"proceduresCompleted",
  /// "usersContacted"}, "reuses", "transmissions", "accessDelayDays": [ … ]}`, each optional.
  ///
  /// - Throws: `InterchangeError` naming the field: a negative or fractional count, an
  ///   unknown key.
  public init(json: JSONValue, at path: FieldPath) throws(InterchangeError) {
    try self.init(reading: try JSONObjectReader(json, at: path, keys: Self.interchangeKeys))
  }

  /// Reads the values from an object reader.
  init(reading object: JSONObjectReader) throws(InterchangeError) {
    let countLimit = 0...1_000_000_000
    var report = IndicatorReport()
    defer { self = report }
    func checked<Value>(_ path: FieldPath, _ make: () throws(IndicatorReport.InvalidValue) -> Value)
      throws(InterchangeError) -> Value
    {
      do { return try make() } catch { throw InterchangeError(.invalid(error.description), at: path) }
    }
    if let counts = try object.object("beneficiaries", keys: ["informed", "automatic"]) {
      let informed = try counts.integer("informed", in: countLimit) ?? 0
      let automatic = try counts.integer("automatic", in: countLimit) ?? 0
      report.beneficiaries = try checked(counts.path) { () throws(IndicatorReport.InvalidValue) in
        try IndicatorReport.Beneficiaries(informed: informed, automatic: automatic)
      }
    }
    if let counts = try object.object("conversion", keys: ["proceduresCompleted", "usersContacted"]) {
      let completed = try counts.integer("proceduresCompleted", in: countLimit) ?? 0
      let contacted = try counts.integer("usersContacted", in: countLimit) ?? 0
      report.conversion = try checked(counts.path) { () throws(IndicatorReport.InvalidValue) in
        try IndicatorReport.Conversion(proceduresCompleted: completed, usersContacted: contacted)
      }
    }
    report.reuses = try object.integer("reuses", in: countLimit)
    report.transmissions = try object.integer("transmissions", in: countLimit)
    if let elements = try object.array("accessDelayDays") {
      var days: [Int] = []
      for (index, element) in elements.enumerated() {
        days.append(
          try JSONObjectReader.integer(
            element, at: object.path.appending("accessDelayDays").appending(index: index), in: 0...36_500))
      }
      report.accessDelay = try checked(object.path.appending("accessDelayDays")) {
        () throws(IndicatorReport.InvalidValue) in try IndicatorReport.AccessDelay(days: days)
      }
    }
  }

  /// The values in their interchange form (absent indicators omitted).
  public var json: JSONValue {
    var members: [JSONValue.Member] = []
    if let beneficiaries {
      members.append(
        .init(
          "beneficiaries",
          .object([
            .init("informed", .number(String(beneficiaries.informed))),
            .init("automatic", .number(String(beneficiaries.automatic))),
          ])))
    }
    if let conversion {
      members.append(
        .init(
          "conversion",
          .object([
            .init("proceduresCompleted", .number(String(conversion.proceduresCompleted))),
            .init("usersContacted", .number(String(conversion.usersContacted))),
          ])))
    }
    if let reuses { members.append(.init("reuses", .number(String(reuses)))) }
    if let transmissions { members.append(.init("transmissions", .number(String(transmissions)))) }
    if let accessDelay {
      members.append(.init("accessDelayDays", .array(accessDelay.days.map { .number(String($0)) })))
    }
    return .object(members)
  }
}
