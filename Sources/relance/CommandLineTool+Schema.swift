import FranceRelanceModel

extension CommandLineTool {
  // MARK: schema

  static func schema(_ arguments: [String]) -> ToolResult {
    guard let (_, positional) = parse(arguments, flags: []), positional.count == 1 else {
      return .badUsage("utilisation : relance schema PROGRAMME")
    }
    guard let programme = programmes.first(where: { $0.identifier.rawValue == positional[0] }) else {
      return .badUsage(
        "programme inconnu « " + positional[0] + " » (programmes : " + programmeIdentifiers.joined(separator: ", ")
          + ")")
    }
    return .success(programme.dossierSchema.serialized() + "\n")
  }
}
