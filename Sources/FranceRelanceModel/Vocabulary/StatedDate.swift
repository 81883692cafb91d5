/// A date as precisely as a text states it: a day, a month or a quarter.
///
/// A stated date covers every day it could be: « Janvier 2023 » is any day from
/// 2023-01-01 to 2023-01-31. ``earliest`` and ``latest`` bound it.
///
/// ```swift
/// let opening = StatedDate.month(of: try CalendarDate(year: 2023, month: 1, day: 1))
/// opening.latest  // 2023-01-31
/// ```
public struct StatedDate: Sendable, Hashable {
  // MARK: Stored properties

  /// The first day the stated date could be.
  public let earliest: CalendarDate
  /// How precisely the text states it.
  public let precision: DatePrecision

  // MARK: Creating stated dates

  /// A date stated to the day.
  public static func day(_ date: CalendarDate) -> StatedDate {
    StatedDate(earliest: date, precision: .day)
  }

  /// A date stated to the month: the month that contains `date`.
  public static func month(of date: CalendarDate) -> StatedDate {
    StatedDate(earliest: date.firstDayOfMonth, precision: .month)
  }

  /// A date stated to the quarter.
  public static func quarter(_ quarter: Quarter) -> StatedDate {
    StatedDate(earliest: quarter.firstDay, precision: .quarter)
  }

  // MARK: Bounds

  /// The last day the stated date could be.
  public var latest: CalendarDate {
    switch precision {
    case .day: earliest
    case .month: earliest.lastDayOfMonth
    case .quarter: earliest.quarter.lastDay
    }
  }

  /// The quarter, when the date is stated to the quarter.
  public var quarter: Quarter? { precision == .quarter ? earliest.quarter : nil }
}

// MARK: - Rendering

extension StatedDate: CustomStringConvertible {
  /// The date as written in the interchange format: `2023-01-16`, `2023-01`, `2021-Q2`.
  public var description: String {
    switch precision {
    case .day: earliest.isoString
    case .month: String(earliest.isoString.prefix(7))
    case .quarter: earliest.quarter.description
    }
  }

  /// The date as a French reader writes it: `16 novembre 2020`, `janvier 2023`, `T2 2021`.
  public var frenchDescription: String {
    switch precision {
    case .day: earliest.frenchDescription
    case .month: earliest.frenchMonthDescription
    case .quarter: earliest.quarter.frenchDescription
    }
  }
}
