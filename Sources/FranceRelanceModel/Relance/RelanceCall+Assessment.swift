extension RelanceCall: FundingProgramme {
  // MARK: FundingProgramme

  /// The dossier type of the calls.
  public typealias Dossier = RelanceDossier

  /// Every rule of the call, in the order findings are reported.
  public var rules: [Rule] { RelanceRules.catalogue(for: self) }

  /// The format of the call's dossiers.
  public var dossierFormat: ObjectFormat { RelanceDossier.format(for: [self]) }

  /// Reads a dossier and checks that it was filed in this call.
  ///
  /// - Throws: ``InterchangeError``, at `programme` when the dossier names another call.
  public func dossier(from json: JSONValue) throws(InterchangeError) -> RelanceDossier {
    let dossier = try RelanceDossier(json: json, at: .root)
    guard dossier.call == self else {
      throw InterchangeError(
        .invalid("le dossier relève de « " + dossier.call.rawValue + " », pas de « " + rawValue + " »"),
        at: FieldPath.root.appending("programme"))
    }
    return dossier
  }

  /// Assesses a dossier and adds the co-financing figures. The calls fix no tranche
  /// schedule and no mandatory indicator, so those are empty.
  public func report(on dossier: RelanceDossier) -> AssessmentReport {
    let assessment = assess(dossier)
    let (remedies, suffice) = remedies(for: dossier, assessment: assessment)
    return AssessmentReport(
      assessment: assessment, coFinancing: coFinancing(for: dossier), remedies: remedies, remediesSuffice: suffice)
  }

  /// The smallest numeric changes that bring an ineligible dossier within the limits, and
  /// whether they make it eligible (checked by assessing the changed dossier): in the
  /// continuous window, a total cost of 99 999,99 € at most; then a request within 75 %
  /// of the total cost.
  public func remedies(for dossier: RelanceDossier) -> (remedies: [Remedy], suffice: Bool?) {
    remedies(for: dossier, assessment: assess(dossier))
  }

  private func remedies(for dossier: RelanceDossier, assessment: Assessment) -> (remedies: [Remedy], suffice: Bool?) {
    guard assessment.status == .ineligible, var total = dossier.totalCost else { return ([], nil) }
    var changed = dossier
    var remedies: [Remedy] = []
    if dossier.call == .continuous {
      let limit =
        dossier.filedOn.flatMap(RelancePlan.continuousWindowSizeLimit.value(on:))
        ?? RelancePlan.continuousWindowSizeLimit.latestValue!
      if total >= limit, let below = try? limit.subtracting(Euros(cents: 1)) {
        total = below
        remedies.append(.setTotalCost(to: below, raising: false))
        changed.totalCost = below
      }
    }
    if let requested = dossier.requestedCoFinancing, let cap = try? Self.rate(on: dossier.filedOn).applied(to: total),
      requested > cap
    {
      remedies.append(.lowerRequest(to: cap))
      changed.requestedCoFinancing = cap
    }
    guard !remedies.isEmpty else { return ([], nil) }
    return (remedies, dossier.call.assess(changed).status == .eligible)
  }

  // MARK: Assessing

  /// Evaluates every rule of the call on a dossier.
  ///
  /// The dossier is assessed against the rules of ``RelanceDossier/call``, even when it
  /// differs from `self`: the rules depend on the call the dossier was filed in.
  public func assess(_ dossier: RelanceDossier) -> Assessment {
    let call = dossier.call
    return Assessment(
      programme: call.identifier, reference: dossier.reference,
      findings: [
        call.windowFinding(dossier), Self.applicantFinding(dossier), Self.projectKindFinding(dossier),
        Self.coFinancingFinding(dossier), call.sizeFinding(dossier), Self.commitmentsFinding(dossier),
      ])
  }

  /// The co-financing figures: the request, the 75 % cap (rounded down to the cent) and
  /// the administration's share; `nil` figures where the dossier lacks input.
  public func coFinancing(for dossier: RelanceDossier) -> CoFinancing {
    let cap = dossier.totalCost.flatMap { total in try? Self.rate(on: dossier.filedOn).applied(to: total) }
    var share: Euros?
    if let total = dossier.totalCost, let requested = dossier.requestedCoFinancing {
      share = try? total.subtracting(requested)
    }
    let effective = dossier.totalCost.flatMap { total in
      dossier.requestedCoFinancing.flatMap { try? Rate($0, of: total) }
    }
    return CoFinancing(
      requested: dossier.requestedCoFinancing, cap: cap, administrationShare: share, effectiveRate: effective)
  }

  private static func rate(on date: CalendarDate?) -> Rate {
    // The parameter has a single period; a dossier without a filing date uses it too.
    date.flatMap(RelancePlan.coFinancingRate.value(on:)) ?? RelancePlan.coFinancingRate.latestValue!
  }

  // MARK: Rules

  private static let path = (
    filedOn: FieldPath("filedOn"), kind: FieldPath("applicant.kind"), kinds: FieldPath("projectKinds"),
    total: FieldPath("totalCost"), requested: FieldPath("requestedCoFinancing")
  )

  private func windowFinding(_ dossier: RelanceDossier) -> Finding {
    let rule = RelanceRules.window(for: self)
    guard let filed = dossier.filedOn else { return .missing(rule, [Self.path.filedOn]) }
    let calendar = self.calendar
    let window = calendar.inForce.window
    let filedText = "Dossier déposé le " + filed.frenchDescription
    switch window.position(of: filed) {
    case .before:
      var message = filedText + ", avant l'ouverture du " + shortName + " (" + window.opening.frenchDescription + ")"
      if let actual = calendar.actual, actual.window.opening != calendar.planned.window.opening {
        message +=
          " ; l'ouverture était prévue le " + calendar.planned.window.opening.frenchDescription
          + " mais n'a eu lieu que le " + actual.window.opening.frenchDescription
      }
      return Finding(rule: rule, outcome: .violated, message: message + ".")
    case .after:
      return Finding(
        rule: rule, outcome: .violated,
        message: filedText + ", après la clôture du " + shortName + " (" + window.closing.frenchDescription + ").")
    case .within(let certainly):
      var message = filedText + ", pendant la fenêtre du " + shortName + " (" + window.frenchDescription + ")"
      if !certainly {
        message +=
          " ; le texte ne donne que le " + (window.precision == .quarter ? "trimestre" : "mois")
          + ", les jours exacts d'ouverture ne sont pas connus"
      }
      return Finding(rule: rule, outcome: .satisfied, message: message + ".")
    }
  }

  private static func applicantFinding(_ dossier: RelanceDossier) -> Finding {
    let rule = RelanceRules.applicant
    guard let kind = dossier.applicant?.kind else { return .missing(rule, [path.kind]) }
    switch kind {
    case .stateAdministration, .publicOperator:
      return Finding(rule: rule, outcome: .satisfied, message: "Le porteur est de type « " + kind.frenchName + " ».")
    case .localAuthority:
      return Finding(
        rule: rule, outcome: .violated,
        message:
          "Le porteur est une collectivité territoriale : les collectivités relèvent du fonds « transformation numérique des collectivités territoriales » (ouvert jusqu'au 28 mai 2021), pas de ce volet."
      )
    case .company, .association, .other:
      return Finding(
        rule: rule, outcome: .violated,
        message: "Le porteur (" + kind.frenchName
          + ") n'est pas une administration : le volet finance les projets des administrations de l'État et des opérateurs publics."
      )
    }
  }

  private static func projectKindFinding(_ dossier: RelanceDossier) -> Finding {
    let rule = RelanceRules.projectKind
    guard let kinds = dossier.projectKinds else { return .missing(rule, [path.kinds]) }
    guard !kinds.isEmpty else {
      return Finding(
        rule: rule, outcome: .violated, message: "Le dossier ne déclare aucun des six types de projet éligibles.")
    }
    let names = RelanceProjectKind.allCases.filter(kinds.contains).map { "« " + $0.frenchName + " »" }
    return Finding(
      rule: rule, outcome: .satisfied, message: "Type(s) de projet éligible(s) : " + names.joined(separator: ", ") + "."
    )
  }

  private static func coFinancingFinding(_ dossier: RelanceDossier) -> Finding {
    let rule = RelanceRules.coFinancingRate
    var missing: [FieldPath] = []
    if dossier.totalCost == nil { missing.append(path.total) }
    if dossier.requestedCoFinancing == nil { missing.append(path.requested) }
    guard let total = dossier.totalCost, let requested = dossier.requestedCoFinancing else {
      return .missing(rule, missing)
    }
    let rate = Self.rate(on: dossier.filedOn)
    guard let cap = try? rate.applied(to: total) else {
      return Finding(rule: rule, outcome: .violated, message: "Le plafond ne peut pas être calculé sur ce coût total.")
    }
    let figures = "Le cofinancement demandé (" + requested.description + ")"
    let limit = rate.description + " du coût total de " + total.description + ", soit " + cap.description
    if requested <= cap {
      return Finding(rule: rule, outcome: .satisfied, message: figures + " ne dépasse pas " + limit + ".")
    }
    return Finding(rule: rule, outcome: .violated, message: figures + " dépasse " + limit + ".")
  }

  private func sizeFinding(_ dossier: RelanceDossier) -> Finding {
    let rule = RelanceRules.continuousSize
    guard self == .continuous else {
      return Finding(
        rule: rule, outcome: .notApplicable, message: "Ne concerne que le guichet continu, pas le " + shortName + ".")
    }
    guard let total = dossier.totalCost else { return .missing(rule, [Self.path.total]) }
    let limit =
      dossier.filedOn.flatMap(RelancePlan.continuousWindowSizeLimit.value(on:))
      ?? RelancePlan.continuousWindowSizeLimit.latestValue!
    if total < limit {
      return Finding(
        rule: rule, outcome: .satisfied,
        message: "Le coût total (" + total.description + ") est inférieur à " + limit.description + ".")
    }
    return Finding(
      rule: rule, outcome: .violated,
      message: "Le coût total (" + total.description + ") n'est pas inférieur à " + limit.description
        + " : le guichet continu finance des projets de moins de " + limit.description + ".")
  }

  private static func commitmentsFinding(_ dossier: RelanceDossier) -> Finding {
    let rule = RelanceRules.commitments
    let declared = dossier.commitments ?? [:]
    let refused = LaureateCommitment.allCases.filter { declared[$0] == false }
    let unknown = LaureateCommitment.allCases.filter { declared[$0] == nil }
    if !refused.isEmpty {
      return Finding(
        rule: rule, outcome: .violated,
        message: "Engagement(s) non pris : " + refused.map { "« " + $0.frenchText + " »" }.joined(separator: " ; ")
          + ".")
    }
    if !unknown.isEmpty {
      return .missing(rule, unknown.map { FieldPath.root.appending("commitments").appending($0.rawValue) })
    }
    return Finding(rule: rule, outcome: .satisfied, message: "Les quatre engagements du lauréat sont pris.")
  }
}
