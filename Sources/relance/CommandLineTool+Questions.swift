import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: questions

  /// `relance questions [--json] [--reading LECTURE=VARIANTE]… [--reform FILE] FILE`: the
  /// inputs a dossier lacks, the most decisive first (design §6), under a reform's
  /// parameters when one is given.
  static func questions(_ arguments: [String], readFile: (String) throws(InputFileError) -> [UInt8]) -> ToolResult {
    let usage = "utilisation : relance questions [--json] [--reading LECTURE=VARIANTE]… [--reform RÉFORME.json] FICHIER"
    let parsed: DossierArguments
    switch DossierArguments.parse(arguments, flags: ["--json"]) {
    case .success(let value): parsed = value
    case .failure(let result): return result
    }
    guard parsed.paths.count == 1 else { return .badUsage(usage) }
    let path = parsed.paths[0]
    let document: JSONValue
    let programme: any FundingProgramme
    switch loadDossier(path, readFile: readFile) {
    case .success(let loaded): (document, programme) = loaded
    case .failure(let result): return result
    }
    var assessed = programme
    if let reformPath = parsed.reformPath {
      switch BatchReform.load(reformPath, readFile: readFile) {
      case .success(let reform): assessed = reform.programme(programme)
      case .failure(let result): return result
      }
    }
    let questions: [Question]
    do {
      questions = try assessed.questions(onJSON: document, selection: parsed.selection)
    } catch {
      switch error {
      case .input(let input): return .badInput(file: path, input.description)
      case .reading(let reading): return .badUsage(reading.description)
      }
    }
    if parsed.flags.contains("--json") {
      return .success(Question.json(questions).serialized() + "\n")
    }
    guard !questions.isEmpty else {
      return .success("Aucune information ne manque : toutes les règles peuvent être décidées.\n")
    }
    var lines = ["Informations manquantes, la plus décisive d'abord :"]
    for (number, question) in questions.enumerated() {
      let rules = question.rules.map(\.rawValue).joined(separator: ", ")
      lines.append(
        String(number + 1) + ". " + question.label + " (" + question.field.description + ") — "
          + (question.rules.count > 1 ? String(question.rules.count) + " règles : " : "1 règle : ") + rules)
    }
    return .success(lines.joined(separator: "\n") + "\n")
  }
}
