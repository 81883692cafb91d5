import FTAPGuichet
import FranceRelanceModel

extension CommandLineTool {
  // MARK: award

  /// `relance award FILE [--json | --ledger] [--reading ID=VARIANT]…`: an FTAP award's
  /// state after replaying its reviews, under the file's readings and those chosen.
  static func award(_ arguments: [String], readFile: (String) throws(InputFileError) -> [UInt8]) -> ToolResult {
    let usage = "utilisation : relance award [--json | --ledger] [--reading LECTURE=VARIANTE]… FICHIER"
    let parsed: DossierArguments
    switch DossierArguments.parse(arguments, flags: ["--json", "--ledger"]) {
    case .success(let value): parsed = value
    case .failure(let result): return result
    }
    let flags = parsed.flags
    guard parsed.paths.count == 1, !(flags.contains("--json") && flags.contains("--ledger")) else {
      return .badUsage(usage)
    }
    // A chosen reading must be one of the guichet's: a usage error otherwise, as in assess.
    do { _ = try FTAPReadings(parsed.selection) } catch { return .badUsage(error.description) }
    let path = parsed.paths[0]
    let json: JSONValue
    switch loadJSON(path, readFile: readFile) {
    case .success(let value): json = value
    case .failure(let result): return result
    }
    let award: FTAPAward
    let reviews: MilestoneReviewProcess
    let guichet: FTAPGuichet
    do {
      // The award follows the edition its dossier names.
      guichet = try FTAPAward.guichet(of: json, in: registry)
      (award, reviews) = try FTAPAward.replay(json: json, guichet: guichet, selection: parsed.selection)
    } catch {
      return .badInput(file: path, error.description)
    }
    if flags.contains("--ledger") {
      // The commitment and the releases of withheld tranches, as ledger events to append.
      guard let reader = try? JSONObjectReader(json, at: .root, keys: [], allowingOthers: true),
        let envelope = try? reader.string("envelope"), let object = try? reader.string("object")
      else {
        return .badInput(file: path, "envelope, object : champs obligatoires pour écrire les événements du registre")
      }
      let events = award.ledgerEvents(after: reviews, envelope: EnvelopeIdentifier(rawValue: envelope), object: object)
      let document = JSONValue.object([.init("events", .array(events.map(\.json)))])
      // The events pass the ledger reader's checks before they are written: what award
      // --ledger writes, envelopes --ledger and export scdl read.
      do { _ = try LedgerFile(json: document, at: .root) } catch { return .badInput(file: path, error.description) }
      return .success(document.serialized() + "\n")
    }
    return .success(
      flags.contains("--json")
        ? award.stateJSON(reviews: reviews).serialized() + "\n" : awardText(award, reviews, guichet: guichet))
  }

  static func awardText(_ award: FTAPAward, _ reviews: MilestoneReviewProcess, guichet: FTAPGuichet) -> String {
    var lines = [
      "Subvention " + (award.dossier.reference ?? "(sans référence)") + " — " + guichet.title + " (édition "
        + guichet.editionName + ")",
      "Convention du " + award.conventionDate.frenchDescription + " ; attribué " + award.granted.description
        + (award.schedule.count > 1 ? " en " + String(award.schedule.count) + " tranches" : " en un versement"),
      "Versé : " + reviews.released.description
        + (award.readings.withheldTranche == .lost
          ? " ; perdu (rendu à l'enveloppe) : " + reviews.lost.description
          : " ; non débloqué : " + reviews.withheld.description) + " ; reste à verser au plus : "
        + reviews.remaining.description,
    ]
    if let excess = award.grantedAboveRequest {
      lines.append(
        "Attention : le montant attribué dépasse de " + excess.description + " le cofinancement demandé ("
          + (award.dossier.requestedCoFinancing?.description ?? "") + ").")
    }
    let chosen = award.readings.applied.filter { !$0.isDefault }
    lines.append(
      "Lectures : "
        + (chosen.isEmpty
          ? "toutes par défaut" : chosen.map { $0.id.rawValue + " = " + $0.variant }.joined(separator: ", "))
        + " (relance readings " + guichet.identifier.rawValue + ")")
    for (rule, decision) in award.decisions.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      lines.append(
        "Décision de l'instruction sur " + rule.rawValue + " (indéterminée par les textes) : "
          + decision.verdict.frenchName + " — « " + TerminalText.line(decision.reason) + " »")
    }
    lines += ["", "Jalons :"]
    for milestone in reviews.milestones {
      let tranche =
        milestone.tranche.map { " — tranche " + String($0.number) + " (" + $0.amount.description + ")" } ?? ""
      lines.append(
        "  " + String(milestone.number) + ". " + milestone.date.frenchDescription + tranche + " : "
          + award.frenchState(milestone))
      if let note = award.afterEnd(milestone) { lines.append("       " + note) }
      // The report of this milestone, beside the targets of the deployment strategy.
      for event in reviews.history where event.milestone == milestone.number {
        guard case .submitReport(let report) = event.action else { continue }
        for row in award.comparison(of: report, at: milestone.number) {
          lines.append(
            "       " + TerminalText.line(row.indicator) + " : " + row.reported + " (cible : "
              + TerminalText.line(row.target) + ")")
        }
      }
    }
    if let next = reviews.current {
      lines.append("")
      lines.append("Prochaine étape (jalon " + String(next.number) + ") : " + award.nextStep(next) + ".")
      let targets = award.targets(at: next.number)
      if !targets.isEmpty {
        lines.append("Cibles de ce jalon (stratégie de déploiement) :")
        for (indicator, target) in targets {
          lines.append("  - " + TerminalText.line(indicator) + " : " + TerminalText.line(target))
        }
      }
    } else {
      lines.append("")
      lines.append("Tous les jalons sont clos.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

}
