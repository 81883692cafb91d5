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
    let inForce = calendar.inForce.window
    let planned = calendar.planned.window.opening
    parameters = RelanceParameters(
      call: call, window: inForce, plannedOpening: planned != inForce.opening ? planned : nil,
      closingIsStated: inForce.closing.precision == .day, reportedClosing: calendar.reportedClosing,
      alternativeWindow: calendar.alternative?.window,
      coFinancingRate: coFinancingRate.firstValue,
      continuousSizeLimit: continuousSizeLimit.firstValue)
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
