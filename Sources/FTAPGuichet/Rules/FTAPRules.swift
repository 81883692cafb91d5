public import FranceRelanceModel

/// The rule book of the FTAP guichet: the one list of its rules, in report order, and the
/// money a report adds to them.
///
/// Each rule is a type in this namespace, declared once in its own file with the sentence
/// it encodes (``Window``, ``Dates``, ``Applicant``, ``ProjectType``, ``Size``, ``CoFinancingRate``,
/// ``Personnel``, ``APIReferencing``, ``DataGouvReferencing``, ``OpenSource``,
/// ``Accessibility``, ``EcoResponsibility``, ``Indicators``, ``DeploymentStrategy``, ``PersonalData``, ``ImpactModel``).
public enum FTAPRules: RuleBook {
  /// The dossier the rules read.
  public typealias Dossier = FTAPDossier
  /// The dossier's fields.
  public typealias Field = FTAPField
  /// The edition's numbers.
  public typealias Parameters = FTAPParameters
  /// The guichet's readings.
  public typealias Readings = FTAPReadings

  /// An empty dossier.
  public static var emptyDossier: FTAPDossier { FTAPDossier() }

  /// `filedOn`: the filing date chooses the period of each dated parameter.
  public static var referenceDateField: FTAPField? { .filedOn }

  // MARK: The rules

  /// Visits every rule, in report order: the one list of the rules.
  @inlinable @inline(__always)
  public static func forEachRule<V: RuleVisitor<FTAPRules>>(
    _ dossier: borrowing FTAPDossier, _ context: Context, _ visitor: inout V
  ) {
    visitor.visit(Window.self, dossier, context)
    visitor.visit(Dates.self, dossier, context)
    visitor.visit(Applicant.self, dossier, context)
    visitor.visit(ProjectType.self, dossier, context)
    visitor.visit(Size.self, dossier, context)
    visitor.visit(CoFinancingRate.self, dossier, context)
    visitor.visit(Personnel.self, dossier, context)
    visitor.visit(APIReferencing.self, dossier, context)
    visitor.visit(DataGouvReferencing.self, dossier, context)
    visitor.visit(OpenSource.self, dossier, context)
    visitor.visit(Accessibility.self, dossier, context)
    visitor.visit(EcoResponsibility.self, dossier, context)
    visitor.visit(Indicators.self, dossier, context)
    visitor.visit(DeploymentStrategy.self, dossier, context)
    visitor.visit(PersonalData.self, dossier, context)
    visitor.visit(ImpactModel.self, dossier, context)
  }

  // MARK: Money

  /// The personnel costs that reduce the cap: a State administration's, under
  /// `ftap.cofinancing.personnel = notCoFinanced`; otherwise `nil`.
  @inlinable @inline(__always)
  public static func cappingPersonnel(_ dossier: borrowing FTAPDossier, _ context: Context) -> Euros? {
    cappingPersonnel(applicant: dossier.basics.applicant?.kind, personnel: dossier.basics.personnelCost, context)
  }

  /// The personnel costs that reduce the cap, from the applicant's kind and the costs.
  @inlinable @inline(__always)
  public static func cappingPersonnel(applicant: ApplicantKind?, personnel: Euros?, _ context: Context) -> Euros? {
    guard case .notCoFinanced = context.readings.personnel, case .stateAdministration? = applicant else { return nil }
    return personnel
  }

  /// The cap: the rate applied to the total cost (rounded down to the cent), lowered to
  /// the total cost minus personnel costs where ``Personnel`` caps; `nil` without a total
  /// cost.
  @inlinable @inline(__always)
  public static func cap(_ dossier: borrowing FTAPDossier, _ context: Context) -> Euros? {
    dossier.basics.totalCost.map { cap(total: $0, cappingPersonnel: cappingPersonnel(dossier, context), context) }
  }

  /// The cap of a total cost, lowered to the total cost minus the personnel costs that cap
  /// the request (see ``cappingPersonnel(_:_:)``), at least zero.
  ///
  /// Rounding rule: the rate limit rounds down to the cent.
  @inlinable @inline(__always)
  public static func cap(total: Euros, cappingPersonnel personnel: Euros?, _ context: Context) -> Euros {
    let rateLimit = CoFinancingRate.limit(total, context.parameters)
    guard let personnel else { return rateLimit }
    return Swift.max(.zero, Swift.min(rateLimit, Personnel.limit(total: total, personnel: personnel)))
  }

  /// The positions of the rules the evaluation reads back, in report order.
  @usableFromInline
  static let positions: (dates: Int, size: Int, rate: Int, personnel: Int) = {
    let dossier = emptyDossier
    let context = Context(parameters: .guichet2023, readings: FTAPReadings())
    return (
      position(of: Dates.self, dossier, context), position(of: Size.self, dossier, context),
      position(of: CoFinancingRate.self, dossier, context), position(of: Personnel.self, dossier, context)
    )
  }()

  /// The co-financing analysis of the cap; `nil` without a total cost.
  @inlinable @inline(__always)
  public static func coFinancingAnalysis(_ dossier: borrowing FTAPDossier, _ context: Context) -> FTAPCoFinancing? {
    guard let total = dossier.basics.totalCost else { return nil }
    return FTAPCoFinancing(
      totalCost: total, personnelCost: cappingPersonnel(dossier, context),
      requested: dossier.basics.requestedCoFinancing, applier: context.parameters.coFinancingRateApplier)
  }

  /// The co-financing figures of the report; without a total cost, only the request.
  public static func coFinancing(_ dossier: borrowing FTAPDossier, _ context: Context) -> CoFinancing? {
    guard let money = coFinancingAnalysis(dossier, context) else {
      return dossier.basics.requestedCoFinancing.map { CoFinancing(requested: $0, cap: nil, administrationShare: nil) }
    }
    return CoFinancing(
      requested: money.requested, cap: money.cap, administrationShare: money.administrationShare,
      effectiveRate: money.effectiveRate, bindingLimit: money.bindingLimit)
  }

  /// The tranche schedule of a grant equal to the request (see ``schedule(_:_:)``), read
  /// from the outcomes already decided; empty for an ineligible dossier, which will not be
  /// paid on its terms (its remedies say what would change), and otherwise when no
  /// schedule can be drawn.
  public static func tranches(_ dossier: borrowing FTAPDossier, _ context: Context, kinds: OutcomeKinds) -> [Tranche] {
    guard kinds.status != .ineligible else { return [] }
    return schedule(
      dates: kinds[positions.dates], rate: kinds[positions.rate], personnel: kinds[positions.personnel],
      grant: dossier.basics.requestedCoFinancing,
      start: dossier.basics.startDate, durationMonths: dossier.basics.durationMonths, context)?.tranches ?? []
  }

  /// The schedule of a grant equal to the request, when ``CoFinancingRate`` is satisfied,
  /// ``Personnel`` satisfied or not applicable, ``Dates`` not undetermined (no payment
  /// before the filing date), the request is positive and the start date and duration
  /// are known (reading `ftap.tranches.split`); otherwise `nil`.
  @inlinable @inline(__always)
  public static func schedule(_ dossier: borrowing FTAPDossier, _ context: Context) -> TrancheSchedule? {
    schedule(
      dates: Dates.decide(dossier, context).kind, rate: CoFinancingRate.decide(dossier, context).kind,
      personnel: Personnel.decide(dossier, context).kind,
      grant: dossier.basics.requestedCoFinancing, start: dossier.basics.startDate,
      durationMonths: dossier.basics.durationMonths, context)
  }

  /// The schedule of a grant, from the outcomes of ``Dates`` and the two co-financing
  /// rules.
  @inlinable @inline(__always)
  public static func schedule(
    dates: Outcome.Kind, rate: Outcome.Kind, personnel: Outcome.Kind, grant: Euros?, start: CalendarDate?,
    durationMonths: Int?, _ context: Context
  ) -> TrancheSchedule? {
    guard dates != .undetermined, case .satisfied = rate, personnel == .satisfied || personnel == .notApplicable,
      let grant, grant > .zero,
      let start, let durationMonths
    else { return nil }
    return try? TrancheSchedule(
      grant: grant, start: start, durationMonths: durationMonths, split: context.readings.trancheSplit,
      parameters: context.parameters)
  }

  /// The indicators the dossier must plan, with their French titles; empty when they
  /// cannot be decided yet.
  public static func mandatoryIndicators(_ dossier: borrowing FTAPDossier, _ context: Context) -> [IndicatorReference] {
    guard case .success(let set) = Indicators.mandatory(dossier, context.readings) else { return [] }
    return set.map { IndicatorReference(id: IndicatorIdentifier(rawValue: $0.rawValue), title: $0.frenchName) }
  }

  /// The smallest numeric changes that bring an ineligible dossier within the size and
  /// co-financing limits, and whether they make it eligible (``FTAPEvaluation`` computes
  /// them from the outcomes already decided: the size first, then the request lowered to
  /// the cap of the new total).
  public static func remedies(_ dossier: FTAPDossier, _ context: Context, kinds: OutcomeKinds) -> (
    remedies: [Remedy], suffice: Bool?
  ) {
    let evaluation = FTAPEvaluation(
      outcomes: kinds, applicant: dossier.applicant?.kind, total: dossier.totalCost, personnel: dossier.personnelCost,
      requested: dossier.requestedCoFinancing, start: dossier.startDate, durationMonths: dossier.durationMonths,
      types: dossier.projectTypes, provision: dossier.dataProvision, context)
    return (evaluation.remedies, evaluation.remediesSuffice)
  }
}
