/// A period during which something is open, such as a call for projects (appel à projets).
///
/// Each end is a ``StatedDate``, so a window can open « en janvier 2023 » and close « fin
/// 2025 », known to the month. The position of a date is then three-valued: surely
/// before, surely after, or within, and within *certainly* only when it is inside every
/// reading of the text.
///
/// ```swift
/// let ftap = try DateWindow(
///   opening: .month(of: CalendarDate(year: 2023, month: 1, day: 1)),
///   closing: .month(of: CalendarDate(year: 2025, month: 12, day: 1)))
/// ftap.position(of: try CalendarDate(year: 2023, month: 1, day: 10))
/// // .within(certainly: false): the text does not say which day of January it opened
/// ```
public struct DateWindow: Sendable, Hashable {
  // MARK: Stored properties

  /// When the window opens, as precisely as the text says.
  public let opening: StatedDate
  /// When the window closes (last day included), as precisely as the text says.
  public let closing: StatedDate

  // MARK: Creating windows

  /// Creates a window.
  ///
  /// - Throws: ``InvalidWindow`` when the closing could only come before the opening.
  public init(opening: StatedDate, closing: StatedDate) throws(InvalidWindow) {
    guard opening.earliest <= closing.latest else { throw InvalidWindow() }
    self.opening = opening
    self.closing = closing
  }

  /// A window stated to the day at both ends, both days included.
  ///
  /// - Throws: ``InvalidWindow`` when `last` is before `first`.
  public init(from first: CalendarDate, through last: CalendarDate) throws(InvalidWindow) {
    try self.init(opening: .day(first), closing: .day(last))
  }

  /// A window for constants of the texts, whose order the caller has checked.
  package init(uncheckedFrom first: CalendarDate, through last: CalendarDate) {
    self.init(uncheckedOpening: .day(first), closing: .day(last))
  }

  /// A window for constants of the texts, whose order the caller has checked.
  package init(uncheckedOpening opening: StatedDate, closing: StatedDate) {
    self.opening = opening
    self.closing = closing
  }

  /// A window known only as « during this quarter ».
  public init(quarter: Quarter) {
    opening = .quarter(quarter)
    closing = .quarter(quarter)
  }

  // MARK: Position of a date

  /// Where a date falls relative to the window.
  public enum Position: Sendable, Hashable {
    /// Before the earliest possible opening.
    case before
    /// Within the widest reading of the window; `certainly` is `false` when some reading
    /// of the text (a later opening day in the stated month, say) would leave it outside.
    case within(certainly: Bool)
    /// After the latest possible closing.
    case after
  }

  /// Where `date` falls relative to the window.
  public func position(of date: CalendarDate) -> Position {
    if date < opening.earliest { return .before }
    if date > closing.latest { return .after }
    return .within(certainly: date >= opening.latest && date <= closing.earliest)
  }

  /// Whether `date` is within the widest reading of the window.
  public func contains(_ date: CalendarDate) -> Bool {
    date >= opening.earliest && date <= closing.latest
  }

  /// The precision of the less precise end.
  public var precision: DatePrecision {
    let order: [DatePrecision] = [.day, .month, .quarter]
    return order.firstIndex(of: opening.precision)! >= order.firstIndex(of: closing.precision)!
      ? opening.precision : closing.precision
  }
}

// MARK: - Rendering

extension DateWindow: CustomStringConvertible {
  /// The window written `2020-11-16 … 2020-12-19`, or `2021-Q2` for a quarter window.
  public var description: String {
    if opening == closing, opening.precision == .quarter { return opening.description }
    return opening.description + " … " + closing.description
  }

  /// The window in French: `du 16 novembre 2020 au 19 décembre 2020`, `de janvier 2023 à
  /// décembre 2025` (« de » before a month, never « du janvier »), `T2 2021`.
  public var frenchDescription: String {
    if opening == closing, opening.precision == .quarter { return opening.frenchDescription }
    let from = opening.precision == .month ? "de " : "du "
    let to = closing.precision == .month ? " à " : " au "
    return from + opening.frenchDescription + to + closing.frenchDescription
  }
}
