public import FranceRelanceModel

/// Why an award cannot be made on a dossier.
public enum AwardError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The dossier is not eligible under the readings in force.
  case notEligible(AssessmentStatus)
  /// The granted amount is zero.
  case nothingGranted
  /// The granted amount is above the dossier's cap.
  case aboveCap(granted: Euros, cap: Euros)
  /// The convention is dated before the dossier was filed.
  case conventionBeforeFiling(convention: CalendarDate, filed: CalendarDate)
  /// The dossier gives no start date or duration, so no schedule can be drawn.
  case noSchedule
  /// The convention is dated after the project's start: the first tranche, paid on the
  /// start date, would come before it.
  case conventionAfterStart(convention: CalendarDate, start: CalendarDate)
  /// The dossier has no reference to commit the grant under.
  case noReference
  /// The grant, start and duration give no schedule (see ``TrancheSchedule/ScheduleError``).
  case invalidSchedule(TrancheSchedule.ScheduleError)
  /// The dossier is undetermined and these rules, which the texts leave undetermined, have
  /// no instructor's decision.
  case undecided([RuleIdentifier])
  /// A decision is recorded for a rule that is not undetermined for the dossier.
  case decisionWithoutDoubt(RuleIdentifier)

  /// A French explanation.
  public var description: String {
    switch self {
    case .notEligible(let status):
      "le dossier n'est pas éligible (statut : " + status.frenchName + ") : aucun cofinancement ne peut être attribué"
    case .nothingGranted: "le montant attribué doit être strictement positif"
    case .aboveCap(let granted, let cap):
      "le montant attribué (" + granted.description + ") dépasse le plafond du dossier (" + cap.description + ")"
    case .conventionBeforeFiling(let convention, let filed):
      "la convention du " + convention.frenchDescription + " précède le dépôt du dossier (" + filed.frenchDescription
        + ")"
    case .noSchedule: "le dossier ne donne pas sa date de démarrage et sa durée : aucun échéancier ne peut être tracé"
    case .conventionAfterStart(let convention, let start):
      "la convention du " + convention.frenchDescription + " suit le démarrage du projet (" + start.frenchDescription
        + ") : la première tranche, versée au démarrage, la précéderait"
    case .noReference: "le dossier n'a pas de référence sous laquelle engager la subvention"
    case .invalidSchedule(let error): error.description
    case .undecided(let rules):
      "le dossier est indéterminé : l'instruction doit consigner une décision motivée pour "
        + rules.map(\.rawValue).joined(separator: ", ") + " (decisions)"
    case .decisionWithoutDoubt(let rule):
      "décision consignée pour " + rule.rawValue + ", qui n'est pas indéterminée pour ce dossier"
    }
  }
}
