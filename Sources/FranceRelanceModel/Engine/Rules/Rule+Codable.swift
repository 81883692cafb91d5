extension Rule: Codable {
  // MARK: Codable

  private enum CodingKeys: String, CodingKey {
    case id, title, citations, interpretation, reading, readings, inputs, canBeViolated, applies, parameterIDs,
      parameters
  }

  /// Decodes a rule description written by ``encode(to:)``.
  ///
  /// - Throws: `DecodingError` when a member is missing or malformed, or when `citations`
  ///   is empty (a rule cites at least one sentence).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let citations = try container.decode([Citation].self, forKey: .citations)
    guard !citations.isEmpty else {
      throw DecodingError.dataCorruptedError(
        forKey: .citations, in: container, debugDescription: "une règle cite au moins une phrase")
    }
    self.init(
      id: try container.decode(RuleIdentifier.self, forKey: .id),
      title: try container.decode(String.self, forKey: .title), citations: citations,
      interpretation: try container.decodeIfPresent(String.self, forKey: .interpretation),
      readings: try container.decodeIfPresent([ReadingIdentifier].self, forKey: .readings)
        ?? (try container.decodeIfPresent(ReadingIdentifier.self, forKey: .reading)).map { [$0] } ?? [],
      inputs: try container.decode([FieldPath].self, forKey: .inputs),
      canBeViolated: try container.decodeIfPresent(Bool.self, forKey: .canBeViolated) ?? true,
      applies: try container.decodeIfPresent(Bool.self, forKey: .applies) ?? true,
      parameterIDs: try container.decodeIfPresent([String].self, forKey: .parameterIDs) ?? [],
      parameters: try container.decodeIfPresent([ParameterDescription].self, forKey: .parameters) ?? [])
  }

  /// Encodes the rule description: `id`, `title`, `citations`, `interpretation` and
  /// `reading` (the first reading) when present, `readings` when there are more than one,
  /// `inputs`, `canBeViolated` and `applies` when they are `false` (absent, they read as
  /// `true`), and `parameterIDs` and `parameters` when the rule reads dated parameters.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(citations, forKey: .citations)
    try container.encodeIfPresent(interpretation, forKey: .interpretation)
    try container.encodeIfPresent(reading, forKey: .reading)
    if readings.count > 1 { try container.encode(readings, forKey: .readings) }
    try container.encode(inputs, forKey: .inputs)
    if !canBeViolated { try container.encode(false, forKey: .canBeViolated) }
    if !applies { try container.encode(false, forKey: .applies) }
    if !parameterIDs.isEmpty { try container.encode(parameterIDs, forKey: .parameterIDs) }
    if !parameters.isEmpty { try container.encode(parameters, forKey: .parameters) }
  }
}
