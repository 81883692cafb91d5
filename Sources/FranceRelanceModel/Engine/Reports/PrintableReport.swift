/// A standalone, printable HTML document of one or several assessments (`relance assess
/// --html`, design v3 §12): its own stylesheet (no file, no network), A4 pages, each
/// dossier on its own pages, each rule's sentence as a numbered footnote; with several
/// dossiers, a summary page first.
///
/// Printed to PDF by any browser, or headless:
/// `chromium --headless --no-pdf-header-footer --print-to-pdf=rapport.pdf rapport.html`.
///
/// ```swift
/// let document = PrintableReport(entries: [.init(location: "dossier.json", report: report)])
/// print(document.html)
/// ```
public struct PrintableReport: Sendable {
  // MARK: Entries

  /// One dossier of the document: where it was read, and its report or why it could not
  /// be assessed.
  public struct Entry: Sendable {
    /// The file (and line, for JSON Lines) it was read from.
    public let location: String
    /// Its report, or the one-line error that stopped it.
    public let outcome: Result<AssessmentReport, Failure>

    /// A dossier that was assessed.
    public init(location: String, report: AssessmentReport) {
      self.location = location
      outcome = .success(report)
    }

    /// A dossier that could not be read or assessed, with the tool's one-line error.
    public init(location: String, error message: String) {
      self.location = location
      outcome = .failure(Failure(message: message))
    }
  }

  /// Why a dossier could not be assessed.
  public struct Failure: Error, Sendable, Hashable {
    /// The one-line error, in French.
    public let message: String

    /// A failure with its one-line message.
    public init(message: String) { self.message = message }
  }

  // MARK: Stored properties

  /// The dossiers, in input order.
  public let entries: [Entry]

  /// A document of `entries`.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  // MARK: The document

  /// The whole HTML document.
  ///
  /// - Complexity: O(*n*) in the entries and their findings.
  public var html: String {
    var body = ""
    if entries.count > 1 { body += summaryHTML }
    for entry in entries { body += section(entry) }
    return """
      <!DOCTYPE html>
      <html lang="fr">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Rapport de pré-vérification — relance</title>
      <style>
      \(Self.stylesheet)
      </style>
      </head>
      <body>
      <header><p class="marianne">République française</p>
      <p class="service">Rapport de pré-vérification de dossiers de financement de projets data</p></header>
      <main>
      \(body)
      </main>
      <footer><p>Pré-vérification selon les textes cités ; la décision revient à l'instruction.</p></footer>
      </body>
      </html>

      """
  }

  /// The summary page: one row per dossier.
  var summaryHTML: String {
    var html =
      "<section class=\"sommaire\"><h1>Synthèse : " + String(entries.count) + " dossiers</h1>\n"
      + "<table><thead><tr><th scope=\"col\">Fichier</th><th scope=\"col\">Référence</th>"
      + "<th scope=\"col\">Statut</th><th scope=\"col\">Plafond</th><th scope=\"col\">Règles non respectées</th>"
      + "</tr></thead><tbody>\n"
    for entry in entries {
      html += "<tr><td>" + HTMLText.escaped(entry.location) + "</td>"
      switch entry.outcome {
      case .success(let report):
        let violated = report.assessment.violations.map(\.rule.id.rawValue)
        html +=
          "<td>" + HTMLText.escaped(report.assessment.reference ?? "—") + "</td><td>"
          + HTMLText.escaped(report.status.frenchName) + "</td><td>"
          + HTMLText.escaped(report.coFinancing?.cap?.description ?? "—") + "</td><td>"
          + HTMLText.escaped(violated.isEmpty ? "—" : violated.joined(separator: ", ")) + "</td>"
      case .failure(let failure):
        html += "<td>—</td><td>entrée invalide</td><td>—</td><td>" + HTMLText.escaped(failure.message) + "</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody></table></section>\n"
  }

  /// One dossier's pages.
  func section(_ entry: Entry) -> String {
    var html = "<section class=\"dossier\">\n"
    switch entry.outcome {
    case .success(let report):
      html +=
        "<h1>" + HTMLText.escaped(report.title) + "</h1>\n<dl class=\"identite\"><dt>Dossier</dt><dd>"
        + HTMLText.escaped(report.assessment.reference ?? "sans référence") + "</dd><dt>Fichier</dt><dd>"
        + HTMLText.escaped(entry.location) + "</dd><dt>Édition</dt><dd>" + HTMLText.escaped(report.edition)
        + "</dd></dl>\n" + report.verdictHTML(ReportHTMLOptions(citations: .footnotes))
    case .failure(let failure):
      html +=
        "<h1>Entrée invalide</h1>\n<dl class=\"identite\"><dt>Fichier</dt><dd>" + HTMLText.escaped(entry.location)
        + "</dd></dl>\n<div class=\"alerte alerte-erreur\" role=\"alert\"><p>" + HTMLText.escaped(failure.message)
        + "</p></div>\n"
    }
    return html + "</section>\n"
  }

  // MARK: Style

  /// The document's stylesheet: the État's sober look on screen, A4 on paper.
  static let stylesheet = """
    @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
    body { font-family: "Marianne", Arial, "Helvetica Neue", sans-serif; color: #161616; line-height: 1.45;
      margin: 0 auto; max-width: 48rem; padding: 0 1rem; font-size: 11pt; }
    header { border-bottom: 2px solid #000091; margin-bottom: 1rem; }
    .marianne { font-weight: 700; text-transform: uppercase; letter-spacing: .04em; margin: .5rem 0 0; }
    .service { color: #000091; font-weight: 700; margin: .2rem 0 .6rem; }
    h1 { font-size: 1.5rem; color: #000091; margin: 1rem 0 .5rem; }
    h2 { font-size: 1.2rem; margin: 1rem 0 .4rem; }
    h3 { font-size: 1.05rem; margin: .9rem 0 .3rem; }
    .dossier, .sommaire { break-after: page; }
    .dossier:last-child { break-after: auto; }
    .identite { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 .8rem; }
    .identite dt { font-weight: 700; }
    .identite dd { margin: 0; }
    .alerte { border-left: 4px solid; padding: .4rem .8rem; margin: .6rem 0; break-inside: avoid; }
    .alerte-succes { border-color: #18753c; background: #b8fec9; }
    .alerte-erreur { border-color: #ce0500; background: #ffe9e9; }
    .alerte-info { border-color: #0063cb; background: #e8edff; }
    .statut { font-weight: 700; margin: 0; }
    table { border-collapse: collapse; width: 100%; margin: .6rem 0; break-inside: avoid; }
    caption { text-align: left; font-weight: 700; margin-bottom: .2rem; }
    th, td { border: 1px solid #929292; padding: .25rem .5rem; text-align: left; vertical-align: top; }
    th { background: #eeeeee; }
    .constats { list-style: none; padding: 0; }
    .constats li { border-bottom: 1px solid #dddddd; padding: .2rem 0; break-inside: avoid; }
    .constats p { margin: .15rem 0; }
    .etiquette { display: inline-block; border-radius: 1rem; padding: 0 .6rem; font-size: .85em;
      background: #eeeeee; }
    .etiquette-satisfied { background: #b8fec9; }
    .etiquette-violated { background: #ffe9e9; }
    .etiquette-undetermined, .etiquette-missingInput { background: #e8edff; }
    .appel { color: #000091; }
    .notes { font-size: .85em; border-top: 1px solid #929292; padding-top: .4rem; }
    .notes li { margin-bottom: .25rem; break-inside: avoid; }
    footer { border-top: 1px solid #929292; margin-top: 1.5rem; font-size: .85em; }
    """
}
