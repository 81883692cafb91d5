extension AssessmentReport {
  // MARK: French text

  /// The report in French, as `relance assess` prints it: the status, every finding with
  /// its message, source, interpretation, the parameter periods it applied and reading, the money, the readings in force and those that
  /// would change the status, and a reminder that this is an automatic pre-check.
  ///
  /// Text taken from the dossier (its reference) is printed with its control characters
  /// escaped, so it stays on one line.
  public var frenchDescription: String {
    var lines: [String] = []
    lines.append("Dossier " + (assessment.reference.map(Self.printable) ?? "sans référence") + " — " + title)
    lines.append("Édition : " + edition)
    lines.append("Statut : " + status.frenchName.uppercased())
    lines.append("")
    for finding in assessment.findings {
      lines.append(Self.symbol(finding.outcome.kind) + " " + finding.rule.id.rawValue + " — " + finding.rule.title)
      lines.append("    " + finding.message)
      lines.append("    Source : " + finding.citation.frenchDescription)
      if let interpretation = finding.rule.interpretation {
        lines.append("    Interprétation : " + interpretation)
      }
      for parameter in finding.rule.parameters { lines.append("    Paramètre : " + parameter.frenchApplied) }
      if let reading = finding.reading {
        lines.append(
          "    Lecture : " + reading.id.rawValue + " = " + reading.variant + (reading.isDefault ? " (par défaut)" : ""))
      }
    }
    if let money = coFinancing {
      lines.append("")
      lines.append(
        "Cofinancement : demandé " + Self.text(money.requested) + ", plafond " + Self.text(money.cap)
          + ", part de l'administration " + Self.text(money.administrationShare, unknown: "inconnue"))
      var details: [String] = []
      if let rate = money.effectiveRate { details.append("taux effectif " + rate.description) }
      if let limit = money.bindingLimit { details.append("limite déterminante : " + limit.frenchName) }
      if !details.isEmpty { lines.append("  (" + details.joined(separator: ", ") + ")") }
    }
    if !remedies.isEmpty {
      lines.append(
        "Pour entrer dans les limites"
          + (remediesSuffice == true
            ? " (le dossier deviendrait éligible)" : " (d'autres règles resteraient non respectées)") + " :")
      for remedy in remedies { lines.append("  - " + remedy.message) }
    }
    if !tranches.isEmpty {
      lines.append("Tranches :")
      for tranche in tranches {
        lines.append(
          "  " + String(tranche.number) + ". " + tranche.date.frenchDescription + " : " + tranche.amount.description)
      }
      if tranches.count > 1 {
        lines.append(
          "  (montants égaux, centimes restants sur la première : une lecture, les textes ne fixent pas la répartition entre tranches)"
        )
      }
    }
    if !mandatoryIndicators.isEmpty {
      lines.append("Indicateurs obligatoires :")
      for indicator in mandatoryIndicators {
        lines.append("  - " + indicator.title + " (" + indicator.id.rawValue + ")")
      }
    }
    if !readings.isEmpty {
      lines.append("")
      lines.append("Lectures appliquées (relance readings les explique) :")
      for reading in readings {
        lines.append(
          "  - " + reading.id.rawValue + " = " + reading.variant + (reading.isDefault ? " (par défaut)" : ""))
      }
      if sensitivity.isEmpty {
        lines.append("Aucune autre variante de lecture ne changerait le statut.")
      } else {
        lines.append("Le statut dépend d'une lecture :")
        for entry in sensitivity {
          lines.append(
            "  - avec " + entry.reading.rawValue + " = " + entry.variant + ", le dossier serait "
              + entry.status.frenchName)
        }
      }
    }
    if let reform {
      lines.append("")
      lines += reform.frenchLines
    }
    lines.append("")
    lines.append(Self.preCheckNotice)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The reminder that closes every French report and batch summary: the assessment is
  /// an automatic pre-check, not a decision.
  public static let preCheckNotice =
    "Pré-instruction automatique : elle ne remplace ni l'instruction du dossier ni la sélection par le jury."

  // MARK: Helpers

  /// The mark of an outcome in the French text.
  static func symbol(_ kind: Outcome.Kind) -> String {
    switch kind {
    case .satisfied: "[ok]"
    case .violated: "[NON]"
    case .notApplicable: "[s.o.]"
    case .missingInput: "[??]"
    case .undetermined: "[?!]"
    }
  }

  static func text(_ amount: Euros?, unknown: String = "inconnu") -> String { amount?.description ?? unknown }

  /// Text from the input on one line (``JSONObjectReader/escapingLineBreaks(in:limit:)``).
  static func printable(_ text: String) -> String { JSONObjectReader.escapingLineBreaks(in: text) }
}
