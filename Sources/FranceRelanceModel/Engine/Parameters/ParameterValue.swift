/// A value a dated parameter can hold, with its unit and how it is written in JSON and in
/// French: euros, rates and numbers of months.
///
/// ```swift
/// Rate.percent(50).parameterJSON  // "0.50"
/// ```
public protocol ParameterValue: Sendable, Hashable {
  /// The unit.
  static var parameterUnit: ParameterUnit { get }
  /// The value in JSON: a string for euros and rates (exact decimals), a number for months.
  var parameterJSON: JSONValue { get }
  /// The value in French (`50 %`, `100 000 €`, `6 mois`).
  var parameterText: String { get }
  /// The value a JSON value writes in this unit (as ``parameterJSON`` writes it), or
  /// `nil`.
  init?(parameterJSON json: JSONValue)
}

extension Euros: ParameterValue {
  /// Euros.
  public static var parameterUnit: ParameterUnit { .euros }
  /// The decimal string, two decimals.
  public var parameterJSON: JSONValue { .string(decimalString) }
  /// The French amount.
  public var parameterText: String { description }
  /// A non-negative decimal string.
  public init?(parameterJSON json: JSONValue) {
    guard case .string(let text) = json, let euros = try? Euros(parsing: text) else { return nil }
    self = euros
  }
}

extension Rate: ParameterValue {
  /// A rate.
  public static var parameterUnit: ParameterUnit { .rate }
  /// The decimal fraction, at least two decimals, exact to the ten-thousandth (the
  /// percentage's hundredths): `"0.50"`, `"0.75"`, `"0.3333"`, `"1.00"`.
  public var parameterJSON: JSONValue {
    let (negative, integer, hundredths) = percentParts()
    // The percentage's digits, then the point moved two places left.
    var digits = String(repeating: "0", count: max(0, 3 - integer.count)) + integer
    let whole = String(digits.dropLast(2))
    digits = String(digits.suffix(2)) + (hundredths < 10 ? "0" : "") + String(hundredths)
    while digits.count > 2, digits.hasSuffix("0") { digits.removeLast() }
    return .string((negative ? "-" : "") + whole + "." + digits)
  }
  /// The French percentage.
  public var parameterText: String { description }
  /// A decimal fraction from 0 to 1 in a string, at most four decimals (`"0.40"`).
  public init?(parameterJSON json: JSONValue) {
    guard case .string(let text) = json else { return nil }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = Int64(parts[0]), parts[0].allSatisfy(\.isASCII),
      parts[0].allSatisfy(\.isNumber), parts.count == 1 || (1...4).contains(parts[1].count)
    else { return nil }
    let decimals = parts.count == 2 ? String(parts[1]) : ""
    guard decimals.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    let denominator = Int64([1, 10, 100, 1_000, 10_000][decimals.count])
    let numerator = whole * denominator + (Int64(decimals) ?? 0)
    guard numerator <= denominator, let rate = try? Rate(numerator: numerator, denominator: denominator) else {
      return nil
    }
    self = rate
  }
}

extension Int: ParameterValue {
  /// A number of months (the only integer parameters of the texts).
  public static var parameterUnit: ParameterUnit { .months }
  /// The number.
  public var parameterJSON: JSONValue { .number(String(self)) }
  /// « 6 mois ».
  public var parameterText: String { String(self) + " mois" }
  /// An integer number from 1 to 120.
  public init?(parameterJSON json: JSONValue) {
    guard case .number(let text) = json, let value = Int(text), (1...120).contains(value) else { return nil }
    self = value
  }
}
