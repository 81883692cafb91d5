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

  /// Open from late January 2021 (month precision: the text says « fin janvier ») to
  /// 28 May 2021.
  public static let window = ScheduledWindow(
    DateWindow(
      uncheckedOpening: .month(of: CalendarDate(uncheckedYear: 2021, month: 1, day: 1)),
      closing: .day(CalendarDate(uncheckedYear: 2021, month: 5, day: 28))),
    citations: [citation],
    interpretation:
      "« Depuis fin janvier » ne donne pas le jour : l'ouverture est située à la fin de janvier 2021 (l'année est celle du 28 mai 2021) ; un dépôt en janvier 2021 n'est ni certainement avant ni certainement après l'ouverture."
  )

  /// The window as the text gives it: « de fin janvier 2021 au 28 mai 2021 » (the
  /// window's month precision says only « janvier »).
  public static var frenchWindow: String {
    "de fin janvier 2021 au " + window.window.closing.frenchDescription
  }

  /// Where a date stands against the fund's window, in French, for a message about a
  /// local authority's dossier: « ouvert à cette date », « pas encore ouvert à cette
  /// date », « clos à cette date »; without a date, the window.
  public static func frenchState(on date: CalendarDate?) -> String {
    guard let date else { return "ouvert " + frenchWindow }
    switch window.window.position(of: date) {
    case .before: return "pas encore ouvert à cette date : il l'a été " + frenchWindow
    case .within(true): return "ouvert à cette date, " + frenchWindow
    case .within(false):
      return "peut-être déjà ouvert à cette date (« depuis fin janvier », jour non donné), " + frenchWindow
    case .after: return "clos à cette date : il l'a été " + frenchWindow
    }
  }
}
