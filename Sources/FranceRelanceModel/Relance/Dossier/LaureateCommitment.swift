/// The four commitments of a laureate of the « Cycle de vie de la donnée » calls (seed
/// 003, « AAP Cycle de vie de la donnée : les engagements du lauréat »).
///
/// The raw values are the interchange keys of a dossier's `commitments` object.
public enum LaureateCommitment: String, Sendable, Hashable, Codable, CaseIterable, EnumSetElement {
  /// A demo of the project 6 months after the funds are awarded.
  case demoWithinSixMonths
  /// One autonomous full-time person on the project, or a funded product manager.
  case fullTimeOwner
  /// A team dedicated to the project, which ensures its durability.
  case dedicatedTeam
  /// All the users who will eventually benefit from the project are involved.
  case usersInvolved

  /// The case's position in `allCases`, for ``EnumSet`` and ``EnumFlags``.
  @inlinable
  public var position: Int {
    switch self {
    case .demoWithinSixMonths: 0
    case .fullTimeOwner: 1
    case .dedicatedTeam: 2
    case .usersInvolved: 3
    }
  }

  /// The French text of the commitment, as seed 003 lists it.
  public var frenchName: String {
    switch self {
    case .demoWithinSixMonths: "Réalisation d'une démo du projet 6 mois après l'attribution des fonds"
    case .fullTimeOwner:
      "Libérer une personne à temps plein sur le projet qui sera autonome, ou financer un ou une cheffe de produit qui suivra les itérations et aura aussi une autonomie"
    case .dedicatedTeam: "Mise en place d'une équipe dédiée au projet qui en assurera la pérennité"
    case .usersInvolved: "Impliquer l'ensemble des usagers qui bénéficieront à terme du projet"
    }
  }

  /// The sentence of seed 003 that states the commitment.
  public var citation: Citation {
    Citation(
      .relanceInformationMeeting, at: "AAP Cycle de vie de la donnée : les engagements du lauréat",
      quoting: frenchName)
  }

  /// The day the demo is due: 6 months after the award, clamped to the end of a shorter
  /// month (an award on 31 August gives 28 or 29 February).
  public static func demoDeadline(awardedOn award: CalendarDate) -> CalendarDate {
    award.adding(months: 6)
  }
}
