/// A day in the proleptic Gregorian calendar, with no time and no time zone.
///
/// The texts give calendar days (`16 novembre 2020`), so the library never converts them
/// to instants. Dates are validated: month lengths and 29 February of leap years only.
///
/// ```swift
/// let opening = try CalendarDate(year: 2020, month: 11, day: 16)
/// let demo = opening.adding(months: 6)   // 2021-05-16
/// let parsed = try CalendarDate(iso: "2024-02-29")
/// ```
public struct CalendarDate: Sendable, Hashable {
  // MARK: Stored value

  /// The components packed into one integer, `year << 9 | month << 5 | day`: four bytes
  /// instead of three words, and one comparison orders two dates.
  @usableFromInline let packed: UInt32

  // MARK: Components

  /// The year, from 1 to 9999.
  @inlinable
  public var year: Int { Int(packed >> 9) }
  /// The month, from 1 (January) to 12 (December).
  @inlinable
  public var month: Int { Int(packed >> 5 & 0xF) }
  /// The day of the month, from 1 to the month's length.
  @inlinable
  public var day: Int { Int(packed & 0x1F) }

  // MARK: Creating dates

  /// Creates a date after checking that it exists.
  ///
  /// - Throws: ``InvalidDate`` when the year is outside 1…9999, the month outside 1…12,
  ///   or the day beyond the month's length (30 February, 29 February 2023, 31 April…).
  public init(year: Int, month: Int, day: Int) throws(InvalidDate) {
    guard (1...9999).contains(year) else { throw .yearOutOfRange }
    guard (1...12).contains(month) else { throw .monthOutOfRange }
    guard day >= 1, day <= Self.length(ofMonth: month, in: year) else { throw .dayOutOfRange }
    self.init(uncheckedYear: year, month: month, day: day)
  }

  /// Creates a date whose components the caller has already validated.
  @usableFromInline
  package init(uncheckedYear year: Int, month: Int, day: Int) {
    packed = UInt32(truncatingIfNeeded: year << 9 | month << 5 | day)
  }

  // MARK: Calendar facts

  /// Whether `year` is a leap year in the Gregorian calendar.
  @inlinable
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in `month` of `year`.
  @inlinable
  public static func length(ofMonth month: Int, in year: Int) -> Int {
    switch month {
    case 2: isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The first day of the date's month.
  public var firstDayOfMonth: CalendarDate {
    CalendarDate(uncheckedYear: year, month: month, day: 1)
  }

  /// The last day of the date's month.
  public var lastDayOfMonth: CalendarDate {
    CalendarDate(uncheckedYear: year, month: month, day: Self.length(ofMonth: month, in: year))
  }

  /// The quarter (trimestre) the date falls in.
  public var quarter: Quarter {
    Quarter(uncheckedYear: year, number: (month - 1) / 3 + 1)
  }

  // MARK: Day numbers

  /// The number of days since 1970-01-01 (negative before).
  ///
  /// - Complexity: O(1).
  public var daysSinceEpoch: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `daysSinceEpoch` days after 1970-01-01, or `nil` outside years 1…9999.
  public init?(daysSinceEpoch days: Int) {
    guard days >= -719_162, days <= 2_932_896 else { return nil }
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    self.init(uncheckedYear: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  // MARK: Arithmetic

  /// The number of days from this date to `other` (negative when `other` is earlier).
  public func days(to other: CalendarDate) -> Int {
    other.daysSinceEpoch - daysSinceEpoch
  }

  /// The date `days` days later (earlier when negative), or `nil` outside years 1…9999.
  public func adding(days: Int) -> CalendarDate? {
    let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
    return overflow ? nil : CalendarDate(daysSinceEpoch: sum)
  }

  /// Whether the date `months` months later is still within the calendar (years 1 to
  /// 9999), so that ``adding(months:)`` does not saturate.
  @inlinable
  public func fitsCalendar(addingMonths months: Int) -> Bool {
    let (target, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
    return !overflow && target >= 12 && target <= 9999 * 12 + 11
  }

  /// The same day `months` months later, clamped to the end of a shorter month.
  ///
  /// `2023-08-31` plus 6 months is `2024-02-29` (a leap year), plus 18 months is
  /// `2025-02-28`. The result saturates at years 1 and 9999.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func adding(months: Int) -> CalendarDate {
    let monthIndex = year * 12 + (month - 1)
    let (target, overflow) = monthIndex.addingReportingOverflow(months)
    let clampedIndex = overflow ? (months > 0 ? Int.max : Int.min) : target
    let boundedIndex = min(max(clampedIndex, 12), 9999 * 12 + 11)
    let newYear = boundedIndex / 12
    let newMonth = boundedIndex % 12 + 1
    // Every month has at least 28 days: only a later day needs the month's length.
    let newDay = day <= 28 ? day : min(day, Self.length(ofMonth: newMonth, in: newYear))
    return CalendarDate(uncheckedYear: newYear, month: newMonth, day: newDay)
  }
}

// MARK: - Comparable

extension CalendarDate: Comparable {
  /// Orders dates chronologically.
  @inlinable
  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    // Year, month and day are packed most significant first, so the integers' order is
    // the calendar's.
    lhs.packed < rhs.packed
  }
}
