extension AssessmentReport {
  // MARK: Interchange

  /// The report in the interchange format of `relance assess --json` (design §6).
  ///
  /// ```json
  /// {"programme": "ftap-data-2023", "edition": "2023 – 2025", "reference": "…",
  ///  "status": "ineligible",
  ///  "findings": [{"rule": "ftap.size", "outcome": "violated", "message": "…",
  ///                "citation": {"source": "004_…", "location": "…", "quote": "…"},
  ///                "reading": {"id": "ftap.size.bounds", "variant": "hard"}}],
  ///  "readings": [{"id": "ftap.size.bounds", "variant": "hard", "isDefault": true}],
  ///  "sensitivity": [{"reading": "ftap.size.bounds", "variant": "guidance", "status": "undetermined"}],
  ///  "coFinancing": {"requested": "800000.00", "cap": "750000.00",
  ///                  "administrationShare": "200000.00", "bindingLimit": "rate"},
  ///  "tranches": [], "mandatoryIndicators": [], "remedies": []}
  /// ```
  ///
  /// Amounts are strings with two decimals. A finding carries `interpretation` when its
  /// rule reads beyond the letter, `reading` when its outcome depends on a switchable
  /// reading, and `missing` (field paths) when its outcome is `missingInput`. `remedies`
  /// lists the smallest numeric changes that would bring the dossier within the limits,
  /// and `remediesSuffice` (present only with remedies) whether they make it eligible.
  public var json: JSONValue {
    var members: [JSONValue.Member] = [
      .init("programme", .string(assessment.programme.rawValue)),
      .init("edition", .string(edition)),
      .init("reference", .string(orNull: assessment.reference)),
      .init("status", .string(status.rawValue)),
      .init("findings", .array(assessment.findings.map(\.json))),
      .init("readings", .array(readings.map(\.json))),
      .init("sensitivity", .array(sensitivity.map(\.json))),
    ]
    members.append(.init("coFinancing", coFinancing.map(\.json) ?? .null))
    members.append(.init("tranches", .array(tranches.map(\.json))))
    members.append(.init("mandatoryIndicators", .array(mandatoryIndicators.map { .string($0.id.rawValue) })))
    members.append(.init("remedies", .array(remedies.map(\.json))))
    if let remediesSuffice { members.append(.init("remediesSuffice", .bool(remediesSuffice))) }
    return .object(members)
  }
}

extension Finding {
  /// The finding in the interchange format.
  public var json: JSONValue {
    var members: [JSONValue.Member] = [
      .init("rule", .string(rule.id.rawValue)),
      .init("outcome", .string(outcome.name)),
    ]
    if case .missingInput(let fields) = outcome {
      members.append(.init("missing", .array(fields.map { .string($0.description) })))
    }
    members.append(.init("message", .string(message)))
    members.append(.init("citation", rule.citation.json))
    if let interpretation = rule.interpretation {
      members.append(.init("interpretation", .string(interpretation)))
    }
    if let reading {
      members.append(
        .init(
          "reading", .object([.init("id", .string(reading.id.rawValue)), .init("variant", .string(reading.variant))])))
    }
    return .object(members)
  }
}

extension Citation {
  /// The citation in the interchange format: `{"source", "location", "quote"}`, where
  /// `source` is the seed file's key.
  public var json: JSONValue {
    .object([
      "source": .string(source.rawValue), "location": .string(location), "quote": .string(quote),
    ])
  }
}

extension CoFinancing {
  /// The figures in the interchange format; unknown amounts are `null`. The effective
  /// rate is a percentage with two decimals, rounded down (`"37.50"`).
  public var json: JSONValue {
    var members: [JSONValue.Member] = [
      .init("requested", requested.map { .string($0.decimalString) } ?? .null),
      .init("cap", cap.map { .string($0.decimalString) } ?? .null),
      .init("administrationShare", administrationShare.map { .string($0.decimalString) } ?? .null),
      .init("effectiveRatePercent", effectiveRate.map { .string($0.percentString) } ?? .null),
    ]
    if let bindingLimit { members.append(.init("bindingLimit", .string(bindingLimit.rawValue))) }
    return .object(members)
  }
}

extension Tranche {
  /// The tranche in the interchange format: `{"number", "date", "amount"}`.
  public var json: JSONValue {
    .object([
      "number": .number(String(number)), "date": .string(date.isoString),
      "amount": .string(amount.decimalString),
    ])
  }
}
