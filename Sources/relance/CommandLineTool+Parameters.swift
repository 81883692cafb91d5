import FranceRelanceModel

extension CommandLineTool {
  // MARK: parameters

  /// `relance parameters [PROGRAMME] [--json]`: every dated parameter of the programmes
  /// (issue #25), each with its identifier, French name, unit and periods, each period
  /// with the day it starts, its value and the sentence that sets it. JSON:
  /// `{"programmes": [{"programme", "parameters": [{"id", "label", "unit", "periods":
  /// [{"from", "value", "citation"}]}]}]}`, euros and rates as decimal strings.
  static func parameters(_ arguments: [String]) -> ToolResult {
    let json: Bool
    let selected: [any FundingProgramme]
    switch programmeArguments(arguments, command: "parameters") {
    case .success(let parsed): (json, selected) = parsed
    case .failure(let result): return result
    }
    /// A programme's parameters, their periods grouped under their identifier, in order.
    func series(_ programme: any FundingProgramme) -> [(id: String, periods: [ParameterDescription])] {
      var result: [(id: String, periods: [ParameterDescription])] = []
      for description in programme.parameterDescriptions {
        if let index = result.firstIndex(where: { $0.id == description.id }) {
          result[index].periods.append(description)
        } else {
          result.append((description.id, [description]))
        }
      }
      return result
    }
    if json {
      let items: [JSONValue] = selected.map { programme in
        .object([
          .init("programme", .string(programme.identifier.rawValue)),
          .init(
            "parameters",
            .array(
              series(programme).map { parameter in
                .object([
                  .init("id", .string(parameter.id)), .init("label", .string(parameter.periods[0].name)),
                  .init("unit", .string(orNull: parameter.periods[0].unit?.rawValue)),
                  .init(
                    "periods",
                    .array(
                      parameter.periods.map { period in
                        .object([
                          .init("from", .string(period.start.description)), .init("value", period.jsonValue),
                          .init("citation", period.citation.json),
                        ])
                      })),
                ])
              })),
        ])
      }
      return .success(JSONValue.object(["programmes": .array(items)]).serialized() + "\n")
    }
    var lines: [String] = []
    for programme in selected {
      if !lines.isEmpty { lines.append("") }
      lines.append(programme.title + "  [" + programme.identifier.rawValue + "] — édition " + programme.editionName)
      for parameter in series(programme) {
        lines.append("  " + parameter.id + " — " + parameter.periods[0].name)
        for period in parameter.periods {
          lines.append("      depuis le " + period.start.frenchDescription + " : " + period.value)
          lines.append("      Source : " + period.citation.frenchDescription)
        }
      }
    }
    return .success(lines.joined(separator: "\n") + "\n")
  }
}
