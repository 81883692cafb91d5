import FTAPGuichet
import FranceRelanceModel

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
    "> « " + citation.quote + " »\n>\n> — seed " + citation.source.number + " (`" + citation.source.fileName + "`), « "
      + citation.location + " »\n"
  }

  static func rules(_ rules: [Rule]) -> String {
    var text = "## Règles\n\n| Règle | Intitulé | Source |\n| --- | --- | --- |\n"
    for rule in rules {
      text +=
        "| [`" + rule.id.rawValue + "`](#" + anchor(rule.id.rawValue) + ") | " + cell(rule.title) + " | seed "
        + rule.citation.source.number + (rule.interpretation == nil ? "" : ", interprétation") + " |\n"
    }
    for rule in rules {
      text += "\n### " + rule.id.rawValue + "\n\n**" + rule.title + "**\n\n" + quote(rule.citation)
      if let interpretation = rule.interpretation { text += "\n**Interprétation.** " + interpretation + "\n" }
    }
    return text
  }

  static func anchor(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
  }

  static func window(_ label: String, _ schedule: ScheduledWindow) -> String {
    "| " + label + " | " + schedule.window.opening.frenchDescription + " (" + "au "
      + schedule.window.opening.precision.frenchName
      + ") | " + schedule.window.closing.frenchDescription + " (" + "au " + schedule.window.closing.precision.frenchName
      + ") | "
      + schedule.citations.map { "seed " + $0.source.number + " : « " + cell($0.quote) + " »" }.joined(
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
    line += " (`" + envelope.id.rawValue + "`" + (envelope.citation.map { ", seed " + $0.source.number } ?? "") + ")"
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
        "| " + cell(entry.criterion.title) + " (`" + entry.criterion.id + "`) | " + String(entry.weight) + " | seed "
        + entry.criterion.citation.source.number + " : « " + cell(entry.criterion.citation.quote) + " » |\n"
    }
    return text
  }

  // MARK: Pages

  static func index() -> String {
    var text = header + "# Référence des programmes\n\n"
    text +=
      "Chaque page donne, pour un programme, ses règles (identifiant, intitulé, phrase citée et son seed, interprétation le cas échéant), ses paramètres datés, ses enveloppes, son calendrier prévu et effectif, ses indicateurs obligatoires et ses critères de sélection. Les seeds sont dans [`Docs/seeds/`](../seeds/).\n\n"
    text += "| Programme | Identifiant | Règles |\n| --- | --- | --- |\n"
    for programme in CommandLineTool.programmes {
      text +=
        "| [" + cell(programme.title) + "](" + programme.identifier.rawValue + ".md) | `"
        + programme.identifier.rawValue + "` | " + String(programme.rules.count) + " |\n"
    }
    text += "\n[Traçabilité](tracabilite.md) : pour chaque seed, chaque phrase citée et ce qui l'utilise.\n"
    return text
  }

  static func relancePage(_ call: RelanceCall) -> String {
    let schedule = call.calendar
    var text =
      header + "# " + call.title + "\n\nIdentifiant : `" + call.rawValue + "`. Enveloppe : **"
      + call.envelope.amount.compactDescription + "**.\n\n"
    text += calendar(planned: schedule.planned, actual: schedule.actual, note: schedule.note) + "\n"
    text += rules(call.rules) + "\n"
    text += "## Paramètres datés\n\n| Paramètre | En vigueur depuis | Valeur | Source |\n| --- | --- | --- | --- |\n"
    for period in RelancePlan.coFinancingRate.periods {
      text +=
        "| " + RelancePlan.coFinancingRate.name + " | " + period.start.frenchDescription + " | "
        + period.value.description + " | seed " + period.citation.source.number + " |\n"
    }
    if call == .continuous {
      for period in RelancePlan.continuousWindowSizeLimit.periods {
        text +=
          "| " + RelancePlan.continuousWindowSizeLimit.name + " | " + period.start.frenchDescription + " | "
          + period.value.description + " | seed " + period.citation.source.number + " |\n"
      }
    }
    text += "\n## Enveloppes\n\n" + envelopeTree(RelancePlan.envelopes, highlight: call.envelopeIdentifier)
    text += "\n## Types de projet éligibles\n\n"
    text += RelanceProjectKind.allCases.map { "- " + $0.frenchName + " (`" + $0.rawValue + "`)\n" }.joined()
    text += "\n## Engagements du lauréat\n\n"
    text += LaureateCommitment.allCases.map { "- " + $0.frenchText + " (`" + $0.rawValue + "`)\n" }.joined()
    text += "\nLa démo est due 6 mois après l'attribution des fonds (fin de mois si le jour n'existe pas).\n"
    text += "\n## Indicateurs obligatoires\n\nLes textes n'en fixent pas pour cet appel.\n"
    text += "\n## Critères de sélection\n\n" + criteria(RelanceSelection.grid)
    return text
  }

  static func ftapPage() -> String {
    var text =
      header + "# " + FTAPGuichet.title + "\n\nIdentifiant : `" + FTAPGuichet.identifier.rawValue
      + "`. Les textes ne fixent pas le montant de l'enveloppe du guichet.\n\n"
    text += calendar(planned: FTAPGuichet.window, actual: nil, note: nil) + "\n"
    text += rules(FTAPRules.catalogue) + "\n"
    text += "## Paramètres datés\n\n| Paramètre | En vigueur depuis | Valeur | Source |\n| --- | --- | --- | --- |\n"
    for parameter in FTAPRules.parameters {
      text +=
        "| " + parameter.name + " | " + parameter.start.frenchMonthDescription + " | " + parameter.value + " | seed "
        + parameter.citation.source.number + " |\n"
    }
    text += "\n## Tranches et jalons\n\n" + quote(FTAPRules.trancheCitation) + "\n" + quote(FTAPRules.milestoneCitation)
    text += "\n**Interprétation.** " + TrancheSchedule.interpretation + "\n"
    text +=
      "\n## Enveloppes\n\nLe guichet relève du Fonds de transformation de l'action publique ; les textes ne donnent pas son montant.\n"
    text +=
      "\n## Indicateurs obligatoires\n\n| Indicateur | Type de projet | Définition | Source |\n| --- | --- | --- | --- |\n"
    for indicator in FTAPIndicator.allCases {
      text +=
        "| " + indicator.frenchTitle + " (`" + indicator.rawValue + "`) | " + indicator.projectType.shortName + " | "
        + cell(indicator.definition) + " | seed 004 : « " + cell(indicator.citation.quote) + " » |\n"
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
