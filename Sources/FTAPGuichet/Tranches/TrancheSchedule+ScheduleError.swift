public import FranceRelanceModel

extension TrancheSchedule {
  /// Why a tranche schedule was refused: a grant, start or duration that no project has,
  /// or a custom schedule off the rules.
  public enum ScheduleError: Error, Sendable, Hashable {
    /// A grant of zero or less.
    case nonPositiveGrant(Euros)
    /// A duration outside 1 to ``/FranceRelanceModel/DossierBasics/durationLimit`` months.
    case durationOutOfRange(Int)
    /// The project would end after 31 December 9999, where the calendar stops.
    case endBeyondCalendar(start: CalendarDate, months: Int)
    /// No tranche.
    case empty
    /// Tranches are not numbered 1, 2, 3… in order.
    case misnumbered(Int)
    /// A tranche of zero or less.
    case nonPositiveAmount(Int)
    /// A tranche dated off the project's 6-month milestones.
    case offMilestone(Int, CalendarDate)
    /// The first tranche is not on the start date.
    case firstNotOnStart(CalendarDate)
    /// A tranche is not after the previous one.
    case datesNotIncreasing(Int)
    /// The tranches do not sum exactly to the grant.
    case sumMismatch(sum: Euros, grant: Euros)
  }
}

extension TrancheSchedule.ScheduleError: CustomStringConvertible {
  /// A French explanation.
  public var description: String {
    switch self {
    case .nonPositiveGrant(let grant): "le montant attribué (" + grant.description + ") doit être strictement positif"
    case .durationOutOfRange(let months):
      "durée de " + String(months) + " mois hors de 1 à " + String(DossierBasics.durationLimit) + " mois"
    case .endBeyondCalendar(let start, let months):
      "un projet de " + String(months) + " mois démarrant le " + start.frenchDescription
        + " finirait après le 31 décembre 9999"
    case .empty: "l'échéancier ne compte aucune tranche"
    case .misnumbered(let number): "la tranche n° " + String(number) + " n'est pas à sa place (numéros 1, 2, 3…)"
    case .nonPositiveAmount(let number): "la tranche n° " + String(number) + " n'a pas un montant positif"
    case .offMilestone(let number, let date):
      "la tranche n° " + String(number) + " (" + date.frenchDescription
        + ") ne tombe pas sur un jalon de 6 mois du projet"
    case .firstNotOnStart(let date):
      "la première tranche (" + date.frenchDescription + ") n'est pas à la date de démarrage"
    case .datesNotIncreasing(let number): "la tranche n° " + String(number) + " n'est pas postérieure à la précédente"
    case .sumMismatch(let sum, let grant):
      "les tranches totalisent " + sum.description + " au lieu de " + grant.description
    }
  }
}
