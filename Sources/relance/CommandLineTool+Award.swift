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
    do {
      (award, reviews) = try FTAPAward.replay(json: json, selection: parsed.selection)
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
      flags.contains("--json") ? awardJSON(award, reviews).serialized() + "\n" : awardText(award, reviews))
  }

  /// A milestone's state, in French.
  static func frenchState(_ state: MilestoneState) -> String {
    switch state {
    case .pending: "en attente du compte rendu d'impact"
    case .reportSubmitted: "compte rendu remis, en attente de la revue"
    case .reviewed(.confirmed): "stratégie confirmée, tranche à décider"
    case .reviewed(.adjusted): "stratégie ajustée, tranche à décider"
    case .trancheUnlocked: "tranche débloquée"
    case .trancheWithheld(let reason): "tranche non débloquée : « " + TerminalText.line(reason) + " »"
    case .trancheUnlockedLater(let reason, let date):
      "tranche non débloquée (« " + TerminalText.line(reason) + " »), puis débloquée le " + date.frenchDescription
    case .closed: "clos"
    }
  }

  /// A milestone's state under the award's reading of a tranche not unlocked: « tranche
  /// perdue » under `ftap.tranches.withheld = lost`, never « suspendue ».
  static func frenchState(_ milestone: Milestone, _ award: FTAPAward) -> String {
    if case .trancheWithheld(let reason) = milestone.state, case .lost = award.readings.withheldTranche {
      return "tranche perdue, rendue à l'enveloppe : « " + TerminalText.line(reason)
        + " » (lecture ftap.tranches.withheld)"
    }
    return frenchState(milestone.state)
  }

  /// Why a milestone falls after the project's end, or `nil`: the reading that puts it
  /// there (`ftap.tranches.split = everySixMonths` dates tranches past the end) or the
  /// closing review the process adds (an interpretation).
  static func afterEnd(_ milestone: Milestone, _ award: FTAPAward) -> String? {
    guard milestone.date > award.schedule.end else { return nil }
    let end = award.schedule.end.frenchDescription
    if milestone.tranche != nil {
      return "après la fin du projet (" + end + ") : lecture ftap.tranches.split = "
        + FTAPReadings.declarations.first { $0.id == "ftap.tranches.split" }!.variant(in: award.readings)
    }
    return "après la fin du projet (" + end
      + ") : revue de clôture du dernier jalon de 6 mois entamé (interprétation, le texte ne la date pas)"
  }

  /// What the next step of a milestone needs, in French.
  static func nextStep(_ milestone: Milestone, _ award: FTAPAward) -> String {
    switch milestone.state {
    case .pending:
      let indicators = award.mandatoryIndicators.map { "« " + $0.frenchName + " »" }
      return "le compte rendu d'impact du porteur, à partir du " + milestone.date.frenchDescription
        + (indicators.isEmpty ? "" : ", avec " + indicators.joined(separator: ", "))
    case .reportSubmitted: return "la revue de la DINUM (confirmer ou ajuster la stratégie)"
    case .reviewed:
      return milestone.tranche == nil
        ? "la clôture du dernier jalon par la DINUM" : "la décision de la DINUM : débloquer la tranche ou non"
    case .trancheUnlocked, .trancheWithheld, .trancheUnlockedLater, .closed: return ""
    }
  }

  static func awardText(_ award: FTAPAward, _ reviews: MilestoneReviewProcess) -> String {
    var lines = [
      "Subvention " + (award.dossier.reference ?? "(sans référence)") + " — " + FTAPGuichet().title,
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
        + " (relance readings ftap-data-2023)")
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
          + frenchState(milestone, award))
      if let note = afterEnd(milestone, award) { lines.append("       " + note) }
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
      lines.append("Prochaine étape (jalon " + String(next.number) + ") : " + nextStep(next, award) + ".")
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

  static func awardJSON(_ award: FTAPAward, _ reviews: MilestoneReviewProcess) -> JSONValue {
    var members: [JSONValue.Member] = [
      .init("reference", .string(orNull: award.dossier.reference)),
      .init("granted", .string(award.granted.decimalString)),
      .init("conventionDate", .string(award.conventionDate.isoString)),
      .init("paid", .string(reviews.released.decimalString)),
      .init("withheld", .string(reviews.withheld.decimalString)),
      .init("lost", .string(reviews.lost.decimalString)),
      .init("remaining", .string(reviews.remaining.decimalString)),
      .init("grantedAboveRequest", award.grantedAboveRequest.map { .string($0.decimalString) } ?? .null),
      .init(
        "readings",
        .array(
          award.readings.applied.map { reading in
            .object([
              .init("id", .string(reading.id.rawValue)), .init("variant", .string(reading.variant)),
              .init("isDefault", .bool(reading.isDefault)),
            ])
          })),
      .init(
        "decisions",
        .object(
          award.decisions.sorted { $0.key.rawValue < $1.key.rawValue }.map {
            .init(
              $0.key.rawValue,
              .object([.init("verdict", .string($0.value.verdict.rawValue)), .init("reason", .string($0.value.reason))])
            )
          })),
      .init(
        "milestones",
        .array(
          reviews.milestones.map { milestone in
            .object([
              .init("number", .number(String(milestone.number))), .init("date", .string(milestone.date.isoString)),
              .init("tranche", milestone.tranche.map { .string($0.amount.decimalString) } ?? .null),
              .init("state", .string(frenchState(milestone, award))),
              .init("afterProjectEnd", .string(orNull: afterEnd(milestone, award))),
            ])
          })),
    ]
    if let next = reviews.current {
      members.append(
        .init(
          "next",
          .object([
            .init("milestone", .number(String(next.number))), .init("needs", .string(nextStep(next, award))),
            .init(
              "targets",
              .array(
                award.targets(at: next.number).map {
                  .object([.init("indicator", .string($0.indicator)), .init("target", .string($0.target))])
                })),
          ])))
    } else {
      members.append(.init("next", .null))
    }
    return .object(members)
  }
}
