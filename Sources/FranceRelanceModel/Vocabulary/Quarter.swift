/// A calendar quarter (trimestre), such as `2021-Q2` (« T2 2021 »).
///
/// Some texts only give the quarter of an event: seed 003 plans the second call for
/// « T2 2021 ». A quarter knows its first and last day.
public struct Quarter: Sendable, Hashable {
  // MARK: Stored components

  /// The year.
  public let year: Int
  /// The quarter number, from 1 to 4.
  public let number: Int

  // MARK: Creating quarters

  /// Creates a quarter.
  ///
  /// - Throws: ``CalendarDate/InvalidDate`` when the year is outside 1…9999 or the number
  ///   outside 1…4.
  public init(year: Int, number: Int) throws(CalendarDate.InvalidDate) {
    guard (1...9999).contains(year) else { throw .yearOutOfRange }
    guard (1...4).contains(number) else { throw .malformed }
    self.init(uncheckedYear: year, number: number)
  }

  init(uncheckedYear year: Int, number: Int) {
    self.year = year
    self.number = number
  }

  /// Parses `2021-Q2`.
  ///
  /// - Throws: ``CalendarDate/InvalidDate/malformed`` for any other shape.
  public init(parsing text: String) throws(CalendarDate.InvalidDate) {
    let bytes = Array(text.utf8)
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q"),
      let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)),
      bytes[0..<4].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
      bytes[6] >= UInt8(ascii: "1"), bytes[6] <= UInt8(ascii: "4")
    else { throw .malformed }
    try self.init(year: year, number: Int(bytes[6] - UInt8(ascii: "0")))
  }

  // MARK: Days

  /// The first day of the quarter.
  public var firstDay: CalendarDate {
    CalendarDate(uncheckedYear: year, month: (number - 1) * 3 + 1, day: 1)
  }

  /// The last day of the quarter.
  public var lastDay: CalendarDate {
    CalendarDate(uncheckedYear: year, month: number * 3, day: 1).lastDayOfMonth
  }

  /// Whether `date` falls in the quarter.
  public func contains(_ date: CalendarDate) -> Bool {
    date.year == year && (date.month - 1) / 3 + 1 == number
  }
}

// MARK: - Rendering

extension Quarter: CustomStringConvertible {
  /// The quarter written `2021-Q2`.
  public var description: String { String(year) + "-Q" + String(number) }

  /// The quarter as the French texts write it: `T2 2021`.
  public var frenchDescription: String { "T" + String(number) + " " + String(year) }
}

// MARK: - Comparable

extension Quarter: Comparable {
  /// Orders quarters chronologically.
  public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
    (lhs.year, lhs.number) < (rhs.year, rhs.number)
  }
}
