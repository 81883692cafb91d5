/// Where a filing date falls in a programme's window: the figures of the window rules of
/// every programme (`relance.window`, `ftap.window`).
public enum FilingPosition: Sendable, Hashable {
  /// Before the opening.
  case before(CalendarDate)
  /// Within the window; `certainly` is `false` when the text gives only a month or a
  /// quarter, so that some reading of it leaves the date outside.
  case within(CalendarDate, certainly: Bool)
  /// After the closing.
  case after(CalendarDate)
  /// Filed after the planned closing but no later than a closing another text reports
  /// (the first call: the end of 2020, under `relance.aap1.closing = yearEnd`).
  case withinReportedClosing(CalendarDate, CalendarDate)

  /// The filing date.
  @inlinable
  public var date: CalendarDate {
    switch self {
    case .before(let date), .within(let date, _), .after(let date), .withinReportedClosing(let date, _): date
    }
  }
}
