import FranceRelanceModel

extension CommandLineTool {
  // MARK: readings

  /// `relance readings [PROGRAMME] [--json]`: every reading of the programmes, with its
  /// question, sentences and variants (the default first).
  static func readings(_ arguments: [String]) -> ToolResult {
    let json: Bool
    let selected: [any FundingProgramme]
    switch programmeArguments(arguments, command: "readings") {
    case .success(let parsed): (json, selected) = parsed
    case .failure(let result): return result
    }
    if json {
      let items: [JSONValue] = selected.map { programme in
        .object([
          .init("programme", .string(programme.identifier.rawValue)),
          .init("readings", .array(programme.readings.map(\.json))),
        ])
      }
      return .success(JSONValue.object(["programmes": .array(items)]).serialized() + "\n")
    }
    var lines: [String] = []
    for programme in selected {
      if !lines.isEmpty { lines.append("") }
      lines.append(programme.title + "  [" + programme.identifier.rawValue + "]")
      for reading in programme.readings {
        lines.append("  " + reading.id.rawValue + " — " + reading.question)
        for citation in reading.citations { lines.append("      Source : " + citation.frenchDescription) }
        for (index, variant) in reading.variants.enumerated() {
          lines.append(
            "      " + variant.id + (index == 0 ? " (par défaut)" : "") + " : " + variant.explanation)
        }
      }
    }
    return .success(lines.joined(separator: "\n") + "\n")
  }
}
