/// What a token's holder may do (design v3 §11): read the ledger, write awards and their
/// events, or, for the DINUM, also unlock tranches (« avec l'accord de la DINUM », 004).
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
  /// An instructor: creates awards, appends reports, reviews, withholdings and payments.
  case instructeur
  /// The DINUM: reads the ledger and alone unlocks a tranche.
  case dinum
  /// A reader: reads awards and envelopes.
  case lecteur

  /// Whether the role may read awards and envelopes.
  public var readsLedger: Bool { true }
}
