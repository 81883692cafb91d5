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

  /// Creates a calendar.
  public init(planned: ScheduledWindow, actual: ScheduledWindow? = nil, note: String? = nil) {
    self.planned = planned
    self.actual = actual
    self.note = note
  }

  /// The window rules apply: the actual one when known, otherwise the planned one.
  public var inForce: ScheduledWindow { actual ?? planned }
}
