public import FranceRelanceModel

/// The FTAP guichet « Exploitation et valorisation des données » (seed 004): a DINUM /
/// Etalab window of the public transformation fund, open from January 2023 to the end of
/// 2025.
///
/// ```swift
/// let report = FTAPGuichet().report(on: dossier)
/// report.status, report.coFinancing?.cap, report.tranches
/// ```
public struct FTAPGuichet: Sendable, Hashable {
  /// The numeric limits, copied once from the parameters for the verdict path.
  @usableFromInline let limits = FTAPLimits.current

  /// The guichet, as a programme the library can assess.
  public init() {}

  /// The programme identifier of the interchange format.
  public static let identifier: ProgrammeIdentifier = "ftap-data-2023"

  /// The French title.
  public static let title = "FTAP – Guichet « Exploitation et valorisation des données »"

  /// The sentence that gives the opening month.
  public static let openingCitation = Citation(
    .ftapDataGuichet, at: "Guichet: Exploitation et valorisation des données", quoting: "Ouverture: Janvier 2023")

  /// The sentence that gives the closing.
  public static let closingCitation = Citation(
    .ftapDataGuichet, at: "Date de clôture du guichet", quoting: "Date de clôture du guichet : Fin 2025")

  /// Open from January 2023 (month precision) to 31 December 2025.
  public static let window = ScheduledWindow(
    DateWindow(
      uncheckedOpening: .month(of: CalendarDate(uncheckedYear: 2023, month: 1, day: 1)),
      closing: .day(CalendarDate(uncheckedYear: 2025, month: 12, day: 31))),
    citations: [openingCitation, closingCitation],
    interpretation:
      "« Ouverture : Janvier 2023 » ne donne que le mois : un dépôt en janvier 2023 est dans la fenêtre au sens large, sans certitude sur le jour. « Fin 2025 » est lu comme le 31 décembre 2025 inclus."
  )
}
