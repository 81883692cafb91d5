/// The body that steers an envelope (« piloté par »).
public enum Steward: String, Sendable, Hashable, Codable, CaseIterable {
  /// Direction interministérielle du numérique.
  case dinum
  /// Direction interministérielle de la transformation publique.
  case ditp

  /// The French acronym: `DINUM`, `DITP`.
  public var acronym: String { rawValue.uppercased() }
}
