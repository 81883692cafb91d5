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
    for programme in CommandLineTool.programmes {
      pages.append((programme.identifier.rawValue + ".md", page(programme)))
    }
    pages.append(("tracabilite.md", traceability()))
    pages.append(("commandes.md", commandsPage()))
    return pages
  }

  // MARK: Pieces

  static func rules(_ programme: any FundingProgramme) -> String {
    let rules = programme.rules.filter(\.applies)
    let others = programme.rules.filter { !$0.applies }
    var text = "## Règles\n\n"
    if !others.isEmpty {
      let names = others.map { "`" + $0.id.rawValue + "`" }.joined(separator: ", ")
      text +=
        others.count == 1
        ? "Évaluée pour chaque dossier mais sans objet ici, la règle " + names
          + " n'est pas une condition de ce programme.\n\n"
        : "Évaluées pour chaque dossier mais sans objet ici, les règles " + names
          + " ne sont pas des conditions de ce programme.\n\n"
    }
    text += "| Règle | Intitulé | Source | Lecture |\n| --- | --- | --- | --- |\n"
    for rule in rules {
      text +=
        "| [`" + rule.id.rawValue + "`](#" + anchor(rule.id.rawValue) + ") | " + ReferenceMarkdown.cell(rule.title)
        + " | "
        + rule.citation.source.shortReference + (rule.interpretation == nil ? "" : ", interprétation") + " | "
        + (rule.readings.isEmpty
          ? "—" : rule.readings.map { "[`" + $0.rawValue + "`](#" + readingAnchor($0) + ")" }.joined(separator: ", "))
        + " |\n"
    }
    for rule in rules {
      text += "\n### " + rule.id.rawValue + "\n\n**" + rule.title + "**\n\n"
      text += rule.citations.map(ReferenceMarkdown.quote).joined(separator: "\n")
      if let interpretation = rule.interpretation { text += "\n**Interprétation.** " + interpretation + "\n" }
      if !rule.readings.isEmpty {
        text +=
          "\n**Lecture.** Dépend de "
          + rule.readings.map { "[`" + $0.rawValue + "`](#" + readingAnchor($0) + ")" }.joined(separator: " et ")
          + ".\n"
      }
      if !rule.inputs.isEmpty {
        text += "\n**Champs lus.** " + rule.inputs.map { "`" + $0.description + "`" }.joined(separator: ", ") + "\n"
      }
      if !rule.parameterIDs.isEmpty {
        text +=
          "\n**Paramètres lus.** " + rule.parameterIDs.map { "`" + $0 + "`" }.joined(separator: ", ")
          + " : la valeur en vigueur à la date de dépôt (voir « Paramètres »).\n"
      }
      if !rule.canBeViolated {
        text +=
          "\n**Jamais « non respectée ».** Les textes ne disent pas qu'un dossier échoue sur ce point : un cas douteux est « indéterminé ».\n"
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
      text += reading.citations.map(ReferenceMarkdown.quote).joined(separator: "\n") + "\n"
      for (index, variant) in reading.variants.enumerated() {
        text += "- `" + variant.id + "`" + (index == 0 ? " (par défaut)" : "") + " : " + variant.explanation + "\n"
      }
    }
    return text
  }

  static func parameters(_ programme: any FundingProgramme) -> String {
    var text = "## Paramètres datés\n\nÉdition : " + programme.editionName + ".\n\n"
    text +=
      "| Paramètre | Identifiant | En vigueur depuis | Valeur | Phrase | Source |\n"
      + "| --- | --- | --- | --- | --- | --- |\n"
    for parameter in programme.parameterDescriptions {
      text +=
        "| " + parameter.name + " | `" + parameter.id + "` | " + parameter.start.frenchDescription + " | "
        + parameter.value + " | « " + ReferenceMarkdown.cell(parameter.citation.quote) + " » | "
        + parameter.citation.source.shortReference + " |\n"
    }
    return text
  }

  /// The anchor of a reading's section, « Lecture ID ».
  static func readingAnchor(_ id: ReadingIdentifier) -> String { "lecture-" + anchor(id.rawValue) }

  static func anchor(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
  }

  // MARK: Pages

  static func index() -> String {
    var text = header + "# Référence des programmes\n\n"
    text +=
      "Chaque page donne, pour un programme, ses règles (identifiant, intitulé, phrases citées et leur source, interprétation et lecture le cas échéant, champs lus), ses lectures et leurs variantes, ses paramètres datés, ses enveloppes, son calendrier prévu et effectif, ses indicateurs obligatoires et ses critères de sélection. Les textes sources sont dans [`Docs/seeds/`](../seeds/). Ce sont des règles de pré-instruction automatique : elles ne remplacent ni l'instruction des dossiers ni la sélection par le jury.\n\n"
    text += "| Programme | Identifiant | Règles |\n| --- | --- | --- |\n"
    for programme in CommandLineTool.programmes {
      text +=
        "| [" + ReferenceMarkdown.cell(programme.title) + "](" + programme.identifier.rawValue + ".md) | `"
        + programme.identifier.rawValue + "` | " + String(programme.rules.count) + " |\n"
    }
    text +=
      "\n[Traçabilité](tracabilite.md) : pour chaque texte source (seed), chaque phrase citée et ce qui l'utilise.\n"
    text += "\n[Commandes](commandes.md) : les commandes de l'outil `relance`, leurs options et leur aide.\n"
    return text
  }

  /// The tool's commands, from its table (``CommandLineTool/table``): each usage and its
  /// help, the options each command accepts.
  static func commandsPage() -> String {
    var text = header + "# Les commandes de `relance`\n\n"
    text +=
      "Écrites à partir de la table des commandes de l'outil, qui sert aussi à l'aide (`relance --help`), aux "
      + "suggestions et aux scripts de complétion (`relance completion bash|zsh|fish`).\n\n"
    text += "| Commande | Options |\n| --- | --- |\n"
    for command in CommandLineTool.table {
      let options = command.options.map { "`" + $0 + "`" }.joined(separator: ", ")
      text += "| [`" + command.name + "`](#" + command.name + ") | " + (options.isEmpty ? "—" : options) + " |\n"
    }
    for command in CommandLineTool.table {
      text += "\n## " + command.name + "\n\n"
      for usage in command.usages {
        text += "```\n" + usage.synopsis + "\n```\n\n" + usage.description.joined(separator: " ") + "\n\n"
      }
    }
    return text
  }

  /// A programme's page: its calendar and own sections (``FundingProgramme/referenceSections``),
  /// its rules, readings and parameters.
  static func page(_ programme: any FundingProgramme) -> String {
    var text = header + "# " + programme.title + "\n\nIdentifiant : `" + programme.identifier.rawValue + "`. "
    if let envelope = programme.grantEnvelope {
      text += "Enveloppe : **" + envelope.amount.compactDescription + "**.\n\n"
    } else {
      text += "Les textes ne fixent pas le montant de son enveloppe.\n\n"
    }
    let sections = programme.referenceSections
    for section in sections where section.placement == .beforeRules { text += section.markdown + "\n" }
    text += rules(programme) + "\n" + readings(programme) + "\n" + parameters(programme)
    for section in sections where section.placement == .afterParameters { text += "\n" + section.markdown }
    return text
  }

  static func traceability() -> String {
    var text = header + "# Traçabilité des sources\n\nPour chaque seed, chaque phrase citée et ce qui l'utilise.\n"
    let entries = CitationIndex.entries
    for source in CommandLineTool.registry.sources {
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
          "| « " + ReferenceMarkdown.cell(key) + " » | " + ReferenceMarkdown.cell(locations[key]!) + " | "
          + users[key]!.joined(separator: ", ") + " |\n"
      }
    }
    return text
  }
}
