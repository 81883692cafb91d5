/// The edition of one « Cycle de vie de la donnée » call: its identifier, title, window
/// and numbers, each number a dated parameter with its sentence (seeds 003 and 001).
public struct RelanceEdition: ProgrammeEdition {
  // MARK: Stored properties

  /// The call.
  public let call: RelanceCall
  /// The call's calendar, planned and actual.
  public let calendar: CallCalendar
  /// The largest co-financing rate.
  public let coFinancingRate: DatedParameter<Rate>
  /// The continuous window's size limit (excluded).
  public let continuousSizeLimit: DatedParameter<Euros>
  /// The numbers, resolved once.
  public let parameters: RelanceParameters

  // MARK: Creating

  /// The edition of a call of the plan, from the plan's dated parameters.
  public init(
    call: RelanceCall, coFinancingRate: DatedParameter<Rate> = RelancePlan.coFinancingRate,
    continuousSizeLimit: DatedParameter<Euros> = RelancePlan.continuousWindowSizeLimit
  ) {
    self.call = call
    calendar = call.calendar
    self.coFinancingRate = coFinancingRate
    self.continuousSizeLimit = continuousSizeLimit
    parameters = Self.numbers(call, calendar, coFinancingRate, continuousSizeLimit, on: nil)
  }

  // MARK: Dated numbers

  /// The numbers of the periods in force on `day`, or of the first periods for `nil`: the
  /// one place the edition's dated parameters become plain values.
  static func numbers(
    _ call: RelanceCall, _ calendar: CallCalendar, _ coFinancingRate: DatedParameter<Rate>,
    _ continuousSizeLimit: DatedParameter<Euros>, on day: CalendarDate?
  ) -> RelanceParameters {
    func value<V>(_ parameter: DatedParameter<V>) -> V { parameter.inForce(on: day).value }
    let inForce = calendar.inForce.window
    let planned = calendar.planned.window.opening
    return RelanceParameters(
      call: call, window: inForce, plannedOpening: planned != inForce.opening ? planned : nil,
      closingIsStated: inForce.closing.precision == .day, reportedClosing: calendar.reportedClosing,
      alternativeWindow: calendar.alternative?.window, coFinancingRate: value(coFinancingRate),
      continuousSizeLimit: value(continuousSizeLimit))
  }

  /// The numbers in force on `day`: each parameter's period that started on or before it
  /// (its first period before that).
  public func parameters(on day: CalendarDate) -> RelanceParameters {
    Self.numbers(call, calendar, coFinancingRate, continuousSizeLimit, on: day)
  }

  /// The rules with the numbers in force on `day` (the first period's when `day` is
  /// `nil`): the rate and size rules cite the sentence of their period, and each rule lists
  /// the periods of the parameters it applies.
  public func rules(on day: CalendarDate?) -> [Rule] {
    let parameters = day.map { self.parameters(on: $0) } ?? self.parameters
    let periods: [RuleIdentifier: [Citation]] = [
      RelanceRules.CoFinancingRate.id: [coFinancingRate.inForce(on: day).citation],
      RelanceRules.ContinuousSize.id: [continuousSizeLimit.inForce(on: day).citation],
    ]
    let descriptions = parameterDescriptions
    return RelanceRules.catalogue(parameters).map { declared in
      declared.applying(descriptions, on: day).citing(leading: periods[declared.id] ?? [])
    }
  }

  /// The days a parameter takes a new value (the start of each of its periods after its
  /// first), in order.
  public var changeDays: [CalendarDate] {
    Array(
      Set(coFinancingRate.periods.dropFirst().map(\.start) + continuousSizeLimit.periods.dropFirst().map(\.start))
    ).sorted()
  }

  // MARK: Reforms

  /// The edition under `reform`: each parameter it names takes the reform's values from
  /// their days (`DatedParameter.reformed(by:id:)`).
  public func reformed(by reform: Reform) -> RelanceEdition {
    RelanceEdition(
      call: call,
      coFinancingRate: coFinancingRate.reformed(by: reform, id: Parameter.coFinancingRate.rawValue),
      continuousSizeLimit: continuousSizeLimit.reformed(by: reform, id: Parameter.continuousSizeLimit.rawValue))
  }

  /// The editions of the four calls, in call order.
  public static let all = RelanceCall.allCases.map { RelanceEdition(call: $0) }

  // MARK: ProgrammeEdition

  /// The call's programme identifier.
  public var identifier: ProgrammeIdentifier { call.identifier }
  /// The call's French title.
  public var title: String { call.title }
  /// « Plan de relance 2020 – 2021 ».
  public var name: String { "Plan de relance 2020 – 2021" }
  /// The window in force.
  public var window: ScheduledWindow { calendar.inForce }

  // MARK: Parameter identifiers

  /// The identifiers of the calls' parameters (`relance parameters`, findings), declared
  /// once.
  public enum Parameter: String, Sendable, Hashable, CaseIterable {
    /// The largest co-financing rate of the « Cycle de vie de la donnée » line.
    case coFinancingRate = "relance.cofinancing.maxRate"
    /// The continuous window's size limit (excluded).
    case continuousSizeLimit = "relance.continu.size.limit"
  }

  // MARK: Reference

  /// The numbers with their citations.
  public var parameterDescriptions: [ParameterDescription] {
    coFinancingRate.descriptions(id: Parameter.coFinancingRate.rawValue)
      + (call == .continuous ? continuousSizeLimit.descriptions(id: Parameter.continuousSizeLimit.rawValue) : [])
  }
}
