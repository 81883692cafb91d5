import FranceRelanceModel

extension FTAPGuichet {
  // MARK: Window, applicant, type, size

  static func windowFinding(_ dossier: FTAPDossier) -> Finding {
    let rule = FTAPRules.window
    guard let filed = dossier.filedOn else { return .missing(rule, [FieldPath("filedOn")]) }
    let window = Self.window.window
    let filedText = "Dossier déposé le " + filed.frenchDescription
    switch window.position(of: filed) {
    case .before:
      return Finding(
        rule: rule, outcome: .violated,
        message: filedText + ", avant l'ouverture du guichet (" + window.opening.frenchDescription + ").")
    case .after:
      return Finding(
        rule: rule, outcome: .violated,
        message: filedText + ", après la clôture du guichet (fin 2025, " + window.closing.frenchDescription + ").")
    case .within(let certainly):
      return Finding(
        rule: rule, outcome: .satisfied,
        message: filedText + ", pendant l'ouverture du guichet (" + window.frenchDescription + ")"
          + (certainly ? "." : " ; le texte ne donne que le mois d'ouverture, le jour exact n'est pas connu."))
    }
  }

  static func applicantFinding(_ dossier: FTAPDossier) -> Finding {
    let rule = FTAPRules.applicant
    guard let kind = dossier.applicant?.kind else { return .missing(rule, [FieldPath("applicant.kind")]) }
    switch kind {
    case .stateAdministration, .publicOperator:
      return Finding(rule: rule, outcome: .satisfied, message: "Le porteur est de type « " + kind.frenchName + " ».")
    case .localAuthority, .company, .association, .other:
      return Finding(
        rule: rule, outcome: .violated,
        message: "Le porteur (" + kind.frenchName
          + ") n'est ni une administration d'État ni un opérateur public, seuls acteurs admis par le guichet.")
    }
  }

  static func projectTypeFinding(_ dossier: FTAPDossier) -> Finding {
    let rule = FTAPRules.projectType
    guard let types = dossier.projectTypes else { return .missing(rule, [FieldPath("projectTypes")]) }
    guard !types.isEmpty else {
      return Finding(rule: rule, outcome: .violated, message: "Le dossier ne déclare aucun des trois types de projet.")
    }
    let names = FTAPProjectType.allCases.filter(types.contains).map { "« " + $0.shortName + " »" }
    return Finding(
      rule: rule, outcome: .satisfied,
      message: (types.count > 1 ? "Projet combinant les types " : "Projet de type ") + names.joined(separator: ", ")
        + ".")
  }

  static func sizeFinding(_ dossier: FTAPDossier) -> Finding {
    let rule = FTAPRules.size
    guard let total = dossier.totalCost else { return .missing(rule, [FieldPath("totalCost")]) }
    let bounds = FTAPRules.minimumSize.description + " et " + FTAPRules.maximumSize.description
    if total < FTAPRules.minimumSize {
      return Finding(
        rule: rule, outcome: .violated,
        message: "Le coût total (" + total.description + ") est inférieur au plancher de "
          + FTAPRules.minimumSize.description + ".")
    }
    if total > FTAPRules.maximumSize {
      return Finding(
        rule: rule, outcome: .violated,
        message: "Le coût total (" + total.description + ") dépasse le plafond de " + FTAPRules.maximumSize.description
          + ".")
    }
    return Finding(
      rule: rule, outcome: .satisfied,
      message: "Le coût total (" + total.description + ") est compris entre " + bounds + ".")
  }

  // MARK: Co-financing

  static func rateFinding(_ dossier: FTAPDossier) -> Finding {
    let rule = FTAPRules.coFinancingRateRule
    guard let total = dossier.totalCost, let requested = dossier.requestedCoFinancing else {
      return .missing(
        rule,
        [("totalCost", dossier.totalCost), ("requestedCoFinancing", dossier.requestedCoFinancing)]
          .filter { $0.1 == nil }.map { FieldPath($0.0) })
    }
    let analysis = FTAPCoFinancing(totalCost: total, personnelCost: nil, requested: requested)
    let limit = "50 % du coût total de " + total.description + ", soit " + analysis.rateLimit.description
    let figures = "Le cofinancement demandé (" + requested.description + ")"
    if requested <= analysis.rateLimit {
      return Finding(rule: rule, outcome: .satisfied, message: figures + " ne dépasse pas " + limit + ".")
    }
    return Finding(rule: rule, outcome: .violated, message: figures + " dépasse " + limit + ".")
  }

  static func personnelFinding(_ dossier: FTAPDossier) -> Finding {
    let rule = FTAPRules.coFinancingPersonnel
    let needed: [(String, Euros?)] = [
      ("totalCost", dossier.totalCost), ("personnelCost", dossier.personnelCost),
      ("requestedCoFinancing", dossier.requestedCoFinancing),
    ]
    guard let total = dossier.totalCost, let personnel = dossier.personnelCost,
      let requested = dossier.requestedCoFinancing,
      let limit = FTAPCoFinancing(totalCost: total, personnelCost: personnel, requested: requested).personnelLimit
    else {
      return .missing(rule, needed.filter { $0.1 == nil }.map { FieldPath($0.0) })
    }
    let figures =
      "Le cofinancement demandé (" + requested.description + ") et les dépenses de personnel ("
      + personnel.description + ")"
    if requested <= limit {
      return Finding(
        rule: rule, outcome: .satisfied,
        message: figures + " tiennent dans le coût total (" + total.description
          + ") : les dépenses de personnel restent dans la part de l'administration.")
    }
    return Finding(
      rule: rule, outcome: .violated,
      message: figures + " dépassent ensemble le coût total (" + total.description
        + ") : le cofinancement ne peut excéder " + limit.description + ".")
  }

  // MARK: Referencing and quality

  static func referencingFinding(
    _ dossier: FTAPDossier, rule: Rule, channel: KeyPath<DataProvision, Bool?>, commitment: FTAPCommitment
  ) -> Finding {
    guard let types = dossier.projectTypes else { return .missing(rule, [FieldPath("projectTypes")]) }
    let channelName = channel == \DataProvision.api ? "api" : "openData"
    let what = channel == \DataProvision.api ? "ne passe pas par une API" : "ne met pas de données en open data"
    guard types.contains(.dataProvision) else {
      return Finding(
        rule: rule, outcome: .notApplicable, message: "Le projet n'est pas un projet de mise à disposition de données.")
    }
    guard let uses = dossier.dataProvision?[keyPath: channel] else {
      return .missing(rule, [FieldPath("dataProvision." + channelName)])
    }
    guard uses else { return Finding(rule: rule, outcome: .notApplicable, message: "Le projet " + what + ".") }
    return commitmentFinding(dossier, rule: rule, commitment: commitment)
  }

  static func commitmentFinding(_ dossier: FTAPDossier, rule: Rule, commitment: FTAPCommitment) -> Finding {
    switch dossier.commitments?[commitment] {
    case nil: return .missing(rule, [FieldPath("commitments." + commitment.rawValue)])
    case true?:
      return Finding(rule: rule, outcome: .satisfied, message: "Engagement pris : « " + commitment.frenchText + " »")
    case false?:
      return Finding(rule: rule, outcome: .violated, message: "Engagement refusé : « " + commitment.frenchText + " »")
    }
  }

  // MARK: Indicators and impact

  static func indicatorsFinding(_ dossier: FTAPDossier) -> Finding {
    let rule = FTAPRules.indicators
    switch FTAPIndicator.mandatory(types: dossier.projectTypes, provision: dossier.dataProvision) {
    case .missingInput(let fields): return .missing(rule, fields)
    case .known(let mandatory):
      guard !mandatory.isEmpty else {
        return Finding(rule: rule, outcome: .satisfied, message: "Aucun indicateur obligatoire pour ce type de projet.")
      }
      guard let planned = dossier.plannedIndicators else {
        return .missing(rule, [FieldPath("plannedIndicators")])
      }
      let absent = mandatory.filter { !planned.contains($0) }
      if absent.isEmpty {
        return Finding(
          rule: rule, outcome: .satisfied,
          message: "Les indicateurs obligatoires sont prévus : " + mandatory.map(\.rawValue).joined(separator: ", ")
            + ".")
      }
      return Finding(
        rule: rule, outcome: .violated,
        message: "Indicateur(s) obligatoire(s) non prévu(s) : "
          + absent.map { $0.rawValue + " (« " + $0.frenchTitle + " »)" }.joined(separator: ", ") + ".")
    }
  }

  static func impactModelFinding(_ dossier: FTAPDossier) -> Finding {
    let rule = FTAPRules.impactModel
    guard let described = dossier.impactModelIsDescribed else {
      return .missing(rule, [FieldPath("impactModel")])
    }
    guard described else {
      return Finding(rule: rule, outcome: .violated, message: "Le modèle de mesure de l'impact est vide.")
    }
    return Finding(rule: rule, outcome: .satisfied, message: "Le dossier décrit son modèle de mesure de l'impact.")
  }
}
