extension Euros {
  /// Why an operation on amounts could not give an exact result.
  public enum ArithmeticError: Error, Sendable, Hashable {
    /// The result would exceed ±1 000 000 000 000 € (``Euros/limit``).
    case beyondLimit
    /// An intermediate product does not fit in 64 bits.
    case overflow
    /// A division by zero (for instance a rate with a zero denominator).
    case divisionByZero
  }
}

extension Euros.ArithmeticError: CustomStringConvertible {
  /// A French explanation of the error.
  public var description: String {
    switch self {
    case .beyondLimit: "montant au-delà de ± 1 000 000 000 000 €"
    case .overflow: "dépassement de capacité dans le calcul"
    case .divisionByZero: "division par zéro"
    }
  }
}
