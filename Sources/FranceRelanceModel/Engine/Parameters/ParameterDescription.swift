/// One period of a parameter of an edition, as the reference pages and `relance
/// parameters` list it: the parameter's identifier, French name and unit, the value in
/// French and in JSON, the day it is in force from and the sentence that sets it.
public struct ParameterDescription: Sendable, Hashable, Codable {
  /// The parameter's stable identifier (`ftap.cofinancing.maxRate`), or an empty string
  /// for a description made without one.
  public let id: String
  /// The unit of ``jsonValue``, when the value has one.
  public let unit: ParameterUnit?
  /// The value in JSON: a decimal string for euros and rates, a number for months.
  public let jsonValue: JSONValue
  /// The French name.
  public let name: String
  /// The value, in French.
  public let value: String
  /// The first day the value is in force.
  public let start: CalendarDate
  /// The sentence that sets it.
  public let citation: Citation

  /// The period as a finding names it, in French: « Taux maximal de cofinancement : 50 %
  /// (ftap.cofinancing.maxRate, en vigueur depuis le 1er janvier 2023) ».
  public var frenchApplied: String {
    name + " : " + value + " (" + (id.isEmpty ? "" : id + ", ") + "en vigueur depuis le " + start.frenchDescription
      + ")"
  }

  /// Creates a description without identifier or unit; its JSON value is the French text.
  public init(name: String, value: String, start: CalendarDate, citation: Citation) {
    self.init(id: "", unit: nil, jsonValue: .string(value), name: name, value: value, start: start, citation: citation)
  }

  /// Creates a description.
  public init(
    id: String, unit: ParameterUnit?, jsonValue: JSONValue, name: String, value: String, start: CalendarDate,
    citation: Citation
  ) {
    self.id = id
    self.unit = unit
    self.jsonValue = jsonValue
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

  /// The descriptions of every period, under the parameter's identifier `id`.
  public func descriptions(id: String) -> [ParameterDescription] where Value: ParameterValue {
    periods.map {
      ParameterDescription(
        id: id, unit: Value.parameterUnit, jsonValue: $0.value.parameterJSON, name: name, value: $0.value.parameterText,
        start: $0.start, citation: $0.citation)
    }
  }

  /// The period in force on `day`: the latest that starts on or before it, or the first
  /// one when `day` is `nil` or earlier than every period. The one choice of a period that
  /// an edition's numbers, its rules' sentences and its findings' parameters all make.
  ///
  /// - Precondition: the parameter has a period.
  public func inForce(on day: CalendarDate?) -> Period { day.flatMap(period(on:)) ?? periods[0] }

  /// The parameter under `reform`'s periods for it (`id`): the texts' periods that start
  /// before the reform's first day are kept, then the reform's values from their days,
  /// each citing the reform's sentence (``Reform/sentence``), since the reform, not the
  /// text it departs from, sets them. The parameter itself when the reform does not change
  /// it, or gives a value its unit cannot read (``Reform/checked(against:)`` refuses that
  /// first).
  public func reformed(by reform: Reform, id: String) -> DatedParameter<Value> where Value: ParameterValue {
    let changes = reform.periods(of: id)
    guard let first = changes.first?.from else { return self }
    var kept = periods.filter { $0.start < first }
    for change in changes {
      guard let value = Value(parameterJSON: change.value) else { return self }
      kept.append(Period(from: change.from, value: value, citation: reform.sentence))
    }
    return DatedParameter(name: name, periods: kept)
  }

  /// The descriptions of every period, with the value written by `text`.
  public func descriptions(_ text: (Value) -> String) -> [ParameterDescription] {
    periods.map { ParameterDescription(name: name, value: text($0.value), start: $0.start, citation: $0.citation) }
  }
}
