extension Envelope {
  /// Why an envelope tree breaks its invariant.
  public enum TreeError: Error, Sendable, Hashable {
    /// Two envelopes share an identifier.
    case duplicateIdentifier(EnvelopeIdentifier)
    /// An envelope has a negative amount.
    case negativeAmount(EnvelopeIdentifier)
    /// The children of an envelope sum above its amount.
    case childrenExceedParent(EnvelopeIdentifier, children: Euros, parent: Euros)
    /// The sum of the children overflows.
    case overflow(EnvelopeIdentifier)
  }
}

extension Envelope.TreeError: CustomStringConvertible {
  /// A French explanation of the error.
  public var description: String {
    switch self {
    case .duplicateIdentifier(let id): "identifiant d'enveloppe en double : " + id.rawValue
    case .negativeAmount(let id): "montant négatif pour l'enveloppe " + id.rawValue
    case .childrenExceedParent(let id, let children, let parent):
      "les sous-enveloppes de " + id.rawValue + " totalisent " + children.description + ", au-delà de "
        + parent.description
    case .overflow(let id): "dépassement de capacité en sommant les sous-enveloppes de " + id.rawValue
    }
  }
}
