public import FranceRelanceModel

/// The selection criteria of the guichet (seed 004, « Critères de sélection (et de choix du
/// montant de cofinancement) »): the main criterion, the robustness of the impact model,
/// and the criteria of each project type (proactive administration: 5, data provision: 6,
/// public-policy improvement: 7).
public enum FTAPSelection {
  private static let heading = "Critères de sélection (et de choix du montant de cofinancement)"

  private static func criterion(_ id: String, _ title: String, _ quote: String) -> SelectionCriterion {
    SelectionCriterion(
      id: "ftap.criterion." + id, title: title, citation: Citation(.ftapDataGuichet, at: heading, quoting: quote))
  }

  /// The main criterion: the robustness of the impact-measurement model.
  public static let main = criterion(
    "impactModel", "Robustesse du modèle de mesure de l'impact",
    "Le critère principal de sélection d'un projet sera la robustesse de son modèle de mesure de son impact.")

  /// The criteria of proactive-administration projects (5).
  public static let proactive: [SelectionCriterion] = [
    criterion(
      "proactive.endToEnd", "Proactivité « jusqu'au bout »",
      // Quoted whole: in seed 004 a page break and the Titre 2 footnote cut the sentence
      // after « notification ».
      "Proactivité \"jusqu'au bout\" (l'attribution automatique de l'aide/la prestation sera davantage valorisée qu'une simple notification d'éligibilité potentielle), dans ce cas en précisant le montant total estimé en euros"
    ),
    criterion(
      "proactive.removedProcedures", "Démarches supprimées",
      "Si des démarches seront supprimées car conséquentes à l'attribution proactive pour l'usager"),
    criterion(
      "proactive.reuse", "Réutilisation de briques et API interministérielles",
      "Réutilisation de briques et API interministérielles"),
    criterion(
      "proactive.risks", "Prise en compte des risques liés à la proactivité",
      "Prise en compte des risques liés à la proactivité (risques de communication, gestion des oublis dans le criblage, gestion des attributions automatiques à tort)"
    ),
    criterion(
      "proactive.delay", "Délai de mise en œuvre",
      "Délai de mise en œuvre (les délais courts, même au moyen de déploiement progressifs, seront favorisés)"),
  ]

  /// The criteria of data-provision projects (6).
  public static let dataProvision: [SelectionCriterion] = [
    criterion(
      "provision.publicDataService", "Enrichissement du service public de la donnée",
      "Le projet participe à l'enrichissement du service public de la donnée ;"),
    criterion(
      "provision.benefits", "Bénéfices du projet",
      "Les bénéfices du projet (via les cas d'usages des données concernées) pour les usagers, le grand public, les administrations ou les différents acteurs de l'écosystème;"
    ),
    criterion(
      "provision.technicalChoices", "Pertinence et cohérence des choix techniques",
      "Pertinence et cohérence des choix techniques au regard des objectifs;"),
    criterion(
      "provision.budgetGains", "Gains budgétaires",
      "Les gains budgétaires (remplacement d'infrastructures plus coûteuses, dépenses évitées liées aux cas d'usage de réutilisation des données...);"
    ),
    criterion(
      "provision.externalities", "Externalités pour l'action publique",
      "Les externalités du projet pour l'action publique (ouverture du code source, mutualisation des développements, utilisation potentielle de l'outil en interministériel, retour d'expérience partagé, etc.) seront un facteur favorable"
    ),
    criterion(
      "provision.dataPolicy", "Cohérence avec la politique publique de la donnée",
      "La cohérence du projet avec la politique publique de la donnée (Cadre interministériel, doctrine API, schema.gouv.fr, utilisation des données du service public de la donnée quand pertinent), sera un facteur favorable."
    ),
  ]

  /// The criteria of public-policy improvement projects (8). The bullet on data sources is
  /// split in two (the data, and the legal framework for personal data): it sets two
  /// distinct requirements (interpretation, see ``policyInterpretation``); the eighth is
  /// the question these projects « seront particulièrement questionnés » on, their
  /// capacity to produce real impact experimentally in less than 6 months.
  public static let policyImprovement: [SelectionCriterion] = [
    criterion(
      "policy.priority", "Au bénéfice d'une politique prioritaire du gouvernement",
      "Le projet est au bénéfice d'une politique prioritaire du gouvernement;"),
    criterion(
      "policy.benefits", "Bénéfices du projet",
      "Les bénéfices du projet pour les usagers, le grand public, les administrations ou les différents acteurs de l'écosystème;"
    ),
    criterion(
      "policy.technicalRelevance", "Pertinence technique de la solution",
      "Pertinence technique de la solution proposée pour répondre au problème posé. Le défi technique doit être clairement identifié, la solution proposée doit être adaptée au problème, en particulier, la pertinence du recours (le cas échéant) à l'intelligence artificielle ou aux data sciences;"
    ),
    criterion(
      "policy.dataSources", "Sources de données identifiées, disponibles et de qualité",
      "Les sources de données nécessaires au projet doivent être clairement identifiées. Ces données doivent être disponibles, de qualité suffisante."
    ),
    criterion(
      "policy.legalFramework", "Cadre juridique des données personnelles ou sensibles",
      "Si des données personnelles et/ou sensibles sont traitées dans le cadre du projet, s'assurer que le cadre juridique le permet et que les exigences associées soient remplies;"
    ),
    criterion(
      "policy.soundness", "Solidité du projet (gouvernance, moyens, équipe, calendrier, risques)",
      "Solidité et pertinence du projet en termes de gouvernance, moyens, équipe mobilisée, calendrier, agilité de la démarche, gestion des risques du projet présenté;"
    ),
    criterion(
      "policy.ethics", "Risques éthiques identifiés et prévenus",
      "Les éventuels risques éthiques liés au recours à l'intelligence artificielle ou aux data sciences doivent être identifiés et des moyens pour prévenir ces risques doivent être mis œuvre s'ils sont avérés."
    ),
    SelectionCriterion(
      id: "ftap.criterion.policy.experimentalImpact", title: "Impact réel, expérimental, en moins de 6 mois",
      citation: FTAPGuichet.experimentalImpactCitation),
  ]

  /// The two criteria one bullet of seed 004 gives (the data sources, and the legal
  /// framework of personal data): each weighs half a criterion in the grid.
  public static let splitBulletIdentifiers: Set<String> = [
    "ftap.criterion.policy.dataSources", "ftap.criterion.policy.legalFramework",
  ]

  /// Why the public-policy list has eight criteria.
  public static let policyInterpretation =
    "La puce sur les sources de données pose deux exigences distinctes : des données identifiées, disponibles et de qualité, et un cadre juridique qui permet le traitement de données personnelles ou sensibles. Elle est notée comme deux critères, qui pèsent chacun la moitié d'un critère : la puce ne pèse pas double. La capacité à produire un impact réel de manière expérimentale en moins de 6 mois, sur laquelle ces projets « seront particulièrement questionnés », est ajoutée comme huitième critère ; le dossier la décrit (experimentalImpact)."

  /// Why the main criterion weighs as much as all the others together.
  public static let mainCriterionInterpretation =
    "Le texte dit seulement que la robustesse du modèle de mesure d'impact est « le critère principal de sélection » ; il ne donne aucun poids. La grille lui donne le poids de tous les autres critères du dossier réunis, pour qu'il reste principal quelle que soit la combinaison de types, et note chaque critère de 0 à 5 : c'est une lecture, que le jury peut remplacer par la sienne."

  /// The criteria of a project type.
  public static func criteria(for type: FTAPProjectType) -> [SelectionCriterion] {
    switch type {
    case .proactiveAdministration: proactive
    case .dataProvision: dataProvision
    case .policyImprovement: policyImprovement
    }
  }

  /// The jury grid of a dossier: the main criterion, then the criteria of each of its
  /// types. Each criterion weighs 2, but the two halves of the data-sources bullet weigh
  /// 1 each (``splitBulletIdentifiers``), so that no bullet weighs twice; the main
  /// criterion weighs as much as all the others together, so that it is the main one
  /// whatever the combination (interpretation: the text says « principal » without
  /// weights, see ``mainCriterionInterpretation``).
  public static func grid(for types: Set<FTAPProjectType>) -> JuryGrid {
    let others = FTAPProjectType.allCases.filter(types.contains).flatMap(criteria(for:)).map {
      JuryGrid.Entry($0, weight: splitBulletIdentifiers.contains($0.id) ? 1 : 2)
    }
    let total = others.reduce(0) { $0 + $1.weight }
    return JuryGrid(entries: [JuryGrid.Entry(main, weight: max(1, total))] + others)
  }
}
