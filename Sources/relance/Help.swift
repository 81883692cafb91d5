/// The tool's help text, in French.
enum Help {
  static let short = "Utilisation : relance --help\n"

  /// The whole help: every command's usage lines, from the table of commands
  /// (``CommandLineTool/table``), then the programmes and the exit codes.
  static let full: String = {
    var text = "relance — règles des programmes de financement des projets data de l'État\n\nUtilisation :\n"
    for usage in CommandLineTool.table.flatMap(\.usages) + CommandLineTool.toolUsages {
      text += lines(usage).map { $0 + "\n" }.joined()
    }
    return text + "\n" + footer
  }()

  /// The column where descriptions start.
  static let descriptionColumn = 38

  /// A usage's lines: the synopsis, indented by two spaces, and its description from
  /// ``descriptionColumn`` (on the synopsis's line when it fits).
  static func lines(_ usage: ToolCommand.Usage) -> [String] {
    let synopsis = "  " + usage.synopsis
    let margin = String(repeating: " ", count: descriptionColumn)
    guard let first = usage.description.first else { return [synopsis] }
    var lines: [String]
    if synopsis.count + 2 <= descriptionColumn {
      lines = [synopsis + String(repeating: " ", count: descriptionColumn - synopsis.count) + first]
    } else {
      lines = [synopsis, margin + first]
    }
    lines += usage.description.dropFirst().map { margin + $0 }
    return lines
  }

  /// The help's end: the programmes, the exit codes, the files read.
  static let footer = """
    Programmes : \(CommandLineTool.programmeIdentifiers.joined(separator: ", "))

    Codes de sortie : 0 éligible (ou succès), 1 inéligible, 2 entrée invalide (une ligne :
    fichier, chemin du champ, raison), 3 incomplet, 4 indéterminé, 64 mauvaise utilisation.
    Fichiers lus : fichiers ordinaires et entrée standard seulement, au plus \(CommandLineTool.inputSizeLimit / 1_048_576) Mio
    par dossier (par ligne d'un .jsonl) ; l'entrée standard est abandonnée après \(CommandLineTool.inputWaitSeconds) s sans
    données. 74 : la sortie n'a pas pu être écrite.

    """

  /// The help of one command: its lines of the usage list (the line that opens with
  /// `relance COMMAND` and those that continue it), then the exit codes.
  static func command(_ name: String) -> String? {
    let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
    var result: [Substring] = []
    var inside = false
    for line in lines {
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("relance ") {
        inside = trimmed.hasPrefix("relance " + name + " ") || trimmed == "relance " + name
      } else if trimmed.isEmpty || !line.hasPrefix("      ") {
        inside = false
      }
      if inside { result.append(line) }
    }
    guard !result.isEmpty else { return nil }
    return "Utilisation :\n" + result.joined(separator: "\n") + "\n\nrelance --help donne toutes les commandes.\n"
  }
}
