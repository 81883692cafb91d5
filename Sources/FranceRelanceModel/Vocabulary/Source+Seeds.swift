extension Source {
  // MARK: The project's seed texts

  /// Etalab page (2016) on the 2015 data-science framework contract (marché-cadre).
  public static let dataScienceFrameworkContract = Source(
    key: "000_c9189c2b438f6253", title: "Appui aux administrations (marché-cadre data sciences de 2015)",
    publisher: "Etalab", date: nil)  // The page refers to 2015 and 2016 but is undated.

  /// Etalab news of 3 March 2021: results of the first « Cycle de vie de la donnée » call.
  public static let relanceResults = Source(
    key: "001_f78b701826205b60",
    title:
      "France Relance : Le volet « Développer l’utilisation de la donnée dans votre administration » finance 18 projets",
    publisher: "Etalab", date: .day(CalendarDate(uncheckedYear: 2021, month: 3, day: 3)))

  /// Guide to the Etalab / DINUM ecosystem (support services around the programmes).
  public static let ecosystemGuide = Source(
    key: "002_48640f70e06f8da8", title: "L'écosystème (Etalab, DINUM)", publisher: "Etalab", date: nil)

  /// DINUM / Etalab information meeting of 10 November 2020 on the « Cycle de vie de la
  /// donnée » line of France Relance.
  public static let relanceInformationMeeting = Source(
    key: "003_c7cb2b34e8c99a16", title: "Réunion d'information plan de relance - Cycle de vie de la donnée",
    publisher: "Pôle Data (DINUM / Etalab)", date: .day(CalendarDate(uncheckedYear: 2020, month: 11, day: 10)))

  /// DINUM / Etalab FTAP guichet « Exploitation et valorisation des données » (2023-2025).
  public static let ftapDataGuichet = Source(
    key: "004_ef0645be5cac4630", title: "Guichet : Exploitation et valorisation des données",
    publisher: "DINUM / Etalab", date: .month(of: CalendarDate(uncheckedYear: 2023, month: 1, day: 1)))

  /// The project's seed texts (copied in `Docs/seeds/`), in key order: the texts the two
  /// programmes of this package cite or take as context.
  public static let seeds: [Source] = [
    dataScienceFrameworkContract, relanceResults, ecosystemGuide, relanceInformationMeeting, ftapDataGuichet,
  ]
}
