extension AssessmentReport {
  // MARK: The verdict in HTML

  /// The verdict as an HTML `<section>` (design v3 §12), French, every value escaped: the
  /// status, the co-financing and its cap with the binding limit, the tranches, the
  /// remedies, the readings chosen and those that would change the status, then each
  /// rule's finding with the sentence that decided it (inline or as footnotes, by
  /// `options`). The pre-check page and the printed report (`relance assess --html`) both
  /// write it, so that what is read on screen and on paper is the same.
  ///
  /// ```swift
  /// let section = report.verdictHTML(ReportHTMLOptions(citations: .footnotes, headingLevel: 3))
  /// ```
  ///
  /// - Complexity: O(*n*) in the number of findings.
  public func verdictHTML(_ options: ReportHTMLOptions = ReportHTMLOptions()) -> String {
    let h = "h" + String(options.headingLevel)
    let sub = "h" + String(options.headingLevel + 1)
    let tone: String =
      switch status {
      case .eligible: "succes"
      case .ineligible: "erreur"
      case .incomplete, .undetermined: "info"
      }
    var html: String
    if let id = options.headingID.map(HTMLText.escaped) {
      html =
        "<section class=\"verdict\" aria-labelledby=\"" + id + "\"><" + h + " id=\"" + id + "\">Verdict</" + h + ">\n"
    } else {
      html = "<section class=\"verdict\"><" + h + ">Verdict</" + h + ">\n"
    }
    html +=
      "<div class=\"alerte alerte-" + tone + "\" role=\"status\"><p class=\"statut\">Statut : "
      + HTMLText.escaped(status.frenchName.uppercased()) + "</p>"
    if status == .incomplete, let left = options.questionsLeft {
      html += "<p>" + String(left) + " information(s) manquent encore.</p>"
    }
    html += "</div>\n"
    if let money = coFinancing, let cap = money.cap {
      html +=
        "<p>Cofinancement au plus : <strong>" + HTMLText.escaped(cap.description) + "</strong>"
        + (money.bindingLimit.map { " (limite : " + HTMLText.escaped($0.frenchName) + ")" } ?? "") + "</p>\n"
    }
    if !tranches.isEmpty {
      html +=
        "<table><caption>Tranches prévues</caption><thead><tr><th scope=\"col\">Tranche</th>"
        + "<th scope=\"col\">Date</th><th scope=\"col\">Montant</th></tr></thead><tbody>\n"
      for (offset, tranche) in tranches.enumerated() {
        html +=
          "<tr><td>" + String(offset + 1) + "</td><td>" + HTMLText.escaped(tranche.date.frenchDescription)
          + "</td><td>" + HTMLText.escaped(tranche.amount.description) + "</td></tr>\n"
      }
      html += "</tbody></table>\n"
    }
    if !remedies.isEmpty {
      html += "<" + sub + ">Pour rendre le dossier éligible</" + sub + "><ul>\n"
      for remedy in remedies { html += "<li>" + HTMLText.escaped(remedy.message) + "</li>\n" }
      html += "</ul>\n"
    }
    html += readingsHTML(options, heading: sub)
    html += findingsHTML(options, heading: sub)
    return html + "</section>\n"
  }

  /// The readings chosen and those that would change the status.
  func readingsHTML(_ options: ReportHTMLOptions, heading sub: String) -> String {
    var html = ""
    func link(_ id: ReadingIdentifier, _ variant: String?, _ text: String) -> String {
      guard let address = options.readingLink?(id, variant) else { return "" }
      return " — <a href=\"" + HTMLText.escaped(address) + "\">" + text + "</a>"
    }
    let chosen = readings.filter { !$0.isDefault }
    if !chosen.isEmpty {
      html += "<" + sub + ">Lectures choisies</" + sub + "><ul>\n"
      for reading in chosen {
        html +=
          "<li>" + HTMLText.escaped(reading.id.rawValue + " = " + reading.variant)
          + link(reading.id, nil, "revenir à la lecture par défaut") + "</li>\n"
      }
      html += "</ul>\n"
    }
    if !sensitivity.isEmpty {
      html += "<" + sub + ">Lectures qui changeraient le statut</" + sub + "><ul>\n"
      for item in sensitivity {
        html +=
          "<li>" + HTMLText.escaped(item.reading.rawValue + " = " + item.variant) + " : "
          + HTMLText.escaped(item.status.frenchName) + link(item.reading, item.variant, "appliquer cette lecture")
          + "</li>\n"
      }
      html += "</ul>\n"
    }
    return html
  }

  /// Each rule's finding with its sentence, inline or as numbered notes.
  func findingsHTML(_ options: ReportHTMLOptions, heading sub: String) -> String {
    var html = "<" + sub + ">Règle par règle</" + sub + ">\n<ul class=\"constats\">\n"
    var notes: [String] = []
    for finding in assessment.findings {
      let source = HTMLText.escaped(
        finding.citation.source.frenchReference + ", « " + finding.citation.location + " »")
      let applied = finding.rule.parameters.map {
        "<p class=\"parametre\">Paramètre : " + HTMLText.escaped($0.frenchApplied) + "</p>"
      }.joined()
      html +=
        "<li><p><span class=\"etiquette etiquette-" + HTMLText.escaped(finding.outcome.kind.name) + "\">"
        + HTMLText.escaped(finding.outcome.kind.frenchName) + "</span> <strong>"
        + HTMLText.escaped(finding.rule.title) + "</strong>"
      switch options.citations {
      case .inline:
        html +=
          "</p><p>" + HTMLText.escaped(finding.message) + "</p>" + applied + "<blockquote><p>"
          + HTMLText.escaped(finding.citation.frenchQuote) + "</p><footer>" + source + "</footer></blockquote></li>\n"
      case .footnotes:
        notes.append(HTMLText.escaped(finding.citation.frenchQuote) + " — " + source)
        html +=
          "<sup class=\"appel\">" + String(notes.count) + "</sup></p><p>" + HTMLText.escaped(finding.message)
          + "</p>" + applied + "</li>\n"
      }
    }
    html += "</ul>\n"
    if !notes.isEmpty {
      html += "<ol class=\"notes\">\n"
      for note in notes { html += "<li>" + note + "</li>\n" }
      html += "</ol>\n"
    }
    return html
  }
}
