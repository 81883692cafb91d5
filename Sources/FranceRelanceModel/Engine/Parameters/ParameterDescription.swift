/// A parameter of an edition as the reference pages list it: its French name, its value
/// in French, the day it is in force from and the sentence that sets it.
public struct ParameterDescription: Sendable, Hashable {
  /// The French name.
  public let name: String
  /// The value, in French.
  public let value: String
  /// The first day the value is in force.
  public let start: CalendarDate
  /// The sentence that sets it.
  public let citation: Citation

  /// Creates a description.
  public init(name: String, value: String, start: CalendarDate, citation: Citation) {
    self.name = name
    self.value = value
    self.start = start
    self.citation = citation
  }
}

extension DatedParameter {
  /// A parameter with a single value, in force from `start`.
  public init(_ name: String, _ value: Value, from start: CalendarDate, citation: Citation) {
    self.init(name: name, periods: [Period(from: start, value: value, citation: citation)])
  }

  /// The value of the first period: what an edition whose parameters have one period
  /// each resolves to.
  ///
  /// - Precondition: the parameter has a period.
  public var firstValue: Value { periods[0].value }

  /// The descriptions of every period, with the value written by `text`.
  public func descriptions(_ text: (Value) -> String) -> [ParameterDescription] {
    periods.map { ParameterDescription(name: name, value: text($0.value), start: $0.start, citation: $0.citation) }
  }
}
