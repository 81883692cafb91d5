extension RelanceCall {
  // MARK: Reference page

  /// The call's calendar (planned and actual), the envelope tree, the eligible kinds, the
  /// laureate's commitments, the indicators (none) and the jury's criteria.
  public var referenceSections: [ReferenceSection] {
    let schedule = calendar
    var commitments = "## Engagements du lauréat\n\n"
    commitments += LaureateCommitment.allCases.map { "- " + $0.frenchName + " (`" + $0.rawValue + "`)\n" }.joined()
    commitments += "\nLa démo est due 6 mois après l'attribution des fonds (fin de mois si le jour n'existe pas).\n"
    return [
      ReferenceSection(
        .beforeRules,
        markdown: ReferenceMarkdown.calendar(planned: schedule.planned, actual: schedule.actual, note: schedule.note)),
      ReferenceSection(
        .afterParameters,
        markdown: "## Enveloppes\n\n"
          + ReferenceMarkdown.envelopeTree(RelancePlan.envelopes, highlight: envelopeIdentifier)),
      ReferenceSection(
        .afterParameters,
        markdown: "## Types de projet éligibles\n\n"
          + RelanceProjectKind.allCases.map { "- " + $0.frenchName + " (`" + $0.rawValue + "`)\n" }.joined()),
      ReferenceSection(.afterParameters, markdown: commitments),
      ReferenceSection(
        .afterParameters, markdown: "## Indicateurs obligatoires\n\nLes textes n'en fixent pas pour cet appel.\n"),
      ReferenceSection(
        .afterParameters,
        markdown: "## Critères de sélection\n\n" + ReferenceMarkdown.criteria(RelanceSelection.grid)
          + "\n**Interprétation.** La réunion d'information numérote cinq critères sans leur donner de poids : la grille les pèse également et note chacun de 0 à 5 ; le jury peut en décider autrement.\n"
      ),
      ReferenceSection(.afterParameters, markdown: ReferenceMarkdown.notChecked(Self.notChecked)),
    ]
  }

  /// What the pre-check of a call leaves to people.
  public static let notChecked = [
    "la sélection par le jury : les cinq critères sont typés et notables, leur pondération est une lecture, les notes sont celles du jury ;",
    "le montant attribué : la règle ne vérifie que le plafond de 75 % ;",
    "la réalité des engagements du lauréat (démo à 6 mois, personne à temps plein, équipe dédiée, usagers impliqués) : le dossier les déclare, le suivi les constate ;",
    "la qualité du projet au regard des objectifs du volet ;",
    "chaque lecture des textes : la variante par défaut est un choix de la bibliothèque, affiché dans chaque rapport avec les variantes qui changeraient le statut ; l'instructeur tranche.",
  ]
}
