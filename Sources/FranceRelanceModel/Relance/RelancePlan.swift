/// The France Relance plan for the digital transformation of the State (plan de relance
/// transformation numérique de l'État), as presented in seed 003.
///
/// 500 M€ = 208 M€ for the public agent's digital backpack (SNAP) + 292 M€ for
/// « Innovation et transformation numérique » (ITN); ITN = 146 M€ for the FTAP steered by
/// the DITP + 146 M€ on programme 352 steered by the DINUM, which includes the 23 M€ of
/// the « Cycle de vie de la donnée » theme, split between the four calls.
public enum RelancePlan {
  // MARK: Envelope identifiers

  /// The whole plan: 500 M€.
  public static let planIdentifier: EnvelopeIdentifier = "relance"
  /// Sac à dos numérique de l'agent public (SNAP): 208 M€.
  public static let snapIdentifier: EnvelopeIdentifier = "relance.snap"
  /// Innovation et transformation numérique (ITN): 292 M€.
  public static let itnIdentifier: EnvelopeIdentifier = "relance.itn"
  /// Fonds de transformation public (FTAP), as seed 003 names it, steered by the DITP:
  /// 146 M€.
  public static let ftapIdentifier: EnvelopeIdentifier = "relance.itn.ftap"
  /// Programme 352, steered by the DINUM: 146 M€.
  public static let programme352Identifier: EnvelopeIdentifier = "relance.itn.p352"
  /// The « Cycle de vie de la donnée » theme: 23 M€.
  public static let dataLifecycleIdentifier: EnvelopeIdentifier = "relance.itn.p352.cvd"

  // MARK: The tree

  private static let context = "Contexte : Le plan de relance transformation numérique de l'État"

  /// The envelope tree of seed 003, with a citation on every amount.
  public static let envelopes = Envelope(
    id: planIdentifier,
    label: "Plan de relance transformation numérique de l'État",
    amount: .millions(500),
    citation: Citation(
      .relanceInformationMeeting, at: context,
      quoting: "Une enveloppe de 500 millions d'euros répartis de la manière suivante :"),
    children: [
      Envelope(
        id: snapIdentifier, label: "Sac à dos numérique de l'agent public (SNAP)", amount: .millions(208),
        citation: Citation(
          .relanceInformationMeeting, at: context,
          quoting: "208 millions d'euros pour le sac à dos numérique de l'agent public (SNAP);")),
      Envelope(
        id: itnIdentifier, label: "Innovation et transformation numérique (ITN)", amount: .millions(292),
        citation: Citation(
          .relanceInformationMeeting, at: context,
          quoting: "292 millions d'euros pour « Innovation et transformation numérique (ITN) » dont :"),
        children: [
          Envelope(
            id: ftapIdentifier, label: "Fonds de transformation public (FTAP)",
            amount: .millions(146), steward: .ditp,
            citation: Citation(
              .relanceInformationMeeting, at: context,
              quoting: "146 millions d'euros pour le Fonds de transformation public (FTAP) piloté par la DITP"),
            interpretation:
              "Le nom est celui de la réunion d'information du 10 novembre 2020 ; le guichet de 2023 se dit « un guichet du fonds pour la transformation de l'action publique ». Les deux sont lus comme le même fonds (même sigle), sans que les textes disent quelle part des 146 M€ revient au guichet."
          ),
          Envelope(
            id: programme352Identifier, label: "Programme 352", amount: .millions(146), steward: .dinum,
            citation: Citation(
              .relanceInformationMeeting, at: context,
              quoting: "146 millions d'euros sur le programme 352 piloté par la DINUM ;"),
            children: [
              Envelope(
                id: dataLifecycleIdentifier, label: "Cycle de vie de la donnée", amount: .millions(23),
                citation: Citation(
                  .relanceInformationMeeting, at: context,
                  quoting: "Dont 23 millions pour le thème « Cycle de vie de la donnée »."),
                children: RelanceCall.allCases.map(\.envelope),
                interpretation:
                  "Placer les 23 M€ dans le programme 352 est une inférence : la réunion d'information les donne par un « Dont » qui suit la ligne du programme 352 au même niveau de liste, et le thème est porté par la DINUM, qui pilote ce programme ; le texte ne dit pas explicitement qu'ils en font partie."
              )
            ]),
        ]),
    ])

  // MARK: Dated parameters

  /// The largest share of a project's total cost the data-lifecycle calls co-finance:
  /// 75 % from the opening of the first call.
  public static let coFinancingRate = DatedParameter(
    name: "Taux maximal de cofinancement (volet « Cycle de vie de la donnée »)",
    periods: [
      .init(
        from: CalendarDate(uncheckedYear: 2020, month: 11, day: 16), value: Rate.percent(75),
        citation: Citation(
          .relanceInformationMeeting, at: "AAP Cycle de vie de la donnée : notre accompagnement",
          quoting: "Financement du projet à hauteur de 75% des projets."))
    ])

  /// The continuous window's size limit: projects of less than 100 000 € from its
  /// opening on 1 February 2021.
  public static let continuousWindowSizeLimit = DatedParameter(
    name: "Coût total maximal (exclu) d'un projet du guichet continu",
    periods: [
      .init(
        from: CalendarDate(uncheckedYear: 2021, month: 2, day: 1), value: Euros.euros(100_000),
        citation: Citation(
          .relanceResults, at: "Les prochaines étapes",
          quoting:
            "Un guichet en continu sur l’année 2021 pour les projets de moins de 100 000 euros ouvre le 1er février 2021"
        ))
    ])
}
