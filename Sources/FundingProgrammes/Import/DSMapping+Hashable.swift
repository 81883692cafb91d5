extension DSMapping: Hashable {
  /// Whether two mappings fill the same programme's dossiers from the same champs.
  public static func == (lhs: DSMapping, rhs: DSMapping) -> Bool {
    lhs.programme.identifier == rhs.programme.identifier && lhs.attributes == rhs.attributes && lhs.champs == rhs.champs
  }

  /// Hashes the programme's identifier and the entries.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(programme.identifier)
    hasher.combine(attributes)
    hasher.combine(champs)
  }
}
