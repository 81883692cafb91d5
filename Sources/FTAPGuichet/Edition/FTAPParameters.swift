public import FranceRelanceModel

/// The numbers of an FTAP edition as plain values: what the rules read.
///
/// Resolved once from an ``FTAPEdition`` (``FTAPEdition/parameters``); every title,
/// message and interpretation takes its numbers from here, so a second edition with other
/// numbers needs no code.
public struct FTAPParameters: Sendable, Hashable {
  /// The window in which dossiers are filed.
  public let window: DateWindow
  /// The window's first and last possible days, and the days between which a date is
  /// within it for every reading of the text: computed once, for the verdict path.
  @usableFromInline let earliestOpening, latestOpening, earliestClosing, latestClosing: CalendarDate
  /// The smallest expected total cost (taille attendue).
  public let minimumSize: Euros
  /// The largest expected total cost.
  public let maximumSize: Euros
  /// The largest co-financing rate (taux maximal de cofinancement).
  public let coFinancingRate: Rate
  /// The same rate, prepared for the verdict path.
  public let coFinancingRateApplier: RateApplier
  /// Above this request, funding is released in tranches.
  public let trancheRequestThreshold: Euros
  /// Beyond this duration in months, funding is released in tranches.
  public let trancheDurationMonths: Int
  /// The rhythm of milestones, in months (jalon).
  public let milestoneIntervalMonths: Int

  /// Creates parameters.
  public init(
    window: DateWindow, minimumSize: Euros, maximumSize: Euros, coFinancingRate: Rate, trancheRequestThreshold: Euros,
    trancheDurationMonths: Int, milestoneIntervalMonths: Int
  ) {
    self.window = window
    earliestOpening = window.opening.earliest
    latestOpening = window.opening.latest
    earliestClosing = window.closing.earliest
    latestClosing = window.closing.latest
    self.minimumSize = minimumSize
    self.maximumSize = maximumSize
    self.coFinancingRate = coFinancingRate
    coFinancingRateApplier = RateApplier(coFinancingRate)
    self.trancheRequestThreshold = trancheRequestThreshold
    self.trancheDurationMonths = trancheDurationMonths
    self.milestoneIntervalMonths = milestoneIntervalMonths
  }

  /// The milestones of a project of `months` months: ⌈months ÷ interval⌉, at least one
  /// (« Au terme de chaque jalon de 6 mois »). The tranches, the milestone reviews and the
  /// deployment targets all count them this way.
  @inlinable @inline(__always)
  public func milestones(within months: Int) -> Int {
    let interval = Swift.max(1, milestoneIntervalMonths)
    return Swift.max(1, months / interval + (months % interval > 0 ? 1 : 0))
  }

  /// The parameters of the 2023 – 2025 guichet.
  public static var guichet2023: FTAPParameters { FTAPEdition.guichet2023.parameters }
}
