/// When a call was planned to be open and, where a later text says otherwise, when it
/// actually was.
///
/// Seed 003 (November 2020) gives the planned calendar; seed 001 (March 2021) what
/// happened. Both are kept: the continuous window was planned for 18 January 2021 and
/// opened on 1 February 2021.
public struct CallCalendar: Sendable, Hashable {
  /// The planned window (calendrier prévisionnel).
  public let planned: ScheduledWindow
  /// The actual window, when a later text states one that differs or completes it.
  public let actual: ScheduledWindow?
  /// A French note on what the texts say beyond the windows (a confirmation, a
  /// contradiction between texts), if any.
  public let note: String?
  /// A later closing that another text reports in words compatible with the planned one
  /// (the first call: « à la fin de l'année 2020 »), read as that date under a named
  /// reading (`relance.aap1.closing = yearEnd`); `nil` for the other calls.
  public let reportedClosing: CalendarDate?
  /// The window a contradicting sentence gives (the third call: « au second trimestre
  /// 2021 »), read under a named reading (`relance.aap3.quarter = secondQuarter`); `nil`
  /// for the other calls.
  public let alternative: ScheduledWindow?

  /// Creates a calendar.
  public init(
    planned: ScheduledWindow, actual: ScheduledWindow? = nil, note: String? = nil, reportedClosing: CalendarDate? = nil,
    alternative: ScheduledWindow? = nil
  ) {
    self.planned = planned
    self.actual = actual
    self.note = note
    self.reportedClosing = reportedClosing
    self.alternative = alternative
  }

  /// The window rules apply: the actual one when known, otherwise the planned one.
  public var inForce: ScheduledWindow { actual ?? planned }
}
