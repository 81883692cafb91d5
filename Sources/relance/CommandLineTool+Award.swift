import FTAPGuichet
import FranceRelanceModel

extension CommandLineTool {
  // MARK: award

  /// `relance award FILE [--json]`: an FTAP award's state after replaying its reviews.
  static func award(_ arguments: [String], readFile: (String) throws(InputFileError) -> [UInt8]) -> ToolResult {
    guard let (flags, positional) = parse(arguments, flags: ["--json", "--ledger"]), positional.count == 1,
      !(flags.contains("--json") && flags.contains("--ledger"))
    else {
      return .badUsage("utilisation : relance award [--json | --ledger] FICHIER")
    }
    let path = positional[0]
    let json: JSONValue
    switch loadJSON(path, readFile: readFile) {
    case .success(let value): json = value
    case .failure(let result): return result
    }
    let award: FTAPAward
    let reviews: MilestoneReviewProcess
    do {
      (award, reviews) = try FTAPAward.replay(json: json)
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
      return .success(JSONValue.object([.init("events", .array(events.map(\.json)))]).serialized() + "\n")
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
    case .trancheWithheld(let reason): "tranche suspendue (" + TerminalText.line(reason) + ")"
    case .closed: "clos"
    }
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
        ? "la clôture du dernier jalon par la DINUM" : "la décision de la DINUM : débloquer ou suspendre la tranche"
    case .trancheUnlocked, .trancheWithheld, .closed: return ""
    }
  }

  static func awardText(_ award: FTAPAward, _ reviews: MilestoneReviewProcess) -> String {
    var lines = [
      "Subvention " + (award.dossier.reference ?? "(sans référence)") + " — " + FTAPGuichet().title,
      "Convention du " + award.conventionDate.frenchDescription + " ; attribué " + award.granted.description
        + (award.schedule.count > 1 ? " en " + String(award.schedule.count) + " tranches" : " en un versement"),
      "Versé : " + reviews.released.description + " ; suspendu : " + reviews.withheld.description + " ; reste : "
        + reviews.remaining.description,
      "",
      "Jalons :",
    ]
    for milestone in reviews.milestones {
      let tranche =
        milestone.tranche.map { " — tranche " + String($0.number) + " (" + $0.amount.description + ")" } ?? ""
      lines.append(
        "  " + String(milestone.number) + ". " + milestone.date.frenchDescription + tranche + " : "
          + frenchState(milestone.state))
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
      .init("remaining", .string(reviews.remaining.decimalString)),
      .init(
        "milestones",
        .array(
          reviews.milestones.map { milestone in
            .object([
              .init("number", .number(String(milestone.number))), .init("date", .string(milestone.date.isoString)),
              .init("tranche", milestone.tranche.map { .string($0.amount.decimalString) } ?? .null),
              .init("state", .string(frenchState(milestone.state))),
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
