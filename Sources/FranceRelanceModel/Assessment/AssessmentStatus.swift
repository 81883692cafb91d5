/// The overall verdict on a dossier.
public enum AssessmentStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Every applicable rule is satisfied.
  case eligible
  /// At least one rule is violated.
  case ineligible
  /// No rule is violated, but some rule lacks input.
  case incomplete

  /// The French word for the verdict.
  public var frenchName: String {
    switch self {
    case .eligible: "éligible"
    case .ineligible: "inéligible"
    case .incomplete: "incomplet"
    }
  }
}
