/// Who acts in a milestone review.
public enum Participant: Sendable, Hashable {
  /// The project's team (le porteur de projet), who reports the impact.
  case projectOwner
  /// DINUM's steering team (l'équipe de pilotage de la DINUM), who reviews and unlocks.
  case dinum
  /// Anyone else (the DITP, a ministry's finance office…), named.
  case other(String)

  /// The French name.
  public var frenchName: String {
    switch self {
    case .projectOwner: "le porteur de projet"
    case .dinum: "l'équipe de pilotage de la DINUM"
    case .other(let name): name
    }
  }
}
