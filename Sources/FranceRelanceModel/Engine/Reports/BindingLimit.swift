/// Which of two co-financing limits sets the cap.
public enum BindingLimit: String, Sendable, Hashable, Codable {
  /// The maximal rate applied to the total cost.
  case rate
  /// The total cost minus personnel costs (Titre 2).
  case personnel
  /// Both limits are equal.
  case both

  /// The French name, as a report prints it.
  public var frenchName: String {
    switch self {
    case .rate: "taux maximal"
    case .personnel: "coût total moins dépenses de personnel"
    case .both: "les deux limites"
    }
  }
}
