public import FranceRelanceModel

extension FTAPEdition {
  // MARK: The 2023 – 2025 guichet (seed 004)

  /// The guichet « Exploitation et valorisation des données », open from January 2023 to
  /// the end of 2025: every number of seed 004, declared once, with its sentence.
  public static let guichet2023: FTAPEdition = {
    let opening = CalendarDate(uncheckedYear: 2023, month: 1, day: 1)
    let size = Citation(.ftapDataGuichet, at: "Taille attendue des projets", quoting: "Entre 100 000 € et 1M€")
    let rate = Citation(
      .ftapDataGuichet, at: "Règles de cofinancement",
      quoting:
        "Le cofinancement ne dépassera pas 50% du coût total du projet, 50% restant à la charge de l'administration porteuse du projet"
    )
    return FTAPEdition(
      identifier: "ftap-data-2023", name: "2023 – 2025",
      window: ScheduledWindow(
        DateWindow(
          uncheckedOpening: .month(of: opening),
          closing: .month(of: CalendarDate(uncheckedYear: 2025, month: 12, day: 1))
        ),
        citations: [openingCitation, closingCitation],
        interpretation:
          "« Ouverture : Janvier 2023 » ne donne que le mois : un dépôt en janvier 2023 avant son dernier jour relève de la lecture ftap.window.opening (indéterminé par défaut). « Fin 2025 » ne donne que la fin de l'année, lue comme le mois de décembre 2025 : un dépôt en décembre 2025 relève de la lecture ftap.window.closing (indéterminé par défaut)."
      ),
      minimumSize: DatedParameter("Coût total minimal", .euros(100_000), from: opening, citation: size),
      maximumSize: DatedParameter("Coût total maximal", .millions(1), from: opening, citation: size),
      coFinancingRate: DatedParameter("Taux maximal de cofinancement", .percent(50), from: opening, citation: rate),
      trancheRequestThreshold: DatedParameter(
        "Seuil de demande au-delà duquel le financement est versé par tranches", .euros(200_000), from: opening,
        citation: trancheCitation),
      trancheDurationMonths: DatedParameter(
        "Durée au-delà de laquelle le financement est versé par tranches", 6, from: opening, citation: trancheCitation),
      milestoneIntervalMonths: DatedParameter(
        "Intervalle entre deux jalons", 6, from: opening, citation: milestoneCitation),
      aidSchemeID: "7cc84f39-94ed-5924-8904-0760e9f5e5d9")
  }()

  /// The sentence that gives the opening month.
  public static let openingCitation = Citation(
    .ftapDataGuichet, at: "Guichet: Exploitation et valorisation des données", quoting: "Ouverture: Janvier 2023")

  /// The sentence that gives the closing.
  public static let closingCitation = Citation(
    .ftapDataGuichet, at: "Date de clôture du guichet", quoting: "Date de clôture du guichet : Fin 2025")

  /// The sentence that sets the tranche thresholds.
  public static let trancheCitation = Citation(
    .ftapDataGuichet, at: "Règles de cofinancement",
    quoting:
      "Pour les demandes de financement supérieures à 200 000 euros ou s'étalant sur plus de 6 mois, le financement sera débloqué par tranches."
  )

  /// The sentence that sets what happens at each 6-month milestone.
  public static let milestoneCitation = Citation(
    .ftapDataGuichet, at: "Règles de cofinancement",
    quoting:
      "Au terme de chaque jalon de 6 mois, l'équipe se réunira avec l'équipe de pilotage de la DINUM pour : - rendre compte de l'impact obtenu sur la période précédente - ajuster ou confirmer la stratégie permettant d'atteindre le jalon suivant - débloquer, avec l'accord de la DINUM, la tranche suivante."
  )
}
