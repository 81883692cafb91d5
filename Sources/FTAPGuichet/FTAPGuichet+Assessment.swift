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
  /// are known; otherwise it is empty. The report is ``evaluate(_:)``'s, rendered.
  public func report(on dossier: FTAPDossier) -> AssessmentReport {
    evaluate(dossier).report(rendering: dossier)
  }

  /// Evaluates a dossier: the same decisions as ``report(on:)``, as plain values, without
  /// the French messages (``report(on:)`` renders them from the same evaluation).
  ///
  /// - Complexity: O(1); no string is built and the dossier is not copied.
  @inlinable
  public func evaluate(_ dossier: FTAPDossier) -> FTAPEvaluation { FTAPEvaluation(dossier, guichet: self) }

  // MARK: Remedies

  /// The smallest numeric changes that bring a dossier within the size and co-financing
  /// limits, and whether they make it eligible (checked by evaluating the changed dossier).
  ///
  /// The size comes first (raise the total cost to 100 000 € or lower it to 1 000 000 €),
  /// then the request is lowered to the cap of the resulting total cost.
  public func remedies(for dossier: FTAPDossier) -> (remedies: [Remedy], suffice: Bool?) {
    let evaluation = evaluate(dossier)
    return (evaluation.remedies, evaluation.remediesSuffice)
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
