/// The fields of a dossier of the « Cycle de vie de la donnée » calls, declared once:
/// JSON path and French label.
public enum RelanceField: String, DossierField {
  /// Date de dépôt.
  case filedOn
  /// Nature du porteur.
  case applicantKind = "applicant.kind"
  /// Types de projet.
  case projectKinds
  /// Coût total du projet.
  case totalCost
  /// Cofinancement demandé.
  case requestedCoFinancing
  /// Engagement : démo à 6 mois.
  case demoWithinSixMonths = "commitments.demoWithinSixMonths"
  /// Engagement : un responsable à temps plein.
  case fullTimeOwner = "commitments.fullTimeOwner"
  /// Engagement : une équipe dédiée.
  case dedicatedTeam = "commitments.dedicatedTeam"
  /// Engagement : les usagers impliqués.
  case usersInvolved = "commitments.usersInvolved"

  /// The field's position, for ``EnumSet``.
  @inlinable
  public var position: Int {
    switch self {
    case .filedOn: 0
    case .applicantKind: 1
    case .projectKinds: 2
    case .totalCost: 3
    case .requestedCoFinancing: 4
    case .demoWithinSixMonths: 5
    case .fullTimeOwner: 6
    case .dedicatedTeam: 7
    case .usersInvolved: 8
    }
  }

  /// The French label.
  public var label: String {
    switch self {
    case .filedOn: "date de dépôt"
    case .applicantKind: "nature du porteur"
    case .projectKinds: "types de projet"
    case .totalCost: "coût total du projet"
    case .requestedCoFinancing: "cofinancement demandé"
    case .demoWithinSixMonths: "engagement de démo 6 mois après l'attribution"
    case .fullTimeOwner: "engagement d'un responsable à temps plein"
    case .dedicatedTeam: "engagement d'une équipe dédiée"
    case .usersInvolved: "engagement d'impliquer les usagers"
    }
  }

  /// The field that records a commitment's answer.
  @inlinable
  public static func commitment(_ commitment: LaureateCommitment) -> RelanceField {
    switch commitment {
    case .demoWithinSixMonths: .demoWithinSixMonths
    case .fullTimeOwner: .fullTimeOwner
    case .dedicatedTeam: .dedicatedTeam
    case .usersInvolved: .usersInvolved
    }
  }
}
