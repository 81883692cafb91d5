/// The dossier's deployment strategy and the milestones it sets for the indicators it
/// retains (stratégie de déploiement).
///
/// Seed 004: « L'ensemble des projets devront respecter une approche incrémentale et
/// démontrer leur impact à chaque palier de déploiement de leur politique publique. Ils
/// indiqueront dans leur candidature leur stratégie de déploiement pour atteindre les jalons
/// des indicateurs retenus. » The indicators retained are the dossier's planned indicators
/// (the mandatory ones and any other of the five) and its own indicators; each gets a
/// target for every 6-month milestone of the project, in the applicant's words.
///
/// Interchange form:
/// ```json
/// {"strategy": "Déploiement par région…",
///  "targets": [{"indicator": "proactive.beneficiaries", "milestones": ["500 usagers", "2 000 usagers"]}],
///  "ownIndicators": [{"name": "Attributions à tort", "milestones": ["< 2 %", "< 1 %"]}]}
/// ```
public struct Deployment: Sendable, Hashable {
  // MARK: Stored properties

  /// The strategy, in the applicant's words. Setting it also updates
  /// ``strategyIsDescribed``.
  public var strategy: String? {
    didSet { strategyIsDescribed = strategy.map(FTAPDossier.isDescribed) }
  }
  /// Whether ``strategy`` holds something visible; `nil` when it is absent.
  public private(set) var strategyIsDescribed: Bool?
  /// The milestones of the planned indicators among the five of seed 004.
  public var targets: [IndicatorMilestones]
  /// The project's own indicators, beyond the five, with their milestones.
  public var ownIndicators: [OwnIndicator]

  // MARK: Creating

  /// Creates a deployment plan.
  public init(strategy: String? = nil, targets: [IndicatorMilestones] = [], ownIndicators: [OwnIndicator] = []) {
    self.strategy = strategy
    self.strategyIsDescribed = strategy.map(FTAPDossier.isDescribed)
    self.targets = targets
    self.ownIndicators = ownIndicators
  }

  // MARK: Reading

  /// The milestones set for an indicator; empty when the plan sets none.
  public func milestones(of indicator: FTAPIndicator) -> [String] {
    targets.first { $0.indicator == indicator }?.milestones ?? []
  }
}
