extension Euros {
  /// Why a written amount was refused.
  public enum ParseError: Error, Sendable, Hashable {
    /// Nothing was written.
    case empty
    /// The text is not a decimal number (letters, spaces, several points…).
    case malformed
    /// A comma was used as the decimal separator (`"600000,50"`): write `"600000.50"`.
    case decimalComma
    /// The integer part starts with a zero followed by other digits (`"0100"`).
    case leadingZeros
    /// More than two decimals are written (`"12.345"`, or `"100.000"` meant as 100 000).
    case tooManyDecimals
    /// The amount is below zero where only non-negative amounts are allowed.
    case negative
    /// The amount exceeds ±1 000 000 000 000 € (``Euros/limit``).
    case beyondLimit
  }
}

extension Euros.ParseError: CustomStringConvertible {
  /// A French explanation of the error, suitable for an error line.
  public var description: String {
    switch self {
    case .empty: "montant vide"
    case .malformed: "montant illisible (attendu : un nombre décimal comme \"600000.50\")"
    case .decimalComma: "virgule décimale : écrire le montant avec un point, comme \"600000.50\""
    case .leadingZeros: "zéros en tête du montant"
    case .tooManyDecimals: "plus de deux décimales : un montant s'exprime au centime près"
    case .negative: "montant négatif"
    case .beyondLimit: "montant au-delà de ± 1 000 000 000 000 €"
    }
  }
}
