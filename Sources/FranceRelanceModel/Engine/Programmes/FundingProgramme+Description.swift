extension FundingProgramme {
  // MARK: Description

  /// The programme as the web API's catalogue describes it: `programme`, `title`,
  /// `edition`, `window` (its dates and their sentences), `rules` (as ``Rule/json``),
  /// `readings` (each with its variants), `parameters` (each with its sentence) and
  /// `schema`, the JSON Schema of its dossiers (as `relance schema` writes it).
  public var descriptionJSON: JSONValue {
    .object([
      "programme": .string(identifier.rawValue), "title": .string(title), "edition": .string(editionName),
      "window": window.json, "rules": .array(rules.map(\.json)), "readings": .array(readings.map(\.json)),
      "parameters": .array(parameterDescriptions.map(\.json)), "schema": dossierSchema,
    ])
  }

  /// The JSON Schema of the programme's dossiers, as `relance schema` writes it.
  public var dossierSchema: JSONValue {
    dossierFormat.jsonSchema(title: "Dossier — " + title, identifier: "urn:relance:schema:" + identifier.rawValue)
  }

  /// `{"programme", "title", "edition"}`: the programme as the web API's list names it.
  public var summaryJSON: JSONValue {
    .object(["programme": .string(identifier.rawValue), "title": .string(title), "edition": .string(editionName)])
  }
}
