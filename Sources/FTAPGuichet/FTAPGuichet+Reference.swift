public import FranceRelanceModel

extension FTAPGuichet {
  // MARK: Reference page

  /// The window, the tranches and milestones, the envelope (none in the texts), the
  /// mandatory indicators, the selection criteria per project type, the quality principles
  /// and the Datalab's support.
  public var referenceSections: [ReferenceSection] {
    var indicators =
      "## Indicateurs obligatoires\n\n| Indicateur | Type de projet | Définition | Source |\n| --- | --- | --- | --- |\n"
    for indicator in FTAPIndicator.allCases {
      indicators +=
        "| " + indicator.frenchName + " (`" + indicator.rawValue + "`) | " + indicator.projectType.shortName + " | "
        + ReferenceMarkdown.cell(indicator.definition)
        + (indicator.interpretation.map { " *Interprétation :* " + ReferenceMarkdown.cell($0) } ?? "") + " | "
        + indicator.citation.source.shortReference + " : « " + ReferenceMarkdown.cell(indicator.citation.frenchQuote)
        + " » |\n"
    }
    var criteria =
      "## Critères de sélection\n\n**Interprétation.** " + FTAPSelection.mainCriterionInterpretation + "\n"
    for type in FTAPProjectType.allCases {
      criteria += "\n### " + type.shortName.prefix(1).uppercased() + type.shortName.dropFirst() + "\n\n"
      criteria += ReferenceMarkdown.criteria(FTAPSelection.grid(for: [type]))
    }
    criteria += "\n**Interprétation.** " + FTAPSelection.policyInterpretation + "\n"
    var quality = "## Principes de qualité et accompagnement\n\n"
    quality += Self.qualityPrinciples.map { "- " + $0 + "\n" }.joined()
    quality += "\nAccompagnement du Datalab (certains projets complexes) :\n\n"
    quality += Self.datalabSupport.map { "- " + $0 + "\n" }.joined()
    return [
      ReferenceSection(.beforeRules, markdown: ReferenceMarkdown.calendar(planned: window, actual: nil, note: nil)),
      ReferenceSection(
        .afterParameters,
        markdown: "## Tranches et jalons\n\n" + ReferenceMarkdown.quote(FTAPEdition.trancheCitation) + "\n"
          + ReferenceMarkdown.quote(FTAPEdition.milestoneCitation)
          + "\nLa répartition suit la lecture [`ftap.tranches.split`](#lecture-ftaptranchessplit).\n"),
      ReferenceSection(
        .afterParameters,
        markdown:
          "## Enveloppes\n\nLe guichet est « un guichet du fonds pour la transformation de l'action publique » ; les textes ne donnent pas son montant. Le plan de relance de 2020 donnait 146 M€ au « Fonds de transformation public (FTAP) » piloté par la DITP : les deux noms sont lus comme le même fonds, sans que les textes disent quelle part en revient au guichet.\n"
      ),
      ReferenceSection(.afterParameters, markdown: indicators),
      ReferenceSection(.afterParameters, markdown: criteria),
      ReferenceSection(.afterParameters, markdown: quality),
      ReferenceSection(.afterParameters, markdown: ReferenceMarkdown.notChecked(Self.notChecked)),
    ]
  }

  /// What the pre-check of the guichet leaves to people.
  public static let notChecked = [
    "la sélection par le jury : les critères sont typés et notables, leur pondération est une lecture, les notes sont celles du jury ;",
    "le taux de cofinancement effectif, qui « fera l'objet d'échanges en amont avec la DINUM » : la règle ne vérifie que le plafond de 50 % ;",
    "les règles de la DITP sur les dépenses de personnel (Titre 2), auxquelles renvoie la note 1 (« reprendre les éléments de la DITP sur le sujet ») et que les textes ne donnent pas ;",
    "la base juridique d'un traitement de données personnelles ou sensibles : la règle ftap.personalData voit seulement si une base est déclarée ;",
    "la qualité de ce que le dossier décrit : modèle de mesure d'impact, stratégie de déploiement et cibles, impact expérimental en moins de 6 mois, vocation interministérielle ;",
    "chaque lecture des textes : la variante par défaut est un choix de la bibliothèque, affiché dans chaque rapport avec les variantes qui changeraient le statut ; l'instructeur tranche.",
  ]
}
