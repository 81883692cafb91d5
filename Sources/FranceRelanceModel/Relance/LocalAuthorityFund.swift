/// The fund for the digital transformation of local authorities (fonds « transformation
/// numérique des collectivités territoriales »), which local authorities used instead of
/// the « Cycle de vie de la donnée » calls (seed 001).
public enum LocalAuthorityFund {
  /// The French name.
  public static let title = "Fonds « transformation numérique des collectivités territoriales »"

  /// The sentence that gives its window.
  public static let citation = Citation(
    .relanceResults, at: "Et ensuite ?",
    quoting:
      "Enfin, un fonds de « transformation numérique des collectivités territoriales » est ouvert depuis fin janvier et jusqu’au 28 mai 2021"
  )

  /// The first day « fin janvier » is read to cover: the last eleven days of January
  /// 2021, from the 21st (an interpretation with a stated boundary: the text gives no
  /// day; the first twenty days of a month are not its end).
  public static let endOfJanuaryBoundary = CalendarDate(uncheckedYear: 2021, month: 1, day: 21)

  /// Open from late January 2021 (« fin janvier », read from the 21st, the day unknown) to
  /// 28 May 2021, as seed 001 reports it (a reported window, not a planned one).
  public static let window = ScheduledWindow(
    DateWindow(
      uncheckedOpening: .month(of: CalendarDate(uncheckedYear: 2021, month: 1, day: 1)),
      closing: .day(CalendarDate(uncheckedYear: 2021, month: 5, day: 28))),
    citations: [citation],
    interpretation:
      "« Depuis fin janvier » ne donne pas le jour : l'année est celle du 28 mai 2021, et « fin janvier » est lu comme les derniers jours de janvier, à partir du 21 janvier 2021 (limite de lecture, non donnée par le texte). Avant le 21 janvier 2021, le fonds n'était pas encore ouvert ; du 21 au 31 janvier 2021, le texte ne dit pas s'il l'était."
  )

  /// The window as the text gives it: « de fin janvier 2021 au 28 mai 2021 » (the
  /// window's month precision says only « janvier »).
  public static var frenchWindow: String {
    "de fin janvier 2021 au " + window.window.closing.frenchDescription
  }

  /// Where a date stands against the fund's window.
  public enum State: String, Sendable, Hashable, CaseIterable {
    /// Before « fin janvier » (before the 21st, under the stated boundary).
    case notYetOpen
    /// In the last days of January: the text does not say whether the fund was open.
    case undetermined
    /// From 1 February to 28 May 2021.
    case open
    /// After 28 May 2021.
    case closed
  }

  /// Where `date` stands against the fund's window.
  public static func state(on date: CalendarDate) -> State {
    if date < endOfJanuaryBoundary { return .notYetOpen }
    if date > window.window.closing.latest { return .closed }
    return date > window.window.opening.latest ? .open : .undetermined
  }

  /// Where a date stands against the fund's window, as a French clause that starts with
  /// « ce fonds », for a message about a local authority's dossier; without a date, the
  /// window.
  ///
  /// ```swift
  /// LocalAuthorityFund.frenchState(on: try CalendarDate(iso: "2021-03-01"))
  /// // "ce fonds était ouvert à cette date, de fin janvier 2021 au 28 mai 2021"
  /// ```
  public static func frenchState(on date: CalendarDate?) -> String {
    guard let date else { return "ce fonds a été ouvert " + frenchWindow }
    return switch state(on: date) {
    case .notYetOpen:
      "ce fonds n'était pas encore ouvert à cette date : il l'a été " + frenchWindow
        + ", « fin janvier » étant lu comme pas avant le 21 janvier 2021"
    case .undetermined:
      "ce fonds a été ouvert " + frenchWindow
        + " ; le texte ne donnant pas le jour d'ouverture, il ne dit pas si le fonds l'était déjà à cette date"
    case .open: "ce fonds était ouvert à cette date, " + frenchWindow
    case .closed: "ce fonds était clos à cette date : il a été ouvert " + frenchWindow
    }
  }
}
