/// The rule book of the « Cycle de vie de la donnée » calls: the one list of their rules,
/// in report order, and the money a report adds to them.
///
/// Each rule is a type in this namespace, declared once in its own file with the sentence
/// it encodes (``Window``, ``Applicant``, ``ProjectKind``, ``CoFinancingRate``,
/// ``ContinuousSize``, ``Commitments``).
public enum RelanceRules: RuleBook {
  /// The dossier the rules read.
  public typealias Dossier = RelanceDossier
  /// The dossier's fields.
  public typealias Field = RelanceField
  /// A call's numbers.
  public typealias Parameters = RelanceParameters
  /// The calls' readings.
  public typealias Readings = RelanceReadings

  /// An empty dossier.
  public static var emptyDossier: RelanceDossier { RelanceDossier(call: .aap1) }

  /// `filedOn`: the filing date chooses the period of each dated parameter.
  public static var referenceDateField: RelanceField? { .filedOn }

  // MARK: The rules

  /// Visits every rule, in report order: the one list of the rules.
  @inlinable @inline(__always)
  public static func forEachRule<V: RuleVisitor<RelanceRules>>(
    _ dossier: borrowing RelanceDossier, _ context: Context, _ visitor: inout V
  ) {
    visitor.visit(Window.self, dossier, context)
    visitor.visit(Applicant.self, dossier, context)
    visitor.visit(ProjectKind.self, dossier, context)
    visitor.visit(CoFinancingRate.self, dossier, context)
    visitor.visit(ContinuousSize.self, dossier, context)
    visitor.visit(Commitments.self, dossier, context)
  }

  // MARK: Money

  /// The cap: the rate applied to the total cost, rounded down to the cent; `nil` without
  /// a total cost, and at the continuous window under `relance.continu.terms =
  /// undetermined` (the texts give it no rate).
  @inlinable
  public static func cap(_ dossier: borrowing RelanceDossier, _ context: Context) -> Euros? {
    if case .continuous = context.parameters.call, case .undetermined = context.readings.continuousTerms {
      return nil
    }
    return dossier.basics.totalCost.map { CoFinancingRate.limit($0, context.parameters) }
  }

  /// The request, the cap and the administration's share.
  public static func coFinancing(_ dossier: borrowing RelanceDossier, _ context: Context) -> CoFinancing? {
    let total = dossier.basics.totalCost
    let requested = dossier.basics.requestedCoFinancing
    var share: Euros?
    var effective: Rate?
    if let total, let requested {
      share = try? total.subtracting(requested)
      effective = try? Rate(requested, of: total)
    }
    return CoFinancing(
      requested: requested, cap: cap(dossier, context), administrationShare: share, effectiveRate: effective)
  }

  /// The smallest numeric changes that bring an ineligible dossier within the limits, and
  /// whether they make it eligible (the changed dossier is evaluated again): in the
  /// continuous window, the measured amount just below the limit; then a request within
  /// the rate of the total cost.
  public static func remedies(_ dossier: RelanceDossier, _ context: Context, kinds: OutcomeKinds) -> (
    remedies: [Remedy], suffice: Bool?
  ) {
    guard kinds.status == .ineligible, dossier.totalCost != nil else { return ([], nil) }
    var changed = dossier
    var remedies: [Remedy] = []
    let below = Euros(uncheckedCents: context.parameters.continuousSizeLimit.cents - 1)
    if ContinuousSize.decide(dossier, context).kind == .violated {
      if context.readings.continuousSizeBase == .totalCost {
        remedies.append(.setTotalCost(to: below, raising: false))
        changed.totalCost = below
      } else {
        remedies.append(.lowerRequest(to: below))
        changed.requestedCoFinancing = below
      }
    }
    if let requested = changed.requestedCoFinancing, let newCap = cap(changed, context), requested > newCap {
      remedies.append(.lowerRequest(to: newCap))
      changed.requestedCoFinancing = newCap
    }
    guard !remedies.isEmpty else { return ([], nil) }
    return (remedies, outcomes(changed, context).status == .eligible)
  }
}
