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
  ///  "tranches": [], "mandatoryIndicators": []}
  /// ```
  ///
  /// Amounts are strings with two decimals; a finding carries `interpretation` only when
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
  /// The figures in the interchange format; unknown amounts are `null`.
  public var json: JSONValue {
    .object([
      "requested": requested.map { .string($0.decimalString) } ?? .null,
      "cap": cap.map { .string($0.decimalString) } ?? .null,
      "administrationShare": administrationShare.map { .string($0.decimalString) } ?? .null,
    ])
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
