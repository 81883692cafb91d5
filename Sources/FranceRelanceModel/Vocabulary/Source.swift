/// One of the public texts the library encodes: every number, date and rule cites one.
///
/// The cases match the files of the project's seed texts (copied in `Docs/seeds/`).
/// Where two texts disagree, the later one states what actually happened and the earlier
/// one what was planned; the library keeps both, labelled.
public enum Source: String, Sendable, Hashable, Codable, CaseIterable {
  /// Etalab page (2016) on the 2015 data-science framework contract (marché-cadre).
  case dataScienceFrameworkContract = "000_c9189c2b438f6253"
  /// Etalab news of 3 March 2021: results of the first « Cycle de vie de la donnée » call.
  case relanceResults = "001_f78b701826205b60"
  /// Guide to the Etalab / DINUM ecosystem (support services around the programmes).
  case ecosystemGuide = "002_48640f70e06f8da8"
  /// DINUM / Etalab information meeting of 10 November 2020 on the « Cycle de vie de la
  /// donnée » line of France Relance.
  case relanceInformationMeeting = "003_c7cb2b34e8c99a16"
  /// DINUM / Etalab FTAP guichet « Exploitation et valorisation des données » (2023-2025).
  case ftapDataGuichet = "004_ef0645be5cac4630"

  // MARK: Description

  /// The seed file name, such as `003_c7cb2b34e8c99a16.txt`.
  public var fileName: String { rawValue + ".txt" }

  /// The short seed number used in citations: `000` to `004`.
  public var number: String { String(rawValue.prefix(3)) }

  /// The French title of the text.
  public var title: String {
    switch self {
    case .dataScienceFrameworkContract: "Appui aux administrations (marché-cadre data sciences de 2015)"
    case .relanceResults:
      "France Relance : Le volet « Développer l’utilisation de la donnée dans votre administration » finance 18 projets"
    case .ecosystemGuide: "L'écosystème (Etalab, DINUM)"
    case .relanceInformationMeeting: "Réunion d'information plan de relance - Cycle de vie de la donnée"
    case .ftapDataGuichet: "Guichet : Exploitation et valorisation des données"
    }
  }

  /// Who published the text.
  public var publisher: String {
    switch self {
    case .dataScienceFrameworkContract, .relanceResults, .ecosystemGuide: "Etalab"
    case .relanceInformationMeeting: "Pôle Data (DINUM / Etalab)"
    case .ftapDataGuichet: "DINUM / Etalab"
    }
  }

  /// When the text is dated, as precisely as it says; `nil` when it carries no date.
  public var date: StatedDate? {
    switch self {
    case .dataScienceFrameworkContract: nil  // The page refers to 2015 and 2016 but is undated.
    case .relanceResults: .day(CalendarDate(uncheckedYear: 2021, month: 3, day: 3))
    case .ecosystemGuide: nil
    case .relanceInformationMeeting: .day(CalendarDate(uncheckedYear: 2020, month: 11, day: 10))
    case .ftapDataGuichet: .month(of: CalendarDate(uncheckedYear: 2023, month: 1, day: 1))
    }
  }
}
