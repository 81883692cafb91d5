/// The unit of a dated parameter's value, as `relance parameters --json` and a reform
/// write it.
///
/// ```swift
/// ParameterUnit.rate.rawValue  // "rate": a decimal fraction, "0.50" for 50 %
/// ```
public enum ParameterUnit: String, Sendable, Hashable, CaseIterable, Codable {
  /// An amount in euros, a decimal string with two decimals (`"100000.00"`).
  case euros = "EUR"
  /// A rate, a decimal fraction as a string (`"0.50"` for 50 %).
  case rate
  /// A number of months, an integer.
  case months
}
