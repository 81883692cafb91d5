/// The body that awards the money (attribuant), as the SCDL « subventions » format names
/// it: a name and a 14-digit identifier (its SIRET).
public struct Grantor: Sendable, Hashable {
  /// The grantor's name (nomAttribuant).
  public let name: String
  /// The grantor's SIRET (idAttribuant).
  public let siret: SIRET

  /// Creates a grantor.
  public init(name: String, siret: SIRET) {
    self.name = name
    self.siret = siret
  }
}
