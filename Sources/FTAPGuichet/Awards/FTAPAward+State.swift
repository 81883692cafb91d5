public import FranceRelanceModel

extension FTAPAward {
  // MARK: The award's state in French

  /// Text taken from input (a reason), escaped onto one bounded line.
  private static func line(_ text: String) -> String { JSONObjectReader.escapingLineBreaks(in: text, limit: 600) }

  /// A milestone's state, in French.
  public static func frenchState(_ state: MilestoneState) -> String {
    switch state {
    case .pending: "en attente du compte rendu d'impact"
    case .reportSubmitted: "compte rendu remis, en attente de la revue"
    case .reviewed(.confirmed): "stratégie confirmée, tranche à décider"
    case .reviewed(.adjusted): "stratégie ajustée, tranche à décider"
    case .trancheUnlocked: "tranche débloquée"
    case .trancheWithheld(let reason): "tranche non débloquée : « " + line(reason) + " »"
    case .trancheUnlockedLater(let reason, let date):
      "tranche non débloquée (« " + line(reason) + " »), puis débloquée le " + date.frenchDescription
    case .closed: "clos"
    }
  }

  /// A milestone's state under the award's reading of a tranche not unlocked: « tranche
  /// perdue » under `ftap.tranches.withheld = lost`, never « suspendue ».
  public func frenchState(_ milestone: Milestone) -> String {
    if case .trancheWithheld(let reason) = milestone.state, case .lost = readings.withheldTranche {
      return "tranche perdue, rendue à l'enveloppe : « " + Self.line(reason) + " » (lecture ftap.tranches.withheld)"
    }
    return Self.frenchState(milestone.state)
  }

  /// Why a milestone falls after the project's end, or `nil`: the reading that puts it
  /// there (`ftap.tranches.split = everySixMonths` dates tranches past the end) or the
  /// closing review the process adds (an interpretation).
  public func afterEnd(_ milestone: Milestone) -> String? {
    guard milestone.date > schedule.end else { return nil }
    let end = schedule.end.frenchDescription
    if milestone.tranche != nil {
      let split = FTAPReadings.declarations.first { $0.id == .ftapTranchesSplit }
      return "après la fin du projet (" + end + ") : lecture ftap.tranches.split = "
        + (split?.variant(in: readings) ?? "")
    }
    return "après la fin du projet (" + end
      + ") : revue de clôture du dernier jalon de 6 mois entamé (interprétation, le texte ne la date pas)"
  }

  /// What the next step of a milestone needs, in French; empty once it is decided.
  public func nextStep(_ milestone: Milestone) -> String {
    switch milestone.state {
    case .pending:
      let indicators = mandatoryIndicators.map { "« " + $0.frenchName + " »" }
      return "le compte rendu d'impact du porteur, à partir du " + milestone.date.frenchDescription
        + (indicators.isEmpty ? "" : ", avec " + indicators.joined(separator: ", "))
    case .reportSubmitted: return "la revue de la DINUM (confirmer ou ajuster la stratégie)"
    case .reviewed:
      return milestone.tranche == nil
        ? "la clôture du dernier jalon par la DINUM" : "la décision de la DINUM : débloquer la tranche ou non"
    case .trancheUnlocked, .trancheWithheld, .trancheUnlockedLater, .closed: return ""
    }
  }

  // MARK: The award's state as JSON

  /// The award after its reviews, as `relance award --json` prints it and the web API
  /// answers: `reference`, `granted`, `conventionDate`, `paid`, `withheld`, `lost`,
  /// `remaining`, `grantedAboveRequest`, `readings`, `decisions`, `milestones` (each with
  /// its date, tranche, French state and why it falls after the project's end) and `next`
  /// (the milestone under review, what it needs and its targets; `null` once all are
  /// closed). Amounts are decimal strings in euros.
  public func stateJSON(reviews: MilestoneReviewProcess) -> JSONValue {
    var members: [JSONValue.Member] = [
      .init("reference", .string(orNull: dossier.reference)),
      .init("granted", .string(granted.decimalString)),
      .init("conventionDate", .string(conventionDate.isoString)),
      .init("paid", .string(reviews.released.decimalString)),
      .init("withheld", .string(reviews.withheld.decimalString)),
      .init("lost", .string(reviews.lost.decimalString)),
      .init("remaining", .string(reviews.remaining.decimalString)),
      .init("grantedAboveRequest", grantedAboveRequest.map { .string($0.decimalString) } ?? .null),
      .init(
        "readings",
        .array(
          readings.applied.map { reading in
            .object([
              .init("id", .string(reading.id.rawValue)), .init("variant", .string(reading.variant)),
              .init("isDefault", .bool(reading.isDefault)),
            ])
          })),
      .init("decisions", decisionsJSON),
      .init(
        "milestones",
        .array(
          reviews.milestones.map { milestone in
            .object([
              .init("number", .number(String(milestone.number))), .init("date", .string(milestone.date.isoString)),
              .init("tranche", milestone.tranche.map { .string($0.amount.decimalString) } ?? .null),
              .init("state", .string(frenchState(milestone))),
              .init("afterProjectEnd", .string(orNull: afterEnd(milestone))),
            ])
          })),
    ]
    if let next = reviews.current {
      members.append(
        .init(
          "next",
          .object([
            .init("milestone", .number(String(next.number))), .init("needs", .string(nextStep(next))),
            .init(
              "targets",
              .array(
                targets(at: next.number).map {
                  .object([.init("indicator", .string($0.indicator)), .init("target", .string($0.target))])
                })),
          ])))
    } else {
      members.append(.init("next", .null))
    }
    return .object(members)
  }

  /// The instructor's decisions, `{"RULE": {"verdict", "reason"}}` in rule order: the same
  /// object in the award file and in its state.
  var decisionsJSON: JSONValue {
    .object(
      decisions.sorted { $0.key.rawValue < $1.key.rawValue }.map {
        .init(
          $0.key.rawValue,
          .object([.init("verdict", .string($0.value.verdict.rawValue)), .init("reason", .string($0.value.reason))]))
      })
  }
}
