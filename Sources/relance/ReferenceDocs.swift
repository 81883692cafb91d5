import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes

/// The reference pages of `Docs/reference/`, generated from the library's own values.
///
/// Pages are pure strings, so `.ci/run` can regenerate them and fail when the committed
/// ones differ.
enum ReferenceDocs {
  static let header =
    "<!-- Généré par `swift run relance docs Docs/reference` à partir des types de la bibliothèque. Ne pas modifier à la main. -->\n\n"

  /// Every page: file name and Markdown content.
  static func pages() -> [(name: String, content: String)] {
    var pages = [("index.md", index())]
    for call in RelanceCall.allCases { pages.append((call.rawValue + ".md", relancePage(call))) }
    pages.append((FTAPGuichet.identifier.rawValue + ".md", ftapPage()))
    pages.append(("tracabilite.md", traceability()))
    return pages
  }

  // MARK: Pieces

  static func cell(_ text: String) -> String {
    text.replacing("|", with: "\\|").replacing("\n", with: " ")
  }

  static func quote(_ citation: Citation) -> String {
    "> « " + citation.quote + " »\n>\n> — " + citation.source.frenchReference + ", « " + citation.location
      + " » ([texte](../seeds/" + citation.source.fileName + "))\n"
  }

  static func rules(_ programme: any FundingProgramme) -> String {
    let rules = programme.rules
    var text = "## Règles\n\n| Règle | Intitulé | Source | Lecture |\n| --- | --- | --- | --- |\n"
    for rule in rules {
      text +=
        "| [`" + rule.id.rawValue + "`](#" + anchor(rule.id.rawValue) + ") | " + cell(rule.title) + " | "
        + rule.citation.source.shortReference + (rule.interpretation == nil ? "" : ", interprétation") + " | "
        + (rule.reading.map { "[`" + $0.rawValue + "`](#" + readingAnchor($0) + ")" } ?? "—") + " |\n"
    }
    for rule in rules {
      text += "\n### " + rule.id.rawValue + "\n\n**" + rule.title + "**\n\n"
      text += rule.citations.map(quote).joined(separator: "\n")
      if let interpretation = rule.interpretation { text += "\n**Interprétation.** " + interpretation + "\n" }
      if let reading = rule.reading {
        text += "\n**Lecture.** Dépend de [`" + reading.rawValue + "`](#" + readingAnchor(reading) + ").\n"
      }
      if !rule.inputs.isEmpty {
        text += "\n**Champs lus.** " + rule.inputs.map { "`" + $0.description + "`" }.joined(separator: ", ") + "\n"
      }
    }
    return text
  }

  static func readings(_ programme: any FundingProgramme) -> String {
    var text = "## Lectures\n\n"
    text +=
      "Là où les textes se lisent de plusieurs façons, chaque lecture a un identifiant et des variantes (la première est celle par défaut) ; `relance assess --reading LECTURE=VARIANTE` évalue un dossier sous une autre variante, et chaque rapport dit quelles variantes changeraient son statut.\n"
    for reading in programme.readings {
      text += "\n### Lecture " + reading.id.rawValue + "\n\n**" + reading.question + "**\n\n"
      text += reading.citations.map(quote).joined(separator: "\n") + "\n"
      for (index, variant) in reading.variants.enumerated() {
        text += "- `" + variant.id + "`" + (index == 0 ? " (par défaut)" : "") + " : " + variant.explanation + "\n"
      }
    }
    return text
  }

  static func parameters(_ programme: any FundingProgramme) -> String {
    var text = "## Paramètres datés\n\nÉdition : " + programme.editionName + ".\n\n"
    text += "| Paramètre | En vigueur depuis | Valeur | Source |\n| --- | --- | --- | --- |\n"
    for parameter in programme.parameterDescriptions {
      text +=
        "| " + parameter.name + " | " + parameter.start.frenchDescription + " | " + parameter.value + " | "
        + parameter.citation.source.shortReference + " |\n"
    }
    return text
  }

  /// The anchor of a reading's section, « Lecture ID ».
  static func readingAnchor(_ id: ReadingIdentifier) -> String { "lecture-" + anchor(id.rawValue) }

  static func anchor(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
  }

  static func window(_ label: String, _ schedule: ScheduledWindow) -> String {
    "| " + label + " | " + schedule.window.opening.frenchDescription + " (" + "au "
      + schedule.window.opening.precision.frenchName
      + ") | " + schedule.window.closing.frenchDescription + " (" + "au " + schedule.window.closing.precision.frenchName
      + ") | "
      + schedule.citations.map { $0.source.shortReference + " : « " + cell($0.quote) + " »" }.joined(
        separator: "<br>")
      + " |\n"
  }

  static func calendar(planned: ScheduledWindow, actual: ScheduledWindow?, note: String?) -> String {
    var text = "## Calendrier\n\n| | Ouverture | Clôture | Sources |\n| --- | --- | --- | --- |\n"
    text += window("Prévu", planned)
    if let actual { text += window("Effectif", actual) }
    for interpretation in Set([planned.interpretation, actual?.interpretation].compactMap { $0 }).sorted() {
      text += "\n**Interprétation.** " + interpretation + "\n"
    }
    if let note { text += "\n**Note.** " + note + "\n" }
    return text
  }

  static func envelopeTree(_ envelope: Envelope, highlight: EnvelopeIdentifier?, depth: Int = 0) -> String {
    let marker = envelope.id == highlight ? " **← cet appel**" : ""
    var line =
      String(repeating: "  ", count: depth) + "- " + envelope.label + " : **" + envelope.amount.description + "**"
    if let steward = envelope.steward { line += ", piloté par la " + steward.acronym }
    line += " (`" + envelope.id.rawValue + "`" + (envelope.citation.map { ", " + $0.source.shortReference } ?? "") + ")"
    line += marker + "\n"
    if let unallocated = envelope.unallocated, !envelope.children.isEmpty, unallocated > .zero {
      line += String(repeating: "  ", count: depth + 1) + "- dont non réparti : " + unallocated.description + "\n"
    }
    return line + envelope.children.map { envelopeTree($0, highlight: highlight, depth: depth + 1) }.joined()
  }

  static func criteria(_ grid: JuryGrid) -> String {
    var text = "| Critère | Poids | Source |\n| --- | --- | --- |\n"
    for entry in grid.entries {
      text +=
        "| " + cell(entry.criterion.title) + " (`" + entry.criterion.id + "`) | " + String(entry.weight) + " | "
        + entry.criterion.citation.source.shortReference + " : « " + cell(entry.criterion.citation.quote) + " » |\n"
    }
    return text
  }

  // MARK: Pages

  static func index() -> String {
    var text = header + "# Référence des programmes\n\n"
    text +=
      "Chaque page donne, pour un programme, ses règles (identifiant, intitulé, phrases citées et leur source, interprétation et lecture le cas échéant, champs lus), ses lectures et leurs variantes, ses paramètres datés, ses enveloppes, son calendrier prévu et effectif, ses indicateurs obligatoires et ses critères de sélection. Les textes sources sont dans [`Docs/seeds/`](../seeds/). Ce sont des règles de pré-instruction automatique : elles ne remplacent ni l'instruction des dossiers ni la sélection par le jury.\n\n"
    text += "| Programme | Identifiant | Règles |\n| --- | --- | --- |\n"
    for programme in CommandLineTool.programmes {
      text +=
        "| [" + cell(programme.title) + "](" + programme.identifier.rawValue + ".md) | `"
        + programme.identifier.rawValue + "` | " + String(programme.rules.count) + " |\n"
    }
    text +=
      "\n[Traçabilité](tracabilite.md) : pour chaque texte source (seed), chaque phrase citée et ce qui l'utilise.\n"
    return text
  }

  static func relancePage(_ call: RelanceCall) -> String {
    let schedule = call.calendar
    var text =
      header + "# " + call.title + "\n\nIdentifiant : `" + call.rawValue + "`. Enveloppe : **"
      + call.envelope.amount.compactDescription + "**.\n\n"
    text += calendar(planned: schedule.planned, actual: schedule.actual, note: schedule.note) + "\n"
    text += rules(call) + "\n" + readings(call) + "\n" + parameters(call)
    text += "\n## Enveloppes\n\n" + envelopeTree(RelancePlan.envelopes, highlight: call.envelopeIdentifier)
    text += "\n## Types de projet éligibles\n\n"
    text += RelanceProjectKind.allCases.map { "- " + $0.frenchName + " (`" + $0.rawValue + "`)\n" }.joined()
    text += "\n## Engagements du lauréat\n\n"
    text += LaureateCommitment.allCases.map { "- " + $0.frenchName + " (`" + $0.rawValue + "`)\n" }.joined()
    text += "\nLa démo est due 6 mois après l'attribution des fonds (fin de mois si le jour n'existe pas).\n"
    text += "\n## Indicateurs obligatoires\n\nLes textes n'en fixent pas pour cet appel.\n"
    text += "\n## Critères de sélection\n\n" + criteria(RelanceSelection.grid)
    return text
  }

  static func ftapPage() -> String {
    let guichet = FTAPGuichet()
    var text =
      header + "# " + guichet.title + "\n\nIdentifiant : `" + guichet.identifier.rawValue
      + "`. Les textes ne fixent pas le montant de l'enveloppe du guichet.\n\n"
    text += calendar(planned: guichet.window, actual: nil, note: nil) + "\n"
    text += rules(guichet) + "\n" + readings(guichet) + "\n" + parameters(guichet)
    text +=
      "\n## Tranches et jalons\n\n" + quote(FTAPEdition.trancheCitation) + "\n" + quote(FTAPEdition.milestoneCitation)
    text += "\nLa répartition suit la lecture [`ftap.tranches.split`](#lecture-ftaptranchessplit).\n"
    text +=
      "\n## Enveloppes\n\nLe guichet relève du Fonds de transformation de l'action publique ; les textes ne donnent pas son montant.\n"
    text +=
      "\n## Indicateurs obligatoires\n\n| Indicateur | Type de projet | Définition | Source |\n| --- | --- | --- | --- |\n"
    for indicator in FTAPIndicator.allCases {
      text +=
        "| " + indicator.frenchName + " (`" + indicator.rawValue + "`) | " + indicator.projectType.shortName + " | "
        + cell(indicator.definition) + " | " + indicator.citation.source.shortReference + " : « "
        + cell(indicator.citation.quote) + " » |\n"
    }
    text +=
      "\n## Critères de sélection\n\nLe critère principal pèse autant que tous les autres critères du dossier réunis.\n"
    for type in FTAPProjectType.allCases {
      text += "\n### " + type.shortName.prefix(1).uppercased() + type.shortName.dropFirst() + "\n\n"
      text += criteria(FTAPSelection.grid(for: [type]))
    }
    text += "\n**Interprétation.** " + FTAPSelection.policyInterpretation + "\n"
    text += "\n## Principes de qualité et accompagnement\n\n"
    text += FTAPGuichet.qualityPrinciples.map { "- " + $0 + "\n" }.joined()
    text += "\nAccompagnement du Datalab (certains projets complexes) :\n\n"
    text += FTAPGuichet.datalabSupport.map { "- " + $0 + "\n" }.joined()
    return text
  }

  static func traceability() -> String {
    var text = header + "# Traçabilité des sources\n\nPour chaque seed, chaque phrase citée et ce qui l'utilise.\n"
    let entries = CitationIndex.entries
    for source in Source.allCases {
      text +=
        "\n## Seed " + source.number + " — " + source.title + "\n\n`" + source.fileName + "`, " + source.publisher
        + (source.date.map { ", " + $0.frenchDescription } ?? "") + ".\n\n"
      var quotes: [String] = []
      var users: [String: [String]] = [:]
      var locations: [String: String] = [:]
      for entry in entries where entry.citation.source == source {
        let key = entry.citation.quote
        if users[key] == nil {
          quotes.append(key)
          locations[key] = entry.citation.location
        }
        if !(users[key] ?? []).contains(entry.user) { users[key, default: []].append(entry.user) }
      }
      guard !quotes.isEmpty else {
        text += "Aucune phrase citée : ce texte sert de contexte.\n"
        continue
      }
      text += "| Phrase citée | Emplacement | Utilisée par |\n| --- | --- | --- |\n"
      for key in quotes {
        text +=
          "| « " + cell(key) + " » | " + cell(locations[key]!) + " | " + users[key]!.joined(separator: ", ") + " |\n"
      }
    }
    return text
  }
}
