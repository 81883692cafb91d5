/// A step of a milestone review (seed 004: « rendre compte de l'impact obtenu sur la
/// période précédente - ajuster ou confirmer la stratégie permettant d'atteindre le jalon
/// suivant - débloquer, avec l'accord de la DINUM, la tranche suivante »).
public enum MilestoneAction: Sendable, Hashable {
  /// The project owner reports the impact of the elapsed period, with the indicator values.
  case submitReport(IndicatorReport)
  /// DINUM reviews the report and confirms or adjusts the strategy for the next milestone.
  case review(StrategyDecision)
  /// DINUM unlocks the next tranche.
  case unlockTranche
  /// DINUM does not unlock the next tranche, with a reason: the tranche stays « non
  /// débloquée » (or is lost under `ftap.tranches.withheld = lost`).
  case withholdTranche(reason: String)
  /// At a later review, DINUM unlocks a tranche it had not unlocked (`ftap.tranches.withheld
  /// = notUnlocked`); the number is the tranche's.
  case unlockWithheld(tranche: Int)
  /// DINUM closes the last milestone, which releases no tranche.
  case close

  /// The French name of the step.
  public var frenchName: String {
    switch self {
    case .submitReport: "remettre le compte rendu d'impact"
    case .review: "examiner le compte rendu et statuer sur la stratégie"
    case .unlockTranche: "débloquer la tranche suivante"
    case .withholdTranche: "ne pas débloquer la tranche suivante"
    case .unlockWithheld: "débloquer une tranche restée non débloquée"
    case .close: "clore le dernier jalon"
    }
  }
}

/// DINUM's decision on the strategy for the next milestone.
public enum StrategyDecision: Sendable, Hashable {
  /// The strategy is confirmed (stratégie confirmée).
  case confirmed
  /// The strategy is adjusted, as described (stratégie ajustée).
  case adjusted(String)
}
