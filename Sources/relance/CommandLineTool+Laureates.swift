import FranceRelanceModel

extension CommandLineTool {
  // MARK: laureates

  static func laureates(_ arguments: [String]) -> ToolResult {
    guard let (flags, positional) = parse(arguments, flags: ["--csv", "--json"]), positional.isEmpty,
      flags.count <= 1
    else {
      return .badUsage("utilisation : relance laureates [--csv | --json]")
    }
    let laureates = AAP1Results.laureates
    if flags.contains("--csv") {
      var rows = [["categorie", "projet", "description", "administration", "ministere", "ministere_cite"]]
      for laureate in laureates {
        rows.append([
          laureate.category.frenchName, laureate.project, laureate.summary ?? "", laureate.administration,
          laureate.ministry, laureate.ministryIsStated ? "oui" : "non",
        ])
      }
      return .success(rows.map { $0.map(SCDLExport.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n")
    }
    if flags.contains("--json") {
      let items: [JSONValue] = laureates.map { laureate in
        .object([
          "category": .string(laureate.category.rawValue), "project": .string(laureate.project),
          "summary": .string(orNull: laureate.summary), "administration": .string(laureate.administration),
          "ministry": .string(laureate.ministry), "ministryIsStated": .bool(laureate.ministryIsStated),
        ])
      }
      return .success(JSONValue.object(["laureates": .array(items)]).serialized() + "\n")
    }
    var lines = [
      "1er appel à projets « Cycle de vie de la donnée » : " + String(AAP1Results.dossiersFiled) + " dossiers, "
        + String(AAP1Results.administrations) + " administrations, " + String(AAP1Results.ministries) + " ministères, "
        + String(AAP1Results.preselected) + " présélectionnés, " + String(AAP1Results.selected) + " lauréats.",
      "Jury : " + String(AAP1Results.statedJurySize) + " experts annoncés, " + String(AAP1Results.jury.count)
        + " noms listés (bilan Etalab du 3 mars 2021).",
    ]
    for category in LaureateCategory.allCases {
      let members = AAP1Results.laureates(in: category)
      lines.append("")
      lines.append(category.frenchName + " (" + String(members.count) + ")")
      for laureate in members {
        lines.append("  • " + laureate.project + (laureate.summary.map { " — " + $0 } ?? ""))
        lines.append(
          "    " + laureate.administration + " — " + laureate.ministry
            + (laureate.ministryIsStated ? "" : " (tutelle, interprétation)"))
      }
    }
    return .success(lines.joined(separator: "\n") + "\n")
  }
}
