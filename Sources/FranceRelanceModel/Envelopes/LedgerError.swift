/// Why a ledger refused an operation. A refused operation leaves the ledger unchanged.
public enum LedgerError: Error, Sendable, Hashable {
  /// The envelope is not in the ledger's tree.
  case unknownEnvelope(EnvelopeIdentifier)
  /// The amount is zero or negative.
  case nonPositiveAmount
  /// The reference was already committed (even if since released).
  case duplicateReference(String)
  /// The commitment would take this envelope (the target or an ancestor) past its amount;
  /// `available` is what it has left.
  case exceedsEnvelope(EnvelopeIdentifier, requested: Euros, available: Euros)
  /// No commitment has this reference.
  case unknownReference(String)
  /// The release is larger than what remains committed under the reference.
  case releaseExceedsOutstanding(String, requested: Euros, outstanding: Euros)
  /// An empty reference.
  case emptyReference
  /// The release is dated before the commitment it changes.
  case releaseBeforeCommitment(String, release: CalendarDate, commitment: CalendarDate)
}

extension LedgerError: CustomStringConvertible {
  /// A French explanation of the refusal.
  public var description: String {
    switch self {
    case .unknownEnvelope(let id): "enveloppe inconnue : " + id.rawValue
    case .nonPositiveAmount: "le montant doit être strictement positif"
    case .duplicateReference(let reference): "référence déjà engagée : " + reference
    case .exceedsEnvelope(let id, let requested, let available):
      "l'engagement de " + requested.description + " dépasserait l'enveloppe " + id.rawValue + " (disponible : "
        + available.description + ")"
    case .unknownReference(let reference): "aucun engagement sous la référence " + reference
    case .releaseExceedsOutstanding(let reference, let requested, let outstanding):
      "la libération de " + requested.description + " dépasse le reste engagé sous " + reference + " ("
        + outstanding.description + ")"
    case .emptyReference: "référence vide"
    case .releaseBeforeCommitment(let reference, let release, let commitment):
      "la libération du " + release.frenchDescription + " précède l'engagement " + reference + " du "
        + commitment.frenchDescription
    }
  }
}
