public import FranceRelanceModel

/// A grant awarded on an FTAP dossier: the granted amount, the convention date, the
/// tranche schedule drawn on the granted amount (not on the request), the mandatory
/// indicators and the deployment strategy whose milestone targets each review compares
/// with.
///
/// Seed 004: « Le taux de cofinancement effectif fera l'objet d'échanges en amont avec la
/// DINUM » and the selection criteria also choose « le montant de cofinancement »: the
/// granted amount is the one agreed, at most the dossier's cap; the schedule follows it
/// (reading `ftap.tranches.split`).
///
/// ```swift
/// let award = try FTAPAward(dossier: dossier, granted: .thousands(400),
///                           conventionDate: try CalendarDate(iso: "2024-06-03"))
/// var reviews = award.reviews        // a MilestoneReviewProcess on the granted amount
/// award.targets(at: 1)               // what the first milestone's report is compared with
/// ```
public struct FTAPAward: Sendable, Hashable {
  // MARK: Stored properties

  /// The dossier the grant is awarded on.
  public let dossier: FTAPDossier
  /// The amount granted.
  public let granted: Euros
  /// The date of the grant agreement (convention).
  public let conventionDate: CalendarDate
  /// The readings the dossier was assessed under.
  public let readings: FTAPReadings
  /// The instructor's decision on each rule the texts leave undetermined for the dossier,
  /// by rule identifier; empty for an eligible dossier.
  public let decisions: [RuleIdentifier: InstructorDecision]
  /// The tranche schedule of the granted amount.
  public let schedule: TrancheSchedule
  /// The indicators every milestone report must carry.
  public let mandatoryIndicators: [FTAPIndicator]

  // MARK: Creating

  /// Awards a grant on an eligible dossier.
  ///
  /// - Parameters:
  ///   - dossier: the dossier; it must be eligible under `readings`.
  ///   - granted: the amount agreed, at most the dossier's cap.
  ///   - conventionDate: the date of the grant agreement, not before the filing date nor
  ///     after the project's start (the first tranche is paid on the start date).
  ///   - guichet: the guichet (its edition's numbers).
  ///   - readings: the readings in force.
  /// - Throws: ``AwardError``.
  public init(
    dossier: FTAPDossier, granted: Euros, conventionDate: CalendarDate, guichet: FTAPGuichet = FTAPGuichet(),
    readings: FTAPReadings = FTAPReadings()
  ) throws(AwardError) {
    try self.init(
      dossier: dossier, granted: granted, conventionDate: conventionDate, guichet: guichet, readings: readings,
      decisions: [:])
  }

  /// Awards a grant on a dossier that is eligible, or undetermined with an instructor's
  /// decision on each rule the texts leave undetermined.
  ///
  /// - Parameters:
  ///   - dossier: the dossier; eligible under `readings`, or undetermined with `decisions`.
  ///   - granted: the amount agreed, at most the dossier's cap (an amount above the
  ///     request is accepted and reported by ``grantedAboveRequest``).
  ///   - conventionDate: the date of the grant agreement, not before the filing date nor
  ///     after the project's start (the first tranche is paid on the start date).
  ///   - guichet: the guichet (its edition's numbers).
  ///   - readings: the readings in force.
  ///   - decisions: for an undetermined dossier, a decision for each undetermined rule and
  ///     for no other.
  /// - Throws: ``AwardError``.
  public init(
    dossier: FTAPDossier, granted: Euros, conventionDate: CalendarDate, guichet: FTAPGuichet = FTAPGuichet(),
    readings: FTAPReadings, decisions: [RuleIdentifier: InstructorDecision]
  ) throws(AwardError) {
    let verdict = guichet.verdict(dossier, readings: readings)
    // The numbers and rules in force on the dossier's filing date.
    let terms = guichet.inForce(for: dossier)
    switch verdict.status {
    case .eligible where decisions.isEmpty: break
    case .eligible, .undetermined:
      // The rules' outcome kinds, without rendering a finding.
      let undetermined = VerdictSummary(
        programme: guichet.identifier, reference: dossier.reference, verdict: verdict, rules: terms.rules,
        outcomes: guichet.outcomes(of: dossier, readings: readings)
      ).undetermined
      if let stray = decisions.keys.sorted(by: { $0.rawValue < $1.rawValue }).first(where: {
        !undetermined.contains($0)
      }) {
        throw .decisionWithoutDoubt(stray)
      }
      let undecided = undetermined.filter { decisions[$0] == nil }
      guard undecided.isEmpty else { throw .undecided(undecided) }
    case .ineligible, .incomplete: throw .notEligible(verdict.status)
    }
    guard granted > .zero else { throw .nothingGranted }
    if let cap = verdict.cap, granted > cap { throw .aboveCap(granted: granted, cap: cap) }
    if let filed = dossier.filedOn, conventionDate < filed {
      throw .conventionBeforeFiling(convention: conventionDate, filed: filed)
    }
    guard let reference = dossier.reference, !reference.isEmpty else { throw .noReference }
    guard let start = dossier.startDate, let months = dossier.durationMonths else { throw .noSchedule }
    guard conventionDate <= start else { throw .conventionAfterStart(convention: conventionDate, start: start) }
    self.dossier = dossier
    self.granted = granted
    self.conventionDate = conventionDate
    self.readings = readings
    self.decisions = decisions
    do throws(TrancheSchedule.ScheduleError) {
      schedule = try TrancheSchedule(
        grant: granted, start: start, durationMonths: months, split: readings.trancheSplit,
        parameters: terms.parameters)
    } catch {
      throw .invalidSchedule(error)
    }
    if case .success(let set) = FTAPRules.Indicators.mandatory(dossier, readings) {
      mandatoryIndicators = Array(set)
    } else {
      mandatoryIndicators = []
    }
  }

  // MARK: Reading

  /// The milestone reviews of the grant, none done yet, under the award's reading of a
  /// tranche DINUM does not unlock (`ftap.tranches.withheld`).
  public var reviews: MilestoneReviewProcess {
    MilestoneReviewProcess(
      schedule: schedule, mandatoryIndicators: mandatoryIndicators, withheldTranches: readings.withheldTranche)
  }

  /// How much the granted amount exceeds the dossier's request, when it does: the texts
  /// let DINUM choose « le montant de cofinancement », so it is not refused, but reported.
  public var grantedAboveRequest: Euros? {
    guard let requested = dossier.requestedCoFinancing, granted > requested else { return nil }
    return Euros(uncheckedCents: granted.cents - requested.cents)
  }

  /// The targets the dossier's deployment strategy sets for a milestone (1 is the first
  /// 6-month milestone): each retained indicator's French title and target; empty when the
  /// strategy sets none for it.
  public func targets(at milestone: Int) -> [(indicator: String, target: String)] {
    guard let deployment = dossier.deployment, milestone >= 1 else { return [] }
    var result: [(indicator: String, target: String)] = []
    for entry in deployment.targets where milestone <= entry.milestones.count {
      result.append((entry.indicator.frenchName, entry.milestones[milestone - 1]))
    }
    for own in deployment.ownIndicators where milestone <= own.milestones.count {
      result.append((own.name, own.milestones[milestone - 1]))
    }
    return result
  }
}
