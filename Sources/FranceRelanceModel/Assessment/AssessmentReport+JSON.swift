extension AssessmentReport {
  // MARK: Interchange

  /// The report in the interchange format of `relance assess --json`.
  ///
  /// ```json
  /// {"programme": "relance-cvd-aap1", "reference": "…", "status": "ineligible",
  ///  "findings": [{"rule": "relance.window", "outcome": "satisfied", "message": "…",
  ///                "citation": {"source": "003_…", "location": "…", "quote": "…"}}],
  ///  "coFinancing": {"requested": "800000.00", "cap": "750000.00",
  ///                  "administrationShare": "200000.00"},
  ///  "tranches": [], "mandatoryIndicators": [], "remedies": []}
  /// ```
  ///
  /// Amounts are strings with two decimals. `remedies` lists the smallest numeric changes
  /// that would bring the dossier within the limits, and `remediesSuffice` (present only
  /// when there are remedies) says whether they make it eligible. A finding carries
  /// `interpretation` only when
  /// its rule reads beyond the letter of the text, and `missingFields` only when its
  /// outcome is `missingInput`.
  public var json: JSONValue {
    var members: [JSONValue.Member] = [
      .init("programme", .string(assessment.programme.rawValue)),
      .init("reference", .string(orNull: assessment.reference)),
      .init("status", .string(status.rawValue)),
      .init("findings", .array(assessment.findings.map(\.json))),
    ]
    members.append(.init("coFinancing", coFinancing.map(\.json) ?? .null))
    members.append(.init("tranches", .array(tranches.map(\.json))))
    members.append(.init("mandatoryIndicators", .array(mandatoryIndicators.map(JSONValue.string))))
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
      members.append(.init("missingFields", .array(fields.map { .string($0.description) })))
    }
    members.append(.init("message", .string(message)))
    members.append(.init("citation", rule.citation.json))
    if let interpretation = rule.interpretation {
      members.append(.init("interpretation", .string(interpretation)))
    }
    return .object(members)
  }
}

extension Citation {
  /// The citation in the interchange format: `{"source", "location", "quote"}`.
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
    if let bindingLimit { members.append(.init("bindingLimit", .string(bindingLimit))) }
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
