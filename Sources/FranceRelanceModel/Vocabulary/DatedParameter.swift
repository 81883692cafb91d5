/// A parameter whose value can change over time, each value with the text that sets it.
///
/// Like OpenFisca's parameters: the value in force on a date is the one of the latest
/// period that started on or before that date.
///
/// ```swift
/// let rate = DatedParameter(
///   name: "Taux maximal de cofinancement",
///   periods: [.init(from: opening, value: Rate.percent(75), citation: slide)])
/// rate.value(on: someDay)  // 75 %, or nil before the opening
/// ```
public struct DatedParameter<Value: Sendable & Hashable>: Sendable, Hashable {
  // MARK: Nested types

  /// A value and the day from which it is in force.
  public struct Period: Sendable, Hashable {
    /// The first day the value is in force.
    public let start: CalendarDate
    /// The value.
    public let value: Value
    /// The text that sets the value.
    public let citation: Citation

    /// Creates a period.
    public init(from start: CalendarDate, value: Value, citation: Citation) {
      self.start = start
      self.value = value
      self.citation = citation
    }
  }

  // MARK: Stored properties

  /// The parameter's French name.
  public let name: String
  /// The periods, ordered by start day.
  public let periods: [Period]

  // MARK: Creating parameters

  /// Creates a parameter; periods are sorted by their start day.
  public init(name: String, periods: [Period]) {
    self.name = name
    self.periods = periods.sorted { $0.start < $1.start }
  }

  // MARK: Looking up values

  /// The period in force on `date`, or `nil` before the first one.
  ///
  /// - Complexity: O(*n*) in the number of periods (a handful).
  public func period(on date: CalendarDate) -> Period? {
    periods.last { $0.start <= date }
  }

  /// The value in force on `date`, or `nil` before the first period.
  public func value(on date: CalendarDate) -> Value? {
    period(on: date)?.value
  }

  /// The value in force today for the library: the latest period's value.
  public var latestValue: Value? { periods.last?.value }
}
