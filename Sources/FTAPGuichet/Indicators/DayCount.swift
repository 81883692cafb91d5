public import FranceRelanceModel

/// An exact number of days, possibly fractional: what a median or a mean of access delays
/// gives (`provision.accessDelay`).
///
/// A duration, printed as one: « 6,5 jours », never as a percentage. The value is the
/// exact fraction; the French text shows at most two decimals, and says « environ » when
/// it had to round (to the nearest hundredth, halves away from zero).
///
/// ```swift
/// let median = try IndicatorReport.AccessDelay(days: [3, 10, 5, 8]).median
/// median?.description   // « 6,5 jours »
/// median?.days          // 13/2
/// ```
public struct DayCount: Sendable, Hashable, CustomStringConvertible {
  // MARK: Stored properties

  /// The number of days, as an exact fraction.
  public let days: Rate

  // MARK: Creating

  /// Wraps an exact number of days.
  public init(_ days: Rate) {
    self.days = days
  }

  // MARK: Describing

  /// The duration in French: « 7 jours », « 1,5 jour », « 6,5 jours », « environ 34,33 jours ».
  public var description: String {
    let numerator = days.numerator
    let denominator = days.denominator
    let whole = numerator / denominator
    let remainder = numerator % denominator
    // Hundredths, rounded half away from zero; `exact` when nothing was lost.
    let (scaled, overflow) = remainder.multipliedReportingOverflow(by: 100)
    guard !overflow else { return String(whole) + " jours" }
    var hundredths = scaled / denominator
    let lost = scaled % denominator
    let exact = lost == 0
    if !exact, lost.magnitude * 2 >= denominator.magnitude { hundredths += scaled < 0 ? -1 : 1 }
    var wholePart = whole
    if hundredths.magnitude >= 100 {
      wholePart += hundredths < 0 ? -1 : 1
      hundredths = 0
    }
    var text = String(wholePart)
    if hundredths != 0 {
      let digits = String(hundredths.magnitude)
      var decimals = (digits.count < 2 ? "0" + digits : digits)
      while decimals.hasSuffix("0") { decimals.removeLast() }
      if wholePart == 0 && hundredths < 0 { text = "-0" }
      text += "," + decimals
    }
    // French takes the plural from two on: « 1,5 jour », « 2 jours ».
    let unit = wholePart.magnitude < 2 ? " jour" : " jours"
    return (exact ? "" : "environ ") + text + unit
  }
}
