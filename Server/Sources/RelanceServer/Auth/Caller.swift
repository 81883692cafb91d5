/// The holder of a valid bearer token: its name (for the ledger's `actor`) and its role.
public struct Caller: Sendable, Hashable {
  /// The token's name, given when it was created (`relance-server token add --name`).
  public let name: String
  /// The token's role.
  public let role: Role

  /// A caller.
  public init(name: String, role: Role) {
    self.name = name
    self.role = role
  }
}
