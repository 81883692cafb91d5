public import FranceRelanceModel

/// Everything the guichet decides about a dossier, as plain values, without the French
/// messages.
///
/// ``FTAPGuichet/evaluate(_:)`` computes, in one pass and without building a string or
/// copying the dossier: the outcome kind of each of the thirteen rules (the finding of
/// rule `FTAPRules.catalogue[i]` is `outcomes[i]`), the co-financing (cap, binding limit,
/// effective rate), the tranche schedule of the grant, the mandatory indicators and the
/// remedies with whether they suffice. The French findings are rendered from the same
/// decisions by ``FTAPGuichet/report(on:)`` or ``FTAPGuichet/assess(_:)``, only when a
/// reader needs them (messages rendered lazily from the finding's values, as issue #5
/// allows).
///
/// ```swift
/// let guichet = FTAPGuichet()
/// let evaluation = guichet.evaluate(dossier)
/// evaluation.status                 // .ineligible
/// evaluation.cap                    // 400 000,01 €
/// evaluation.tranches?.tranche(1)   // the first payment
/// print(guichet.report(on: dossier).json)   // the findings, in French
/// ```
public struct FTAPEvaluation: Sendable, Hashable {
  // MARK: Stored values

  /// The outcome kind of each rule, in the order of ``FTAPRules/catalogue``.
  public let outcomes: OutcomeKinds
  /// The largest admissible request (the lower of the two limits); `nil` when the total
  /// cost is unknown.
  public let cap: Euros?
  /// The co-financing analysis (limits, binding limit, effective rate, administration
  /// share); `nil` when the total cost is unknown.
  public let coFinancing: FTAPCoFinancing?
  /// The tranche schedule of a grant equal to the request, when both co-financing rules
  /// are satisfied, the request is positive and the start date and duration are known.
  public let tranches: TrancheSchedule?
  /// The indicators the dossier must plan; `nil` when its types or channels are unknown.
  public let mandatoryIndicators: EnumSet<FTAPIndicator>?
  /// The total cost a remedy sets (raised to 100 000 € or lowered to 1 000 000 €).
  public let remedyTotalCost: Euros?
  /// The request a remedy lowers to the cap.
  public let remedyRequest: Euros?
  /// Whether the remedies make the dossier eligible; `nil` when there is no remedy.
  public let remediesSuffice: Bool?

  // MARK: Creating

  /// Evaluates a dossier with a guichet's limits.
  @inlinable
  init(_ dossier: FTAPDossier, guichet: FTAPGuichet) {
    let (kinds, cap) = guichet.outcomes(of: dossier)
    outcomes = kinds
    self.cap = cap
    mandatoryIndicators = FTAPIndicator.mandatorySet(types: dossier.projectTypes, provision: dossier.dataProvision)
    var schedule: TrancheSchedule?
    if let total = dossier.totalCost {
      let money = FTAPCoFinancing(
        totalCost: total, personnelCost: dossier.personnelCost, requested: dossier.requestedCoFinancing)
      coFinancing = money
      if kinds[FTAPRules.coFinancingRateIndex] == .satisfied, kinds[FTAPRules.coFinancingPersonnelIndex] == .satisfied,
        let grant = money.requested, grant > .zero, let start = dossier.startDate, let duration = dossier.durationMonths
      {
        schedule = TrancheSchedule(grant: grant, start: start, durationMonths: duration)
      }
    } else {
      coFinancing = nil
    }
    tranches = schedule
    // Remedies: the size first, then the request lowered to the cap of the new total.
    var newTotal: Euros?
    var newRequest: Euros?
    var suffice: Bool?
    if kinds.status == .ineligible, let total = dossier.totalCost {
      var fixedTotal = total
      if total < FTAPRules.minimumSize {
        fixedTotal = FTAPRules.minimumSize
      } else if total > FTAPRules.maximumSize {
        fixedTotal = FTAPRules.maximumSize
      }
      if fixedTotal != total { newTotal = fixedTotal }
      if let personnel = dossier.personnelCost, personnel > fixedTotal {
        // Personnel costs above the new total: no numeric change of the request helps.
        suffice = newTotal == nil ? nil : false
      } else {
        let newCap = FTAPCoFinancing(totalCost: fixedTotal, personnelCost: dossier.personnelCost, requested: nil).cap
        if let requested = dossier.requestedCoFinancing, requested > newCap {
          newRequest = newCap
        }
        if newTotal != nil || newRequest != nil {
          let changed = guichet.outcomes(
            of: dossier, totalCost: fixedTotal, requested: newRequest ?? dossier.requestedCoFinancing)
          suffice = changed.kinds.status == .eligible
        }
      }
    }
    remedyTotalCost = newTotal
    remedyRequest = newRequest
    remediesSuffice = suffice
  }

  // MARK: Verdict

  /// The status: ineligible when one rule is violated, otherwise incomplete when one lacks
  /// input, otherwise eligible.
  public var status: AssessmentStatus { outcomes.status }

  /// The smallest numeric changes that bring the dossier within the size and co-financing
  /// limits, rendered in French.
  public var remedies: [Remedy] {
    var remedies: [Remedy] = []
    if let total = remedyTotalCost, let current = coFinancing?.totalCost {
      remedies.append(.setTotalCost(to: total, raising: total > current))
    }
    if let request = remedyRequest { remedies.append(.lowerRequest(to: request)) }
    return remedies
  }

  // MARK: Rendering

  /// The full report of `dossier`, the dossier this evaluation was computed from:
  /// findings with their French messages, co-financing, tranches, mandatory indicators
  /// and remedies.
  func report(rendering dossier: FTAPDossier) -> AssessmentReport {
    var money: CoFinancing?
    if let analysis = coFinancing {
      money = CoFinancing(
        requested: analysis.requested, cap: analysis.cap, administrationShare: analysis.administrationShare,
        effectiveRate: analysis.effectiveRate, bindingLimit: analysis.bindingLimit.rawValue)
    } else if let requested = dossier.requestedCoFinancing {
      money = CoFinancing(requested: requested, cap: nil, administrationShare: nil)
    }
    return AssessmentReport(
      assessment: FTAPGuichet().assess(dossier), coFinancing: money, tranches: tranches?.tranches ?? [],
      mandatoryIndicators: mandatoryIndicators.map { $0.map(\.rawValue) } ?? [], remedies: remedies,
      remediesSuffice: remediesSuffice)
  }
}
