public import FranceRelanceModel

extension FTAPGuichet {
  // MARK: « Dispositif d'aide » record

  /// The guichet as a « dispositif d'aide » record: its edition's UUID, title, promise,
  /// description from seed 004 with the edition's window and numbers, one eligibility
  /// bullet per rule, the DINUM (« Porteur du
  /// guichet : DINUM / Etalab ») as carrier, the public sector in France as target, the
  /// filing form as source, and the closing day (the opening is given as a month only,
  /// « Janvier 2023 », so no day is published).
  public var aidScheme: AidScheme {
    let window = self.window.window
    // The rate of each period of the edition: « 50 % (40 % à partir du 1er janvier 2025) ».
    let periods = edition.coFinancingRate.periods
    let rates =
      periods[0].value.description
      + (periods.count > 1
        ? " ("
          + periods.dropFirst().map { $0.value.description + " à partir du " + $0.start.frenchDescription }
          .joined(separator: ", ") + ")" : "")
    return AidScheme(
      id: edition.aidSchemeID, title: title,
      promise:
        "Cofinancement jusqu'à " + rates
        + " des projets d'exploitation et de valorisation des données des administrations d'État et des opérateurs publics.",
      description:
        "Guichet thématique du fonds pour la transformation de l'action publique, porté par la DINUM / Etalab (dépôts "
        + window.frenchDescription
        + "). Il accepte les projets d'administration proactive, de création ou d'amélioration de la mise à disposition de données à des tiers externes au ministère producteur, et d'amélioration d'une politique publique avec de l'intelligence artificielle, des data sciences ou un tableau de bord, ou une combinaison de ces types. Taille attendue : "
        + parameters.minimumSize.description + " à " + parameters.maximumSize.description
        + ". Le financement est débloqué par tranches au-delà de " + parameters.trancheRequestThreshold.description
        + " ou de " + String(parameters.trancheDurationMonths)
        + " mois, après une revue à chaque jalon. Le critère principal de sélection est la robustesse du modèle de mesure de l'impact.",
      eligibility: rules.filter(\.applies).map(\.title), aidTypes: ["financement"],
      carriers: [RelanceCall.dinumCarrier],
      parentProgrammes: ["Fonds pour la transformation de l'action publique"],
      sourceURL: "https://www.demarches-simplifiees.fr/commencer/guichet-exploitation-et-valorisation-des-donnees",
      opening: window.opening.precision == .day ? window.opening.earliest : nil,
      closing: window.closing.precision == .day ? window.closing.latest : nil, updated: RelanceCall.aidSchemeUpdate)
  }
}
