/// Markdown pieces of the reference pages (`Docs/reference/`), in French: the
/// programmes' own sections (``ReferenceSection``) and the `relance docs` generator use
/// the same ones.
public enum ReferenceMarkdown {
  // MARK: Pieces

  /// Text for a table cell: pipes escaped, line breaks as spaces.
  public static func cell(_ text: String) -> String {
    text.replacing("|", with: "\\|").replacing("\n", with: " ")
  }
  /// A quoted sentence with its source (publisher, title, date, place) and a link to the text.
  public static func quote(_ citation: Citation) -> String {
    "> « " + citation.frenchQuote + " »\n>\n> — " + citation.source.frenchReference + ", « " + citation.location
      + " » ([texte](../seeds/" + citation.source.fileName + "))\n"
  }
  /// A row of the calendar table: opening, closing, their precision and sentences.
  public static func window(_ label: String, _ schedule: ScheduledWindow) -> String {
    "| " + label + " | " + schedule.window.opening.frenchDescription + " (" + "au "
      + schedule.window.opening.precision.frenchName
      + ") | " + schedule.window.closing.frenchDescription + " (" + "au " + schedule.window.closing.precision.frenchName
      + ") | "
      + schedule.citations.map { $0.source.shortReference + " : « " + cell($0.frenchQuote) + " »" }.joined(
        separator: "<br>")
      + " |\n"
  }
  /// The calendar section: planned window, actual window when it differs, interpretations and note.
  public static func calendar(planned: ScheduledWindow, actual: ScheduledWindow?, note: String?) -> String {
    var text = "## Calendrier\n\n| | Ouverture | Clôture | Sources |\n| --- | --- | --- | --- |\n"
    text += window("Prévu", planned)
    if let actual { text += window("Effectif", actual) }
    for interpretation in Set([planned.interpretation, actual?.interpretation].compactMap { $0 }).sorted() {
      text += "\n**Interprétation.** " + interpretation + "\n"
    }
    if let note { text += "\n**Note.** " + note + "\n" }
    return text
  }
  /// The envelope tree as a nested list, the highlighted envelope marked.
  public static func envelopeTree(_ envelope: Envelope, highlight: EnvelopeIdentifier?, depth: Int = 0) -> String {
    let marker = envelope.id == highlight ? " **← cet appel**" : ""
    var line =
      String(repeating: "  ", count: depth) + "- " + envelope.label + " : **" + envelope.amount.description + "**"
    if let steward = envelope.steward { line += ", piloté par la " + steward.acronym }
    line += " (`" + envelope.id.rawValue + "`" + (envelope.citation.map { ", " + $0.source.shortReference } ?? "") + ")"
    line += marker + "\n"
    if let interpretation = envelope.interpretation {
      line += String(repeating: "  ", count: depth + 1) + "- *Interprétation :* " + interpretation + "\n"
    }
    if let unallocated = envelope.unallocated, !envelope.children.isEmpty, unallocated > .zero {
      line += String(repeating: "  ", count: depth + 1) + "- dont non réparti : " + unallocated.description + "\n"
    }
    return line + envelope.children.map { envelopeTree($0, highlight: highlight, depth: depth + 1) }.joined()
  }
  /// A jury grid as a table: criterion, weight, source.
  public static func criteria(_ grid: JuryGrid) -> String {
    var text = "| Critère | Poids | Source |\n| --- | --- | --- |\n"
    for entry in grid.entries {
      text +=
        "| " + cell(entry.criterion.title) + " (`" + entry.criterion.id + "`) | " + String(entry.weight) + " | "
        + entry.criterion.citation.source.shortReference + " : « " + cell(entry.criterion.citation.frenchQuote)
        + " » |\n"
    }
    return text
  }

  /// The section « Ce que l'outil ne vérifie pas »: what stays with people, as a list.
  public static func notChecked(_ items: [String]) -> String {
    "## Ce que l'outil ne vérifie pas\n\nLa pré-instruction automatique ne remplace ni l'instruction du dossier ni la sélection par le jury. Restent aux personnes :\n\n"
      + items.map { "- " + $0 + "\n" }.joined()
  }
}
