import FranceRelanceModel
import FundingProgrammes

/// The pre-check page of a programme (design v3 §12): the answers so far (from the URL),
/// the next questions the engine asks, a few at a time, and the verdict as soon as it is
/// known, each rule's finding with the sentence that decided it. Server-rendered: it works
/// without JavaScript, and every value taken from input is escaped.
struct PreCheckPage {
  /// The programme.
  let programme: any FundingProgramme
  /// The answers so far.
  let answers: PageAnswers
  /// How many questions a page asks at most.
  static let questionsPerPage = 5

  // MARK: Rendering

  /// The page's HTML.
  var html: String {
    let format = programme.dossierFormat
    let identifier = programme.identifier.rawValue
    let json = answers.dossier(programme: identifier, format: format)
    // The answers the reader refuses are shown next to their field and left out of the
    // assessment, so that the others still count.
    let errors = programme.inputErrors(in: json).filter { $0.path != FieldPath("programme") }
    let refused = Set(
      errors.compactMap { error -> String? in
        if case .key(let key)? = error.path.components.first { key } else { nil }
      })
    let kept = PageAnswers(
      pairs: answers.pairs.filter { pair in !refused.contains(String(pair.key.split(separator: ".").first ?? "")) })
    let assessed = kept.dossier(programme: identifier, format: format)
    var body = "<h1>" + HTML.escaped(programme.title) + "</h1>\n"
    body += "<p class=\"edition\">Édition " + HTML.escaped(programme.editionName) + "</p>\n"
    // The readings the URL chooses; an unknown one is said, and the defaults apply.
    var selection = ReadingSelection()
    var readingProblem: String?
    do throws(ReadingError) { selection = try answers.selection() } catch { readingProblem = error.description }
    var report: AssessmentReport?
    do throws(ProgrammeError) {
      report = try programme.report(onJSON: JSONDocument(assessed), selection: selection)
    } catch {
      if case .reading(let problem) = error {
        readingProblem = problem.description
        selection = ReadingSelection()
        report = try? programme.report(onJSON: JSONDocument(assessed), selection: selection)
      }
    }
    if let readingProblem {
      body += HTML.errorAlert(readingProblem + " : les lectures par défaut s'appliquent.")
    }
    let questions = (try? programme.questions(onJSON: assessed, selection: selection)) ?? []
    body += form(format: format, errors: errors, questions: Array(questions.prefix(Self.questionsPerPage)))
    if let report { body += verdict(report, questionsLeft: questions.count) }
    return HTML.page(title: programme.title, body: body)
  }

  /// The form: the answers kept as hidden fields, then the refused answers and the next
  /// questions as inputs, each with its label and, when refused, its error.
  func form(format: ObjectFormat, errors: [InterchangeError], questions: [Question]) -> String {
    let action = "/verifier/" + HTML.queryEncoded(programme.identifier.rawValue)
    var fields: [(key: String, label: String, error: String?)] = errors.map { error in
      let key = error.path.description
      return (key, format.field(at: error.path)?.description ?? key, error.reason.description)
    }
    for question in questions where !fields.contains(where: { $0.key == question.field.description }) {
      fields.append((question.field.description, question.label, nil))
    }
    let asked = Set(fields.map(\.key))
    var html = "<form method=\"get\" action=\"" + action + "\" novalidate>\n"
    for (key, value) in answers.pairs where !asked.contains(key) {
      html += "<input type=\"hidden\" name=\"" + HTML.escaped(key) + "\" value=\"" + HTML.escaped(value) + "\">\n"
    }
    if fields.isEmpty {
      html += "<p>Aucune information ne manque : toutes les règles peuvent être décidées.</p>\n"
    } else {
      html += "<h2>Informations à fournir</h2>\n"
      if !errors.isEmpty {
        html +=
          "<div class=\"alerte alerte-erreur\" role=\"alert\"><p>" + String(errors.count)
          + (errors.count == 1 ? " réponse à corriger" : " réponses à corriger") + "</p></div>\n"
      }
      for (index, field) in fields.enumerated() {
        let declared = format.field(at: FieldPath(components: field.key.split(separator: ".").map { .key(String($0)) }))
        html += input(
          key: field.key, label: field.label, type: declared?.type, valueLabels: declared?.valueLabels ?? [:],
          error: field.error, id: "champ-" + String(index + 1))
      }
      html += "<button type=\"submit\" class=\"bouton\">Continuer</button>\n"
    }
    return html + "</form>\n"
  }

  /// One input, by the field's type.
  func input(
    key: String, label text: String, type: ObjectFormat.FieldType?, valueLabels: [String: String], error: String?,
    id: String
  ) -> String {
    // A label starts a line: its first letter in capital (« Types de projet »).
    let label = text.prefix(1).uppercased() + text.dropFirst()
    let name = HTML.escaped(key)
    let current = answers.pairs.filter { $0.key == key }.map(\.value)
    let errorID = id + "-erreur"
    let described = error == nil ? "" : " aria-describedby=\"" + errorID + "\" aria-invalid=\"true\""
    let errorHTML =
      error.map { "<p class=\"message-erreur\" id=\"" + errorID + "\">" + HTML.escaped($0) + "</p>\n" }
      ?? ""
    let groupClass = error == nil ? "groupe" : "groupe groupe-erreur"
    func choices(_ values: [(value: String, label: String)], multiple: Bool) -> String {
      var html =
        "<fieldset class=\"" + groupClass + "\"" + described + "><legend>" + HTML.escaped(label)
        + "</legend>\n" + errorHTML
      for (offset, choice) in values.enumerated() {
        let choiceID = id + "-" + String(offset + 1)
        let checked = current.contains(choice.value) ? " checked" : ""
        html +=
          "<div class=\"choix\"><input type=\"" + (multiple ? "checkbox" : "radio") + "\" id=\"" + choiceID
          + "\" name=\"" + name + "\" value=\"" + HTML.escaped(choice.value) + "\"" + checked + "><label for=\""
          + choiceID + "\">" + HTML.escaped(choice.label) + "</label></div>\n"
      }
      return html + "</fieldset>\n"
    }
    switch type {
    case .boolean?:
      return choices([("oui", "Oui"), ("non", "Non")], multiple: false)
    case .enumeration(let values)?:
      return choices(values.map { ($0, valueLabels[$0] ?? $0) }, multiple: false)
    case .set(.enumeration(let values))?:
      return choices(values.map { ($0, valueLabels[$0] ?? $0) }, multiple: true)
    default:
      var hint = ""
      var attributes = " type=\"text\""
      switch type {
      case .amount?:
        hint = "En euros, avec un point pour les centimes : 400000.00"
        attributes = " type=\"text\" inputmode=\"decimal\""
      case .date?:
        hint = "Au format AAAA-MM-JJ"
        attributes = " type=\"date\""
      case .integer(let range)?:
        hint = "Un nombre entier de " + String(range.lowerBound) + " à " + String(range.upperBound)
        attributes = " type=\"text\" inputmode=\"numeric\""
      case .siret?: hint = "14 chiffres"
      default: break
      }
      return "<div class=\"" + groupClass + "\"><label for=\"" + id + "\">" + HTML.escaped(label)
        + (hint.isEmpty ? "" : "<span class=\"aide\">" + HTML.escaped(hint) + "</span>") + "</label>\n" + errorHTML
        + "<input" + attributes + " id=\"" + id + "\" name=\"" + name + "\" value=\""
        + HTML.escaped(current.first ?? "") + "\"" + described + ">\n</div>\n"
    }
  }

  /// The verdict, as the library writes it for a page (``AssessmentReport/verdictHTML(_:)``,
  /// the printed report's template): each rule's sentence under its finding, and each
  /// reading that would change the status a link that applies it.
  func verdict(_ report: AssessmentReport, questionsLeft: Int) -> String {
    let base = "/verifier/" + HTML.queryEncoded(programme.identifier.rawValue) + "?"
    let answers = self.answers
    return report.verdictHTML(
      ReportHTMLOptions(
        citations: .inline, readingLink: { reading, variant in base + answers.choosing(reading, variant).query },
        questionsLeft: questionsLeft, headingLevel: 2, headingID: "verdict"))
  }
}
