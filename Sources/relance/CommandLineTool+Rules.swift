import FranceRelanceModel

extension CommandLineTool {
  // MARK: rules

  static func rules(_ arguments: [String]) -> ToolResult {
    let json: Bool
    let selected: [any FundingProgramme]
    switch programmeArguments(arguments, command: "rules") {
    case .success(let parsed): (json, selected) = parsed
    case .failure(let result): return result
    }
    if json {
      let items: [JSONValue] = selected.map { programme in
        .object([
          "programme": .string(programme.identifier.rawValue), "title": .string(programme.title),
          "rules": .array(programme.rules.map(\.json)),
        ])
      }
      return .success(JSONValue.object(["programmes": .array(items)]).serialized() + "\n")
    }
    var lines: [String] = []
    for programme in selected {
      if !lines.isEmpty { lines.append("") }
      lines.append(programme.title + "  [" + programme.identifier.rawValue + "]")
      for rule in programme.rules {
        lines.append("  " + rule.id.rawValue + " — " + rule.title)
        for citation in rule.citations { lines.append("      Source : " + citation.frenchDescription) }
        if let interpretation = rule.interpretation { lines.append("      Interprétation : " + interpretation) }
        for reading in rule.readings { lines.append("      Lecture : " + reading.rawValue + " (relance readings)") }
      }
    }
    return .success(lines.joined(separator: "\n") + "\n")
  }
}
