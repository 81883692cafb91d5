extension AssessmentReport {
  // MARK: Interchange

  /// The report in the interchange format of `relance assess --json` (design §6).
  ///
  /// ```json
  /// {"programme": "ftap-data-2023", "edition": "2023 – 2025", "reference": "…",
  ///  "status": "ineligible",
  ///  "findings": [{"rule": "ftap.size", "outcome": "violated", "message": "…",
  ///                "citation": [{"source": "004_…", "location": "…", "quote": "…"}],
  ///                "reading": {"id": "ftap.size.bounds", "variant": "hard"}}],
  ///  "readings": [{"id": "ftap.size.bounds", "variant": "hard", "isDefault": true}],
  ///  "sensitivity": [{"reading": "ftap.size.bounds", "variant": "guidance", "status": "undetermined"}],
  ///  "coFinancing": {"requested": "800000.00", "cap": "750000.00",
  ///                  "administrationShare": "200000.00", "bindingLimit": "rate"},
  ///  "tranches": [], "mandatoryIndicators": [], "remedies": []}
  /// ```
  ///
  /// Amounts are strings with two decimals. A finding's `citation` lists every sentence of
  /// its rule, the one that decided the outcome first. A finding carries `interpretation` when its
  /// rule reads beyond the letter, `reading` when its outcome depends on a switchable
  /// reading, and `missing` (field paths) when its outcome is `missingInput`. `remedies`
  /// lists the smallest numeric changes that would bring the dossier within the limits,
  /// and `remediesSuffice` (present only with remedies) whether they make it eligible.
  /// ``appendJSON(to:leadingMembers:)`` writes the same document as compact bytes,
  /// without building the tree.
  public var json: JSONValue { JSONTreeBuilder.build { write(to: &$0) } }

  /// Appends the report to `output` as compact JSON, UTF-8, without a line break: the
  /// bytes of `json.serialized(pretty: false)`, written without building the tree (a line
  /// of `relance assess --json` on a batch).
  ///
  /// ```swift
  /// var line: [UInt8] = []
  /// report.appendJSON(to: &line, leadingMembers: [.init("file", .string("a.json"))])
  /// // {"file":"a.json","programme":"ftap-data-2023",…}
  /// ```
  ///
  /// - Parameters:
  ///   - output: The buffer the text is appended to.
  ///   - leadingMembers: Members written first in the report's object, such as where the
  ///     dossier came from.
  public func appendJSON(to output: inout [UInt8], leadingMembers: [JSONValue.Member] = []) {
    var writer = JSONByteWriter(appendingTo: [])
    swap(&writer.bytes, &output)
    write(to: &writer, leadingMembers: leadingMembers)
    swap(&writer.bytes, &output)
  }

  /// Writes the report's members, after `leadingMembers`, as one object.
  func write<Sink: JSONSink>(to sink: inout Sink, leadingMembers: [JSONValue.Member] = []) {
    sink.openObject()
    for member in leadingMembers { sink.member(member) }
    sink.member("programme", string: assessment.programme.rawValue)
    sink.member("edition", string: edition)
    sink.key("reference")
    sink.string(orNull: assessment.reference)
    sink.member("status", string: status.rawValue)
    sink.key("findings")
    sink.array(assessment.findings) { $1.write(to: &$0) }
    sink.key("readings")
    sink.array(readings) { $1.write(to: &$0) }
    sink.key("sensitivity")
    sink.array(sensitivity) { $1.write(to: &$0) }
    sink.key("coFinancing")
    if let coFinancing { coFinancing.write(to: &sink) } else { sink.null() }
    sink.key("tranches")
    sink.array(tranches) { $1.write(to: &$0) }
    sink.key("mandatoryIndicators")
    sink.array(mandatoryIndicators) { $0.string($1.id.rawValue) }
    sink.key("remedies")
    sink.array(remedies) { $1.write(to: &$0) }
    if let remediesSuffice {
      sink.key("remediesSuffice")
      sink.bool(remediesSuffice)
    }
    if let reform { sink.member(.init("reform", reform.json)) }
    sink.closeObject()
  }
}

extension Finding {
  /// The finding in the interchange format.
  public var json: JSONValue { JSONTreeBuilder.build { write(to: &$0) } }

  /// Writes the finding as one object.
  func write<Sink: JSONSink>(to sink: inout Sink) {
    sink.openObject()
    sink.member("rule", string: rule.id.rawValue)
    sink.member("outcome", string: outcome.name)
    if case .missingInput(let fields) = outcome {
      sink.key("missing")
      sink.array(fields) { $0.string($1.description) }
    }
    sink.member("message", string: message)
    sink.members(rule.findingFragments[decidingCitation])
    if let reading {
      sink.key("reading")
      sink.openObject()
      sink.member("id", string: reading.id.rawValue)
      sink.member("variant", string: reading.variant)
      sink.closeObject()
    }
    sink.closeObject()
  }
}

extension Citation {
  /// The citation in the interchange format: `{"source", "location", "quote"}`, where
  /// `source` is the seed file's key.
  public var json: JSONValue { JSONTreeBuilder.build { write(to: &$0) } }

  /// Writes the citation as one object.
  func write<Sink: JSONSink>(to sink: inout Sink) {
    sink.openObject()
    sink.member("source", string: source.rawValue)
    sink.member("location", string: location)
    sink.member("quote", string: quote)
    sink.closeObject()
  }
}

extension CoFinancing {
  /// The figures in the interchange format; unknown amounts are `null`. The effective
  /// rate is a percentage with two decimals, rounded down (`"37.50"`).
  public var json: JSONValue { JSONTreeBuilder.build { write(to: &$0) } }

  /// Writes the figures as one object.
  func write<Sink: JSONSink>(to sink: inout Sink) {
    sink.openObject()
    sink.key("requested")
    sink.string(orNull: requested?.decimalString)
    sink.key("cap")
    sink.string(orNull: cap?.decimalString)
    sink.key("administrationShare")
    sink.string(orNull: administrationShare?.decimalString)
    sink.key("effectiveRatePercent")
    sink.string(orNull: effectiveRate?.percentString)
    if let bindingLimit {
      sink.member("bindingLimit", string: bindingLimit.rawValue)
    }
    sink.closeObject()
  }
}

extension Tranche {
  /// The tranche in the interchange format: `{"number", "date", "amount"}`.
  public var json: JSONValue { JSONTreeBuilder.build { write(to: &$0) } }

  /// Writes the tranche as one object.
  func write<Sink: JSONSink>(to sink: inout Sink) {
    sink.openObject()
    sink.key("number")
    sink.number(String(number))
    sink.member("date", string: date.isoString)
    sink.member("amount", string: amount.decimalString)
    sink.closeObject()
  }
}

extension AppliedReading {
  /// Writes the applied reading as one object: `{"id", "variant", "isDefault"}`.
  func write<Sink: JSONSink>(to sink: inout Sink) {
    sink.openObject()
    sink.member("id", string: id.rawValue)
    sink.member("variant", string: variant)
    sink.key("isDefault")
    sink.bool(isDefault)
    sink.closeObject()
  }
}

extension Sensitivity {
  /// Writes the sensitivity as one object: `{"reading", "variant", "status"}`.
  func write<Sink: JSONSink>(to sink: inout Sink) {
    sink.openObject()
    sink.member("reading", string: reading.rawValue)
    sink.member("variant", string: variant)
    sink.member("status", string: status.rawValue)
    sink.closeObject()
  }
}

extension Remedy {
  /// Writes the remedy as one object: `{"field", "value", "message"}`.
  func write<Sink: JSONSink>(to sink: inout Sink) {
    sink.openObject()
    sink.member("field", string: field.description)
    sink.member("value", string: value.decimalString)
    sink.member("message", string: message)
    sink.closeObject()
  }
}
