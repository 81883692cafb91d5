public import FranceRelanceModel

extension FTAPGuichet: FundingProgramme {
  // MARK: FundingProgramme

  /// The programme identifier, `ftap-data-2023`.
  public var identifier: ProgrammeIdentifier { Self.identifier }

  /// The French title.
  public var title: String { Self.title }

  /// Every rule of the guichet, in the order findings are reported.
  public var rules: [Rule] { FTAPRules.catalogue }

  /// The format of the guichet's dossiers.
  public var dossierFormat: ObjectFormat { FTAPDossier.format }

  /// Reads a dossier.
  ///
  /// - Throws: `InterchangeError` naming the faulty field.
  public func dossier(from json: JSONValue) throws(InterchangeError) -> FTAPDossier {
    try FTAPDossier(json: json, at: .root)
  }

  /// Assesses a dossier: every rule, the co-financing (cap, binding limit, effective
  /// rate), the tranche schedule of the grant, the mandatory indicators and, for a dossier
  /// outside the numeric limits, the smallest changes that bring it within them.
  ///
  /// The schedule is computed for a grant equal to the request when both co-financing
  /// rules are satisfied (so personnel costs are known) and the start date and duration
  /// are known; otherwise it is empty.
  public func report(on dossier: FTAPDossier) -> AssessmentReport {
    let assessment = assess(dossier)
    var money: CoFinancing?
    var tranches: [Tranche] = []
    if let total = dossier.totalCost {
      let analysis = FTAPCoFinancing(
        totalCost: total, personnelCost: dossier.personnelCost, requested: dossier.requestedCoFinancing)
      money = CoFinancing(
        requested: analysis.requested, cap: analysis.cap, administrationShare: analysis.administrationShare,
        effectiveRate: analysis.effectiveRate, bindingLimit: analysis.bindingLimit.rawValue)
      let admissible = [FTAPRules.coFinancingRateIdentifier, FTAPRules.coFinancingPersonnelIdentifier].allSatisfy {
        assessment.finding(for: $0)?.outcome == .satisfied
      }
      if admissible, let grant = analysis.requested, grant > .zero, let start = dossier.startDate,
        let duration = dossier.durationMonths
      {
        tranches = TrancheSchedule(grant: grant, start: start, durationMonths: duration).tranches
      }
    } else if let requested = dossier.requestedCoFinancing {
      money = CoFinancing(requested: requested, cap: nil, administrationShare: nil)
    }
    var indicators: [String] = []
    if case .known(let list) = FTAPIndicator.mandatory(types: dossier.projectTypes, provision: dossier.dataProvision) {
      indicators = list.map(\.rawValue)
    }
    let (remedies, suffice) = remedies(for: dossier, assessment: assessment)
    return AssessmentReport(
      assessment: assessment, coFinancing: money, tranches: tranches, mandatoryIndicators: indicators,
      remedies: remedies, remediesSuffice: suffice)
  }

  // MARK: Remedies

  /// The smallest numeric changes that bring a dossier within the size and co-financing
  /// limits, and whether they make it eligible (checked by assessing the changed dossier).
  ///
  /// The size comes first (raise the total cost to 100 000 € or lower it to 1 000 000 €),
  /// then the request is lowered to the cap of the resulting total cost.
  public func remedies(for dossier: FTAPDossier) -> (remedies: [Remedy], suffice: Bool?) {
    remedies(for: dossier, assessment: assess(dossier))
  }

  private func remedies(for dossier: FTAPDossier, assessment: Assessment) -> (remedies: [Remedy], suffice: Bool?) {
    guard assessment.status == .ineligible, var total = dossier.totalCost else { return ([], nil) }
    var changed = dossier
    var remedies: [Remedy] = []
    if total < FTAPRules.minimumSize {
      total = FTAPRules.minimumSize
      remedies.append(.setTotalCost(to: total, raising: true))
    } else if total > FTAPRules.maximumSize {
      total = FTAPRules.maximumSize
      remedies.append(.setTotalCost(to: total, raising: false))
    }
    changed.totalCost = total
    if let personnel = dossier.personnelCost, personnel > total {
      // Personnel costs above the new total: no numeric change of the request helps.
      return (remedies, false)
    }
    let cap = FTAPCoFinancing(totalCost: total, personnelCost: dossier.personnelCost, requested: nil).cap
    if let requested = dossier.requestedCoFinancing, requested > cap {
      remedies.append(.lowerRequest(to: cap))
      changed.requestedCoFinancing = cap
    }
    guard !remedies.isEmpty else { return ([], nil) }
    return (remedies, assess(changed).status == .eligible)
  }

  // MARK: Assessing

  /// Evaluates every rule of the guichet on a dossier.
  public func assess(_ dossier: FTAPDossier) -> Assessment {
    Assessment(
      programme: Self.identifier, reference: dossier.reference,
      findings: [
        Self.windowFinding(dossier), Self.applicantFinding(dossier), Self.projectTypeFinding(dossier),
        Self.sizeFinding(dossier), Self.rateFinding(dossier), Self.personnelFinding(dossier),
        Self.referencingFinding(
          dossier, rule: FTAPRules.apiReferencing, channel: \.api, commitment: .apiGouvReferencing),
        Self.referencingFinding(
          dossier, rule: FTAPRules.dataGouvReferencing, channel: \.openData, commitment: .dataGouvReferencing),
        Self.commitmentFinding(dossier, rule: FTAPRules.openSource, commitment: .openSource),
        Self.commitmentFinding(dossier, rule: FTAPRules.accessibility, commitment: .accessibility),
        Self.commitmentFinding(dossier, rule: FTAPRules.ecoResponsibility, commitment: .ecoResponsibility),
        Self.indicatorsFinding(dossier), Self.impactModelFinding(dossier),
      ])
  }
}
