public import FranceRelanceModel

/// Why a milestone step was refused. A refused step leaves the process unchanged.
public enum MilestoneReviewError: Error, Sendable, Hashable {
  /// This participant may not take this step (only the project owner reports; only DINUM
  /// reviews, unlocks, withholds and closes).
  case notAuthorized(Participant, MilestoneAction)
  /// The step does not follow from the milestone's state (a review before the report, an
  /// unlock before the review, a second report…).
  case illegalTransition(milestone: Int, state: MilestoneState, action: MilestoneAction)
  /// An unlock or a withholding at the last milestone, which has no tranche.
  case noTrancheAtMilestone(Int)
  /// A closing at a milestone that still has a tranche to decide.
  case trancheToDecide(Int)
  /// A report before the milestone is reached.
  case beforeMilestone(date: CalendarDate, milestone: CalendarDate)
  /// A step dated before the previous step.
  case beforePreviousStep(date: CalendarDate, previous: CalendarDate)
  /// The report lacks mandatory indicators.
  case missingIndicators([FTAPIndicator])
  /// The report holds an invalid value.
  case invalidIndicator(IndicatorReport.InvalidValue)
  /// Every milestone is finished.
  case processComplete
  /// The tranche named is not one DINUM left « non débloquée », or the reading in force
  /// (`ftap.tranches.withheld = lost`) says it is lost.
  case notWithheld(tranche: Int)
}

extension MilestoneReviewError: CustomStringConvertible {
  /// A French explanation.
  public var description: String {
    switch self {
    case .notAuthorized(let actor, let action):
      actor.frenchName.prefix(1).uppercased() + actor.frenchName.dropFirst() + " ne peut pas " + action.frenchName + "."
    case .illegalTransition(let milestone, _, let action):
      "Jalon " + String(milestone) + " : impossible de " + action.frenchName + " à ce stade."
    case .noTrancheAtMilestone(let milestone): "Le jalon " + String(milestone) + " ne débloque aucune tranche."
    case .trancheToDecide(let milestone):
      "Le jalon " + String(milestone) + " a encore une tranche à débloquer ou suspendre."
    case .beforeMilestone(let date, let milestone):
      "Compte rendu daté du " + date.frenchDescription + ", avant le jalon du " + milestone.frenchDescription + "."
    case .beforePreviousStep(let date, let previous):
      "Étape datée du " + date.frenchDescription + ", avant l'étape précédente du " + previous.frenchDescription + "."
    case .missingIndicators(let indicators):
      (indicators.count == 1
        ? "Indicateur obligatoire absent du compte rendu : " : "Indicateurs obligatoires absents du compte rendu : ")
        + indicators.map(\.rawValue).joined(separator: ", ") + "."
    case .invalidIndicator(let error): "Indicateur invalide : " + error.description + "."
    case .processComplete: "Tous les jalons sont clos."
    case .notWithheld(let tranche):
      "La tranche " + String(tranche)
        + " n'est pas une tranche restée non débloquée (ou elle est perdue selon la lecture ftap.tranches.withheld)."
    }
  }
}
