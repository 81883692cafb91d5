/// The overall verdict on a dossier (design §3).
public enum AssessmentStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Every applicable rule is satisfied.
  case eligible
  /// At least one rule is violated.
  case ineligible
  /// No rule is violated, but some rule lacks input.
  case incomplete
  /// No rule is violated or lacks input, but the texts do not settle some rule for this
  /// dossier.
  case undetermined

  /// The French word for the verdict.
  public var frenchName: String {
    switch self {
    case .eligible: "éligible"
    case .ineligible: "inéligible"
    case .incomplete: "incomplet"
    case .undetermined: "indéterminé"
    }
  }
}
