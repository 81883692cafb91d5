public import FranceRelanceModel

/// Everything the guichet decides about a dossier, as plain values, without the French
/// messages: what a service that triages many dossiers reads.
///
/// Computed from the rule book's decisions (``FTAPRules``), in one pass and without
/// building a string: the outcome kind of each rule, the cap and co-financing analysis,
/// the tranche schedule, the mandatory indicators and the remedies. The French report
/// renders the same decisions (`FTAPGuichet.report(on:readings:)`).
///
/// ```swift
/// let evaluation = FTAPGuichet().evaluate(dossier)
/// evaluation.status                 // .ineligible
/// evaluation.cap                    // 400 000,01 €
/// evaluation.tranches?.tranche(1)   // the first payment
/// ```
public struct FTAPEvaluation: Sendable, Hashable {
  // MARK: Stored values

  /// The outcome kind of each rule, in report order.
  public let outcomes: OutcomeKinds
  /// The largest admissible request; `nil` when the total cost is unknown.
  public let cap: Euros?
  /// The co-financing analysis; `nil` when the total cost is unknown.
  public let coFinancing: FTAPCoFinancing?
  /// The tranche schedule of a grant equal to the request, when the rate rule is
  /// satisfied, the personnel rule satisfied or not applicable, the request is positive and
  /// the start date and duration are known.
  public let tranches: TrancheSchedule?
  /// The indicators the dossier must plan; `nil` when its types or channels are unknown.
  public let mandatoryIndicators: EnumSet<FTAPIndicator>?
  /// The total cost a remedy sets: the ceiling, for a total cost above it (a total cost
  /// below the floor gets no remedy: a project is not enlarged to qualify).
  public let remedyTotalCost: Euros?
  /// The request a remedy lowers to the cap.
  public let remedyRequest: Euros?
  /// Whether the remedies make the dossier eligible; `nil` when there is no remedy.
  public let remediesSuffice: Bool?

  // MARK: Creating

  /// Evaluates a dossier in a context.
  ///
  /// Every rule is decided once on the dossier; the rest reads the few plain fields it
  /// needs, so the dossier is borrowed and never copied.
  @inlinable @inline(__always)
  public init(_ dossier: borrowing FTAPDossier, _ context: FTAPRules.Context) {
    var visitor = OutcomeKindsVisitor<FTAPRules>()
    FTAPRules.forEachRule(dossier, context, &visitor)
    self.init(
      outcomes: visitor.kinds, applicant: dossier.basics.applicant?.kind, total: dossier.basics.totalCost,
      personnel: dossier.basics.personnelCost, requested: dossier.basics.requestedCoFinancing,
      start: dossier.basics.startDate, durationMonths: dossier.basics.durationMonths, types: dossier.projectTypes,
      provision: dossier.dataProvision, context)
  }

  /// The evaluation from the rules' outcomes and the dossier's plain figures.
  ///
  /// Never inlined, on purpose: it takes plain values only, so the caller keeps its loop
  /// small and passes no dossier (an inlined body this size made the optimiser give up
  /// inlining the rules and copy the dossier instead).
  @inlinable @inline(never)
  init(
    outcomes kinds: OutcomeKinds, applicant: ApplicantKind?, total: Euros?, personnel: Euros?, requested: Euros?,
    start: CalendarDate?, durationMonths: Int?, types: EnumSet<FTAPProjectType>?, provision: DataProvision?,
    _ context: FTAPRules.Context
  ) {
    outcomes = kinds
    let p = context.parameters
    let capping = FTAPRules.cappingPersonnel(applicant: applicant, personnel: personnel, context)
    cap = total.map { FTAPRules.cap(total: $0, cappingPersonnel: capping, context) }
    coFinancing = total.map {
      FTAPCoFinancing(totalCost: $0, personnelCost: capping, requested: requested, applier: p.coFinancingRateApplier)
    }
    let positions = FTAPRules.positions
    tranches = FTAPRules.schedule(
      dates: kinds[positions.dates], rate: kinds[positions.rate], personnel: kinds[positions.personnel],
      grant: requested, start: start,
      durationMonths: durationMonths, context)
    if case .success(let set) = FTAPRules.Indicators.mandatory(types: types, provision: provision, context.readings) {
      mandatoryIndicators = set
    } else {
      mandatoryIndicators = nil
    }
    // Remedies: the size first (lowered to the ceiling), then the request lowered to the
    // cap of the new total.
    // Only Size, CoFinancingRate and Personnel read those two figures: the other rules'
    // outcomes stand, and the three are decided again on the new figures.
    var newTotal: Euros?
    var newRequest: Euros?
    var suffice: Bool?
    if case .ineligible = kinds.status, let total {
      // A total cost above the ceiling can be brought down to it; one below the floor is
      // never advised upwards (a project is not enlarged to qualify).
      if case .violated = kinds[positions.size], total > p.maximumSize {
        newTotal = p.maximumSize
      }
      let fixedTotal = newTotal ?? total
      if let capping, capping > fixedTotal {
        // Personnel costs above the total: no numeric change of the request helps.
        suffice = newTotal == nil ? nil : false
      } else {
        let newCap = FTAPRules.cap(total: fixedTotal, cappingPersonnel: capping, context)
        if let requested, requested > newCap { newRequest = newCap }
        if newTotal != nil || newRequest != nil {
          let fixedRequest = newRequest ?? requested
          var changed = kinds
          changed.replace(at: positions.size, with: FTAPRules.Size.decide(total: fixedTotal, context).kind)
          changed.replace(
            at: positions.rate,
            with: FTAPRules.CoFinancingRate.decide(total: fixedTotal, requested: fixedRequest, context).kind)
          changed.replace(
            at: positions.personnel,
            with: FTAPRules.Personnel.decide(
              applicant: applicant, total: fixedTotal, personnel: personnel, requested: fixedRequest, context
            ).kind)
          if case .eligible = changed.status { suffice = true } else { suffice = false }
        }
      }
    }
    remedyTotalCost = newTotal
    remedyRequest = newRequest
    remediesSuffice = suffice
  }

  // MARK: Reading

  /// The status.
  @inlinable
  public var status: AssessmentStatus { outcomes.status }

  /// The remedies, in French.
  public var remedies: [Remedy] {
    var remedies: [Remedy] = []
    if let total = remedyTotalCost, let current = coFinancing?.totalCost {
      remedies.append(.setTotalCost(to: total, raising: total > current))
    }
    if let request = remedyRequest { remedies.append(.lowerRequest(to: request)) }
    return remedies
  }
}

extension FTAPGuichet {
  /// Evaluates a dossier: the decisions of `report(on:readings:)` as plain values,
  /// without the French messages.
  ///
  /// - Complexity: O(1); no string is built and the dossier is not copied.
  @inlinable @inline(__always)
  public func evaluate(_ dossier: borrowing FTAPDossier, readings: FTAPReadings = FTAPReadings()) -> FTAPEvaluation {
    FTAPEvaluation(dossier, context(readings))
  }
}
