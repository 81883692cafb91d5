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
      "« Depuis fin janvier » ne donne que le mois : l'ouverture est située en janvier 2021, sans jour précis (l'année est celle du 28 mai 2021)."
  )
}
