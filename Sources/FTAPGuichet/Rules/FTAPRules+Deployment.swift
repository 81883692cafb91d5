public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.deployment`: « L'ensemble des projets devront respecter une approche
  /// incrémentale et démontrer leur impact à chaque palier de déploiement de leur politique
  /// publique. Ils indiqueront dans leur candidature leur stratégie de déploiement pour
  /// atteindre les jalons des indicateurs retenus. » (seed 004).
  ///
  /// The dossier describes its deployment strategy (the letter, reading
  /// `ftap.deployment.targets = strategyOnly`, the default: the targets come with the
  /// award); under `perMilestone` it also gives, for every indicator it retains (its planned
  /// indicators among the five, and its own ones), a target at each 6-month milestone of
  /// the project (⌈duration ÷ 6⌉, at least one; « Au terme de chaque jalon de 6 mois »).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the number of milestones and of indicators with their targets.
  /// - Violated: that the strategy is blank.
  /// - Missing input: the strategy, the duration, or (under `perMilestone`) the targets.
  public enum DeploymentStrategy: RuleDefinition {
    /// What the rule counted.
    public struct Figures: Sendable, Hashable {
      /// The milestones of the project.
      public let milestones: Int
      /// The indicators retained: planned ones among the five, plus the project's own.
      public let indicators: Int
      /// Whether every retained indicator has a target at each milestone.
      public let targetsGiven: Bool
      /// The project's duration in months, when known: a project shorter than a milestone
      /// interval ends before its first 6-month milestone.
      public let durationMonths: Int?

      /// Creates the figures.
      @inlinable
      public init(milestones: Int, indicators: Int, targetsGiven: Bool = true, durationMonths: Int? = nil) {
        self.milestones = milestones
        self.indicators = indicators
        self.targetsGiven = targetsGiven
        self.durationMonths = durationMonths
      }
    }

    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.deployment`.
    public static let id: RuleIdentifier = "ftap.deployment"
    /// The sentence on the deployment strategy, and the 6-month milestones.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [citation, FTAPEdition.milestoneCitation]
    }
    /// « … Ils indiqueront dans leur candidature leur stratégie de déploiement pour
    /// atteindre les jalons des indicateurs retenus. »
    public static let citation = Citation(
      .ftapDataGuichet, at: "Indicateurs obligatoires liés au projet",
      quoting:
        "L'ensemble des projets devront respecter une approche incrémentale et démontrer leur impact à chaque palier de déploiement de leur politique publique. Ils indiqueront dans leur candidature leur stratégie de déploiement pour atteindre les jalons des indicateurs retenus."
    )
    /// `ftap.deployment.targets`.
    public static func reading(_ parameters: FTAPParameters) -> ReadingIdentifier? { .ftapDeploymentTargets }
    /// `ftap.milestones.intervalMonths`: the milestones the strategy's targets follow.
    public static var parameterIDs: [String] { [FTAPEdition.Parameter.milestoneIntervalMonths.rawValue] }
    /// The strategy, the targets, the duration and the planned indicators.
    public static var inputs: EnumSet<FTAPField> {
      [.deploymentStrategy, .deploymentTargets, .durationMonths, .plannedIndicators]
    }

    /// « Stratégie de déploiement et jalons des indicateurs retenus ».
    public static func title(_ parameters: FTAPParameters) -> String {
      "Stratégie de déploiement et jalons des indicateurs retenus"
    }

    /// What « jalons des indicateurs retenus » is read as.
    public static func interpretation(_ parameters: FTAPParameters) -> String? {
      "Les « indicateurs retenus » sont les indicateurs prévus par le dossier (les obligatoires et tout autre des cinq) et ses indicateurs propres ; sous la lecture ftap.deployment.targets = perMilestone, chacun reçoit une cible à chaque jalon de "
        + String(parameters.milestoneIntervalMonths)
        + " mois du projet (durée divisée par " + String(parameters.milestoneIntervalMonths)
        + ", arrondie au-dessus). La pertinence de la stratégie et des cibles relève de l'instruction."
    }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Figures, FTAPField> {
      guard let summary = dossier.deploymentSummary, let described = summary.strategyIsDescribed else {
        return .missingField(.deploymentStrategy)
      }
      guard let months = dossier.basics.usableDurationMonths else { return .missingField(.durationMonths) }
      let count = context.parameters.milestones(within: months)
      guard described else { return .violated(Figures(milestones: count, indicators: 0)) }
      let planned = dossier.plannedIndicators ?? EnumSet()
      let covered = summary.covers(planned, milestones: count)
      if case .perMilestone = context.readings.deploymentTargets, !covered { return .missingField(.deploymentTargets) }
      return .satisfied(
        Figures(
          milestones: count, indicators: planned.count + summary.ownCount, targetsGiven: covered,
          durationMonths: months))
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      guard kind == .satisfied else { return "La stratégie de déploiement est vide." }
      guard figures.targetsGiven || figures.indicators == 0 else {
        return
          "Le dossier décrit sa stratégie de déploiement ; il ne donne pas encore une cible par indicateur retenu et par jalon, ce que la lecture en vigueur n'exige pas au dépôt."
      }
      let interval = String(context.parameters.milestoneIntervalMonths)
      let shorter = figures.durationMonths.map { $0 < context.parameters.milestoneIntervalMonths } ?? false
      let milestones =
        shorter
        ? "à la fin du projet, qui s'achève avant un jalon de " + interval + " mois"
        : figures.milestones == 1
          ? "à son jalon de " + interval + " mois"
          : "à chacun de ses " + String(figures.milestones) + " jalons de " + interval + " mois"
      switch figures.indicators {
      case 0: return "Le dossier décrit sa stratégie de déploiement ; il ne retient aucun indicateur."
      case 1:
        return "Le dossier décrit sa stratégie de déploiement et donne, pour son indicateur retenu, une cible "
          + milestones + "."
      default:
        return "Le dossier décrit sa stratégie de déploiement et donne, pour chacun de ses "
          + String(figures.indicators) + " indicateurs retenus, une cible " + milestones + "."
      }
    }
  }
}
