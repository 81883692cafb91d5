extension CalendarDate {
  /// Why a date was refused.
  public enum InvalidDate: Error, Sendable, Hashable {
    /// The text is not written `YYYY-MM-DD`.
    case malformed
    /// The year is outside 1…9999.
    case yearOutOfRange
    /// The month is outside 1…12.
    case monthOutOfRange
    /// The day does not exist in that month (30 February, 29 February of a common year…).
    case dayOutOfRange
  }
}

extension CalendarDate.InvalidDate: CustomStringConvertible {
  /// A French explanation of the error.
  public var description: String {
    switch self {
    case .malformed: "date illisible (attendu : AAAA-MM-JJ, par exemple 2023-01-16)"
    case .yearOutOfRange: "année hors de 0001 à 9999"
    case .monthOutOfRange: "mois hors de 01 à 12"
    case .dayOutOfRange: "ce jour n'existe pas dans ce mois"
    }
  }
}
