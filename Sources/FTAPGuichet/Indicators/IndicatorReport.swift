public import FranceRelanceModel

/// The values of the mandatory indicators for one milestone period, with their exact
/// computations (seed 004, « Indicateurs obligatoires liés au projet »).
///
/// ```swift
/// var report = IndicatorReport()
/// report.beneficiaries = try .init(informed: 1_200, automatic: 300)
/// report.conversion = try .init(proceduresCompleted: 240, usersContacted: 1_200)
/// report.conversion?.rate        // 1/5, that is 20 %
/// report.accessDelay = try .init(days: [3, 10, 5, 8])
/// report.accessDelay?.median     // 6,5 jours (13/2)
/// report.missing(from: [.proactiveBeneficiaries, .provisionReuses])  // [.provisionReuses]
/// ```
public struct IndicatorReport: Sendable, Hashable {
  // MARK: Nested types

  /// Why indicator values were refused.
  public enum InvalidValue: Error, Sendable, Hashable, CustomStringConvertible {
    /// A count below zero.
    case negativeCount(String)
    /// An access granted before it was requested.
    case accessBeforeRequest(requested: CalendarDate, granted: CalendarDate)

    /// A French explanation.
    public var description: String {
      switch self {
      case .negativeCount(let field): "valeur négative pour « " + field + " »"
      case .accessBeforeRequest(let requested, let granted):
        "accès accordé le " + granted.frenchDescription + ", avant la demande du " + requested.frenchDescription
      }
    }
  }

  /// `proactive.beneficiaries`: users who benefited, split between information and
  /// automatic attribution.
  public struct Beneficiaries: Sendable, Hashable {
    /// Users informed proactively.
    public let informed: Int
    /// Users to whom a right or action was attributed automatically.
    public let automatic: Int

    /// Creates the counts.
    ///
    /// - Throws: ``InvalidValue/negativeCount(_:)``.
    public init(informed: Int, automatic: Int) throws(InvalidValue) {
      guard informed >= 0 else { throw .negativeCount("informed") }
      guard automatic >= 0 else { throw .negativeCount("automatic") }
      self.informed = informed
      self.automatic = automatic
    }

    /// All beneficiaries; `nil` if the sum overflows.
    public var total: Int? {
      let (sum, overflow) = informed.addingReportingOverflow(automatic)
      return overflow ? nil : sum
    }
  }

  /// `proactive.conversionRate`: procedures completed / users contacted, automatic
  /// attributions excluded.
  public struct Conversion: Sendable, Hashable {
    /// Procedures completed after a proactive information.
    public let proceduresCompleted: Int
    /// Users contacted, automatic attributions excluded.
    public let usersContacted: Int

    /// Creates the counts.
    ///
    /// - Throws: ``InvalidValue/negativeCount(_:)``.
    public init(proceduresCompleted: Int, usersContacted: Int) throws(InvalidValue) {
      guard proceduresCompleted >= 0 else { throw .negativeCount("proceduresCompleted") }
      guard usersContacted >= 0 else { throw .negativeCount("usersContacted") }
      self.proceduresCompleted = proceduresCompleted
      self.usersContacted = usersContacted
    }

    /// The exact rate; `nil` (undefined) when nobody was contacted.
    public var rate: Rate? {
      guard usersContacted > 0 else { return nil }
      return try? Rate(numerator: Int64(proceduresCompleted), denominator: Int64(usersContacted))
    }
  }

  /// `provision.accessDelay`: days between each access request and the effective access.
  public struct AccessDelay: Sendable, Hashable {
    /// The delay of each request, in days, in the order given.
    public let days: [Int]

    /// Creates the delays from day counts.
    ///
    /// - Throws: ``InvalidValue/negativeCount(_:)`` for a negative delay.
    public init(days: [Int]) throws(InvalidValue) {
      guard days.allSatisfy({ $0 >= 0 }) else { throw .negativeCount("days") }
      self.days = days
    }

    /// Creates the delays from request and access dates.
    ///
    /// - Throws: ``InvalidValue/accessBeforeRequest(requested:granted:)``.
    public init(requests: [(requested: CalendarDate, granted: CalendarDate)]) throws(InvalidValue) {
      var days: [Int] = []
      for request in requests {
        let delay = request.requested.days(to: request.granted)
        guard delay >= 0 else { throw .accessBeforeRequest(requested: request.requested, granted: request.granted) }
        days.append(delay)
      }
      self.days = days
    }

    /// The median delay in days, exact (the mean of the two middle values for an even
    /// count); `nil` when there was no request, or when the two middle values are too
    /// large for their sum to be represented (never a trap).
    ///
    /// - Complexity: O(*n* log *n*).
    public var median: DayCount? {
      guard !days.isEmpty else { return nil }
      let sorted = days.sorted()
      let middle = sorted.count / 2
      if sorted.count % 2 == 1 {
        return (try? Rate(numerator: Int64(sorted[middle]), denominator: 1)).map(DayCount.init)
      }
      let (sum, overflow) = Int64(sorted[middle - 1]).addingReportingOverflow(Int64(sorted[middle]))
      guard !overflow else { return nil }
      return (try? Rate(numerator: sum, denominator: 2)).map(DayCount.init)
    }

    /// The mean delay in days, exact; `nil` when there was no request.
    public var mean: DayCount? {
      guard !days.isEmpty else { return nil }
      var total: Int64 = 0
      for day in days {
        let (sum, overflow) = total.addingReportingOverflow(Int64(day))
        guard !overflow else { return nil }
        total = sum
      }
      return (try? Rate(numerator: total, denominator: Int64(days.count))).map(DayCount.init)
    }
  }

  // MARK: Stored properties

  /// `proactive.beneficiaries`.
  public var beneficiaries: Beneficiaries?
  /// `proactive.conversionRate`.
  public var conversion: Conversion?
  /// `provision.reuses`: projects reusing the data.
  public var reuses: Int?
  /// `provision.transmissions`: effective transmissions through the API.
  public var transmissions: Int?
  /// `provision.accessDelay`.
  public var accessDelay: AccessDelay?

  // MARK: Creating

  /// Creates an empty report; set the values the project measures.
  public init() {}

  // MARK: Checking

  /// The indicators the report carries.
  public var reported: Set<FTAPIndicator> {
    var result: Set<FTAPIndicator> = []
    if beneficiaries != nil { result.insert(.proactiveBeneficiaries) }
    if conversion != nil { result.insert(.proactiveConversionRate) }
    if reuses != nil { result.insert(.provisionReuses) }
    if transmissions != nil { result.insert(.provisionTransmissions) }
    if accessDelay != nil { result.insert(.provisionAccessDelay) }
    return result
  }

  /// The mandatory indicators the report lacks, in the order given.
  public func missing(from mandatory: [FTAPIndicator]) -> [FTAPIndicator] {
    let reported = self.reported
    return mandatory.filter { !reported.contains($0) }
  }

  /// Checks that counts are not negative.
  ///
  /// - Throws: ``InvalidValue/negativeCount(_:)``.
  public func validate() throws(InvalidValue) {
    if let reuses, reuses < 0 { throw .negativeCount("reuses") }
    if let transmissions, transmissions < 0 { throw .negativeCount("transmissions") }
  }
}
