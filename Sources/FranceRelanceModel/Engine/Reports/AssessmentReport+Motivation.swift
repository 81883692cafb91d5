extension AssessmentReport {
  // MARK: Motivation

  /// A draft « motivation » for the decision on the dossier, in French, built from the
  /// findings: what an instructor can paste into démarches-simplifiées (its `motivation`
  /// text) after reading it.
  ///
  /// It names the programme, the status and, by status, the conditions not met (with the
  /// text each comes from), the information missing, or the points the texts do not
  /// settle; for an eligible dossier, the cap. It says that it is an automatic pre-check to
  /// be reviewed, and which readings of the texts it depends on.
  ///
  /// ```swift
  /// print(FTAPGuichet().report(on: dossier).frenchMotivation)
  /// ```
  public var frenchMotivation: String {
    var lines: [String] = []
    let reference = assessment.reference.map { " " + Self.printable($0) } ?? ""
    let findings = assessment.findings
    func entries(_ kind: Outcome.Kind) -> [String] {
      findings.filter { $0.outcome.kind == kind }.map { finding in
        "- " + finding.rule.title + " : " + finding.message + " (" + finding.citation.source.frenchReference
          + ", « " + finding.citation.location + " » : « " + finding.citation.frenchQuote + " »)"
      }
    }
    switch status {
    case .ineligible:
      lines.append(
        "Le dossier" + reference + " ne remplit pas les conditions suivantes (" + title + ", édition " + edition
          + ") :")
      lines += entries(.violated)
    case .incomplete:
      lines.append(
        "Le dossier" + reference + " est incomplet (" + title + ", édition " + edition
          + ") ; il manque les informations suivantes :")
      lines += findings.filter { $0.outcome.kind == .missingInput }.map { "- " + $0.rule.title + " : " + $0.message }
    case .undetermined:
      lines.append(
        "Les textes (" + title + ", édition " + edition
          + ") ne permettent pas de trancher les points suivants du dossier"
          + reference + " ; ils relèvent de l'instruction :")
      lines += entries(.undetermined)
    case .eligible:
      lines.append(
        "Le dossier" + reference + " remplit les conditions d'éligibilité vérifiées automatiquement (" + title
          + ", édition " + edition + " : " + String(findings.count) + " règles).")
      if let cap = coFinancing?.cap { lines.append("Le cofinancement ne peut dépasser " + cap.description + ".") }
    }
    let chosen = readings.filter { !$0.isDefault }
    if !chosen.isEmpty {
      lines.append(
        "Lectures des textes retenues : " + chosen.map { $0.id.rawValue + " = " + $0.variant }.joined(separator: ", ")
          + ".")
    }
    if !sensitivity.isEmpty {
      lines.append(
        "Sous une autre lecture des textes, la conclusion changerait ("
          + sensitivity.map { $0.reading.rawValue + " = " + $0.variant + " : " + $0.status.frenchName }.joined(
            separator: " ; ") + ").")
    }
    lines.append(
      "Projet de motivation établi par une pré-instruction automatique : à relire par l'instructeur avant toute décision."
    )
    return lines.joined(separator: "\n") + "\n"
  }
}
