import FranceRelanceModel

/// The French, human-readable rendering of an assessment report.
enum AssessmentText {
  static func render(_ report: AssessmentReport) -> String {
    let assessment = report.assessment
    var lines: [String] = []
    let title =
      CommandLineTool.programmes.first { $0.identifier == assessment.programme }?.title
      ?? assessment.programme.rawValue
    lines.append("Dossier " + (assessment.reference ?? "sans référence") + " — " + title)
    lines.append("Statut : " + report.status.frenchName.uppercased())
    lines.append("")
    for finding in assessment.findings {
      lines.append(symbol(finding.outcome) + " " + finding.rule.id.rawValue + " — " + finding.rule.title)
      lines.append("    " + finding.message)
      lines.append("    Source : " + finding.rule.citation.description)
      if let interpretation = finding.rule.interpretation {
        lines.append("    Interprétation : " + interpretation)
      }
    }
    if let money = report.coFinancing {
      lines.append("")
      lines.append(
        "Cofinancement : demandé " + text(money.requested) + ", plafond " + text(money.cap)
          + ", part de l'administration " + text(money.administrationShare))
    }
    if let money = report.coFinancing {
      var details: [String] = []
      if let rate = money.effectiveRate { details.append("taux effectif " + rate.description) }
      if let limit = money.bindingLimit {
        details.append(
          "limite déterminante : "
            + (limit == "personnel"
              ? "coût total moins dépenses de personnel" : limit == "both" ? "les deux limites" : "taux maximal"))
      }
      if !details.isEmpty { lines.append("  (" + details.joined(separator: ", ") + ")") }
    }
    if !report.remedies.isEmpty {
      lines.append(
        "Pour entrer dans les limites"
          + (report.remediesSuffice == true
            ? " (le dossier deviendrait éligible)" : " (d'autres règles resteraient non respectées)") + " :")
      for remedy in report.remedies { lines.append("  - " + remedy.message) }
    }
    if !report.tranches.isEmpty {
      lines.append("Tranches :")
      for tranche in report.tranches {
        lines.append(
          "  " + String(tranche.number) + ". " + tranche.date.frenchDescription + " : " + tranche.amount.description)
      }
    }
    if !report.mandatoryIndicators.isEmpty {
      lines.append("Indicateurs obligatoires : " + report.mandatoryIndicators.joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func symbol(_ outcome: Outcome) -> String {
    switch outcome {
    case .satisfied: "[ok]"
    case .violated: "[NON]"
    case .notApplicable: "[s.o.]"
    case .missingInput: "[??]"
    }
  }

  static func text(_ amount: Euros?) -> String { amount?.description ?? "inconnu" }
}
