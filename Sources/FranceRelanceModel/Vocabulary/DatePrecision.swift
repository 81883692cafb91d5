/// How precisely a text gives a date.
///
/// Seed 004 opens the FTAP guichet in « Janvier 2023 » (a month); seed 003 plans the
/// second call for « T2 2021 » (a quarter); seed 003 opens the first call on
/// « 16 Novembre 2020 » (a day).
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
  /// The text gives the day.
  case day
  /// The text gives the month only.
  case month
  /// The text gives the quarter only.
  case quarter

  /// The French name: `jour`, `mois`, `trimestre`.
  public var frenchName: String {
    switch self {
    case .day: "jour"
    case .month: "mois"
    case .quarter: "trimestre"
    }
  }
}
