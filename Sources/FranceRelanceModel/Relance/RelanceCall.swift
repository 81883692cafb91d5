/// One of the four calls of the France Relance « Cycle de vie de la donnée » line.
///
/// The raw values are the programme identifiers of the interchange format. Each call has
/// its envelope (seed 003) and its calendar, planned (seed 003) and actual (seed 001).
public enum RelanceCall: String, Sendable, Hashable, Codable, CaseIterable {
  /// The first call for projects (1er appel à projets): 6 M€, 16 November – 19 December 2020.
  case aap1 = "relance-cvd-aap1"
  /// The continuous window for small projects (guichet continu): 4 M€, 2021.
  case continuous = "relance-cvd-continu"
  /// The second call for projects: 6 M€, second quarter of 2021.
  case aap2 = "relance-cvd-aap2"
  /// The third call for projects: 7 M€, fourth quarter of 2021.
  case aap3 = "relance-cvd-aap3"

  // MARK: Identity

  /// The programme identifier.
  public var identifier: ProgrammeIdentifier { ProgrammeIdentifier(rawValue: rawValue) }

  /// The French title.
  public var title: String {
    switch self {
    case .aap1: "France Relance – Cycle de vie de la donnée – 1er appel à projets"
    case .continuous: "France Relance – Cycle de vie de la donnée – guichet continu"
    case .aap2: "France Relance – Cycle de vie de la donnée – 2e appel à projets"
    case .aap3: "France Relance – Cycle de vie de la donnée – 3e appel à projets"
    }
  }

  /// A short French name: `1er appel à projets`, `guichet continu`…
  public var shortName: String {
    switch self {
    case .aap1: "1er appel à projets"
    case .continuous: "guichet continu"
    case .aap2: "2e appel à projets"
    case .aap3: "3e appel à projets"
    }
  }

  // MARK: Envelope

  /// The envelope identifier, under the 23 M€ of the theme.
  public var envelopeIdentifier: EnvelopeIdentifier {
    switch self {
    case .aap1: "relance.itn.p352.cvd.aap1"
    case .continuous: "relance.itn.p352.cvd.continu"
    case .aap2: "relance.itn.p352.cvd.aap2"
    case .aap3: "relance.itn.p352.cvd.aap3"
    }
  }

  private static let plannedCalendar = "Cycle de vie de la donnée : calendrier prévisionnel"

  /// The call's envelope, with the sentence of seed 003 that sets it.
  public var envelope: Envelope {
    switch self {
    case .aap1:
      Envelope(
        id: envelopeIdentifier, label: "1er appel à projets", amount: .millions(6),
        citation: Self.aap1Opening)
    case .continuous:
      Envelope(
        id: envelopeIdentifier, label: "Guichet continu", amount: .millions(4),
        citation: Self.continuousPlannedOpening)
    case .aap2:
      Envelope(
        id: envelopeIdentifier, label: "2e appel à projets", amount: .millions(6),
        citation: Citation(
          .relanceInformationMeeting, at: Self.plannedCalendar,
          quoting: "T2 2021 : 2^{ème} appel à projets (6 millions d'euros)"))
    case .aap3:
      Envelope(
        id: envelopeIdentifier, label: "3e appel à projets", amount: .millions(7),
        citation: Citation(
          .relanceInformationMeeting, at: Self.plannedCalendar,
          quoting: "T4 2021 : 3^{ème} appel à projets (7 millions d'euros)"))
    }
  }

  // MARK: Calendar

  static let aap1Opening = Citation(
    .relanceInformationMeeting, at: plannedCalendar,
    quoting: "16 Novembre 2020 : Ouverture du 1^{er} appel à projets (6 millions d'euros)")
  static let continuousPlannedOpening = Citation(
    .relanceInformationMeeting, at: plannedCalendar,
    quoting:
      "18 janvier 2021 : Ouverture d'un guichet continu pour financer de petits projets au fil de l'eau (4 millions d'euros)"
  )

  /// « 19 Décembre 2020 : Clôture du 1er appel à projets » (seed 003).
  public static let aap1ClosingCitation = Citation(
    .relanceInformationMeeting, at: plannedCalendar, quoting: "19 Décembre 2020 : Clôture du 1er appel à projets")
  /// « Un premier appel à projets s’est clôturé à la fin de l’année 2020. » (seed 001).
  public static let aap1ReportedClosingCitation = Citation(
    .relanceResults, at: "Introduction",
    quoting: "Un premier appel à projets s’est clôturé à la fin de l’année 2020.")

  /// The call's calendar: planned (seed 003) and, where seed 001 differs, actual.
  public var calendar: CallCalendar {
    func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
      CalendarDate(uncheckedYear: year, month: month, day: day)
    }
    switch self {
    case .aap1:
      return CallCalendar(
        planned: ScheduledWindow(
          DateWindow(uncheckedFrom: day(2020, 11, 16), through: day(2020, 12, 19)),
          citations: [Self.aap1Opening, Self.aap1ClosingCitation]),
        note:
          "Le bilan Etalab du 3 mars 2021 dit l'appel « clôturé à la fin de l’année 2020 » : la clôture effective n'est connue qu'au mois, décembre 2020 ; un dépôt du 20 au 31 décembre 2020 relève de la lecture relance.aap1.closing (indéterminé par défaut).",
        reportedClosing: day(2020, 12, 31))
    case .continuous:
      let closing = Citation(
        .relanceResults, at: "Les prochaines étapes",
        quoting:
          "Un guichet en continu sur l’année 2021 pour les projets de moins de 100 000 euros ouvre le 1er février 2021")
      let yearEnd =
        "Les textes ne donnent pas de date de clôture : « sur l’année 2021 » est lu comme une clôture au 31 décembre 2021."
      return CallCalendar(
        planned: ScheduledWindow(
          DateWindow(uncheckedFrom: day(2021, 1, 18), through: day(2021, 12, 31)),
          citations: [Self.continuousPlannedOpening, closing], interpretation: yearEnd),
        actual: ScheduledWindow(
          DateWindow(uncheckedFrom: day(2021, 2, 1), through: day(2021, 12, 31)),
          citations: [
            closing,
            Citation(
              .relanceResults, at: "Et ensuite ?",
              quoting:
                "un guichet dédié aux projets de faible ampleur destinés à développer l'amélioration continue des pratiques dans le domaine de la donnée a été lancé le 1er février dernier."
            ),
          ], interpretation: yearEnd),
        note:
          "Ouverture prévue le 18 janvier 2021 (réunion d'information du 10 novembre 2020), effective le 1er février 2021 (bilan Etalab du 3 mars 2021)."
      )
    case .aap2:
      return CallCalendar(
        planned: ScheduledWindow(
          DateWindow(quarter: Quarter(uncheckedYear: 2021, number: 2)),
          citations: [
            envelope.citation!,
            Citation(
              .relanceResults, at: "Les prochaines étapes",
              quoting: "Un deuxième appel à projets sera ouvert au second trimestre 2021"),
          ],
          interpretation: Self.quarterInterpretation),
        note: "Le bilan Etalab du 3 mars 2021 annonce aussi l’ouverture « au second trimestre 2021 ».")
    case .aap3:
      return CallCalendar(
        planned: ScheduledWindow(
          DateWindow(quarter: Quarter(uncheckedYear: 2021, number: 4)),
          citations: [Self.aap3QuarterCitations[0], Self.aap3QuarterCitations[2]],
          interpretation: Self.quarterInterpretation),
        note:
          "Le bilan Etalab du 3 mars 2021 se contredit : une puce annonce le 3e appel « au second trimestre 2021 », le paragraphe « Et ensuite ? » au quatrième trimestre, comme la réunion d'information du 10 novembre 2020. Le T4 2021 est retenu par défaut (lecture relance.aap3.quarter).",
        alternative: ScheduledWindow(
          DateWindow(quarter: Quarter(uncheckedYear: 2021, number: 2)),
          citations: [Self.aap3QuarterCitations[1]],
          interpretation: Self.quarterInterpretation))
    }
  }

  /// How a window known only by its quarter is read.
  static let quarterInterpretation =
    "Le texte ne donne que le trimestre : un dépôt dans le trimestre avant son dernier jour relève de la lecture relance.window.opening (indéterminé par défaut), un dépôt après le trimestre de la lecture relance.window.closing. Le calendrier prévisionnel situe l'appel dans son trimestre : l'appel est lu comme encore ouvert le dernier jour du trimestre, ce que les textes ne confirment pas (ils ne donnent aucune clôture)."

  /// The three sentences on the third call's quarter, which contradict each other: seed
  /// 003's « T4 2021 », seed 001's « sera ouvert au second trimestre 2021 » and seed 001's
  /// « au deuxième et quatrième trimestre 2021 ».
  public static let aap3QuarterCitations: [Citation] = [
    Citation(
      .relanceInformationMeeting, at: plannedCalendar,
      quoting: "T4 2021 : 3^{ème} appel à projets (7 millions d'euros)"),
    Citation(
      .relanceResults, at: "Les prochaines étapes",
      quoting: "Un troisième appel à projets sera ouvert au second trimestre 2021"),
    Citation(
      .relanceResults, at: "Et ensuite ?",
      quoting:
        "deux autres appels à projets seront organisés au deuxième et quatrième trimestre 2021 sur le thème « Développer l’utilisation de la donnée dans votre administration »."
    ),
  ]
}
