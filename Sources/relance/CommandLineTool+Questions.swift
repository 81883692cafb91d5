import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: questions

  /// `relance questions [--json] [--reading LECTURE=VARIANTE]… FILE`: the inputs a dossier
  /// lacks, the most decisive first (design §6).
  static func questions(_ arguments: [String], readFile: (String) throws(InputFileError) -> [UInt8]) -> ToolResult {
    var json = false
    var selection = ReadingSelection()
    var positional: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--json" {
        json = true
      } else if argument == "--reading" || argument.hasPrefix("--reading=") {
        var choice = String(argument.dropFirst("--reading".count))
        if choice.isEmpty {
          guard index < arguments.count else { return .badUsage("--reading attend LECTURE=VARIANTE") }
          choice = arguments[index]
          index += 1
        } else {
          choice.removeFirst()
        }
        do { try selection.add(parsing: choice) } catch { return .badUsage(error.description) }
      } else {
        positional.append(argument)
      }
    }
    guard positional.count == 1 else {
      return .badUsage("utilisation : relance questions [--json] [--reading LECTURE=VARIANTE]… FICHIER")
    }
    let path = positional[0]
    let document: JSONValue
    switch loadJSON(path, readFile: readFile) {
    case .success(let value): document = value
    case .failure(let result): return result
    }
    let questions: [Question]
    do {
      questions = try ProgrammeCatalogue.programme(of: document).questions(onJSON: document, selection: selection)
    } catch let error as InterchangeError {
      return .badInput(file: path, error.description)
    } catch let error as ProgrammeError {
      switch error {
      case .input(let input): return .badInput(file: path, input.description)
      case .reading(let reading): return .badUsage(reading.description)
      }
    } catch {
      return .badInput(file: path, String(describing: error))
    }
    if json {
      let list = questions.map { question in
        JSONValue.object([
          .init("field", .string(question.field.description)), .init("label", .string(question.label)),
          .init("rules", .array(question.rules.map { .string($0.rawValue) })),
        ])
      }
      return .success(JSONValue.object([.init("questions", .array(list))]).serialized() + "\n")
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
