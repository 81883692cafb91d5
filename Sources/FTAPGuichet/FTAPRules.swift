public import FranceRelanceModel

/// The rules of the guichet, with their identifiers, French titles, citations of seed 004
/// and interpretations.
///
/// The identifiers are the contract of design section 5.
public enum FTAPRules {
  // MARK: Identifiers

  /// Filed within the guichet's window.
  public static let windowIdentifier: RuleIdentifier = "ftap.window"
  /// A State administration or a public operator.
  public static let applicantIdentifier: RuleIdentifier = "ftap.applicant"
  /// At least one of the three project types.
  public static let projectTypeIdentifier: RuleIdentifier = "ftap.projectType"
  /// 100 000 € ≤ total cost ≤ 1 000 000 €.
  public static let sizeIdentifier: RuleIdentifier = "ftap.size"
  /// Co-financing at most 50 % of the total cost.
  public static let coFinancingRateIdentifier: RuleIdentifier = "ftap.cofinancing.rate"
  /// Personnel (Titre 2) costs stay in the administration's share.
  public static let coFinancingPersonnelIdentifier: RuleIdentifier = "ftap.cofinancing.personnel"
  /// APIs are referenced on api.gouv.fr.
  public static let apiReferencingIdentifier: RuleIdentifier = "ftap.referencing.api"
  /// Open data is referenced on data.gouv.fr.
  public static let dataGouvReferencingIdentifier: RuleIdentifier = "ftap.referencing.dataGouv"
  /// Source code is published as open source.
  public static let openSourceIdentifier: RuleIdentifier = "ftap.quality.openSource"
  /// Accessibility to people with disabilities.
  public static let accessibilityIdentifier: RuleIdentifier = "ftap.quality.accessibility"
  /// Eco-responsibility.
  public static let ecoResponsibilityIdentifier: RuleIdentifier = "ftap.quality.ecoResponsibility"
  /// Every mandatory indicator is planned.
  public static let indicatorsIdentifier: RuleIdentifier = "ftap.indicators"
  /// The impact-measurement model is described.
  public static let impactModelIdentifier: RuleIdentifier = "ftap.impactModel"

  // MARK: Parameters

  /// The smallest total cost: 100 000 €.
  public static let minimumSize = Euros.euros(100_000)
  /// The largest total cost: 1 000 000 €.
  public static let maximumSize = Euros.millions(1)
  /// The largest co-financing rate: 50 %.
  ///
  /// Computed rather than stored, so that code inlined in other modules folds it to a
  /// constant instead of calling a global's accessor.
  @inlinable
  public static var coFinancingRate: Rate { .percent(50) }
  /// Above this request, funding is released in tranches: 200 000 €.
  public static let trancheRequestThreshold = Euros.euros(200_000)
  /// Beyond this duration, funding is released in tranches: 6 months.
  public static let trancheDurationThreshold = 6
  /// The rhythm of milestones: every 6 months.
  public static let milestoneIntervalMonths = 6

  // MARK: Citations

  static let sizeCitation = Citation(
    .ftapDataGuichet, at: "Taille attendue des projets", quoting: "Entre 100 000 € et 1M€")
  static let rateCitation = Citation(
    .ftapDataGuichet, at: "Règles de cofinancement",
    quoting:
      "Le cofinancement ne dépassera pas 50% du coût total du projet, 50% restant à la charge de l'administration porteuse du projet"
  )
  static let personnelCitation = Citation(
    .ftapDataGuichet, at: "Règles de cofinancement (note 1)",
    quoting:
      "Les dépenses de personnel (Titre 2) peuvent être prises en compte dans la part financée par l'administration porteuse (reprendre les éléments de la DITP sur le sujet)"
  )
  /// The sentence that sets the tranche thresholds and the milestone reviews.
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

  /// The guichet's parameters with their citations, for the reference pages.
  public static var parameters: [FTAPParameter] {
    let opening = FTAPGuichet.window.window.opening.earliest
    return [
      FTAPParameter(name: "Coût total minimal", value: minimumSize.description, start: opening, citation: sizeCitation),
      FTAPParameter(name: "Coût total maximal", value: maximumSize.description, start: opening, citation: sizeCitation),
      FTAPParameter(
        name: "Taux maximal de cofinancement", value: coFinancingRate.description, start: opening,
        citation: rateCitation),
      FTAPParameter(
        name: "Seuil de demande au-delà duquel le financement est versé par tranches",
        value: trancheRequestThreshold.description, start: opening, citation: trancheCitation),
      FTAPParameter(
        name: "Durée au-delà de laquelle le financement est versé par tranches",
        value: String(trancheDurationThreshold) + " mois", start: opening, citation: trancheCitation),
      FTAPParameter(
        name: "Intervalle entre deux jalons", value: String(milestoneIntervalMonths) + " mois", start: opening,
        citation: milestoneCitation),
    ]
  }

  // MARK: Rules

  /// `ftap.window`.
  public static let window = Rule(
    id: windowIdentifier, title: "Dépôt pendant l'ouverture du guichet", citation: FTAPGuichet.openingCitation,
    interpretation: FTAPGuichet.window.interpretation)

  /// `ftap.applicant`.
  public static let applicant = Rule(
    id: applicantIdentifier, title: "Porteur : administration d'État ou opérateur public",
    citation: Citation(
      .ftapDataGuichet, at: "Les projets pourront être émis par différents types d'acteurs",
      quoting:
        "Les projets pourront être émis par différents types d'acteurs : - Les administrations d'État ; - Les opérateurs publics."
    ))

  /// `ftap.projectType`.
  public static let projectType = Rule(
    id: projectTypeIdentifier, title: "Au moins un des trois types de projet",
    citation: Citation(
      .ftapDataGuichet, at: "Objet du projet",
      quoting:
        "Ce guichet accepte 3 types de projets (ou des projets qui sont une combinaison de plusieurs de ces 3 types)"))

  /// `ftap.size`.
  public static let size = Rule(
    id: sizeIdentifier, title: "Coût total entre 100 000 € et 1 000 000 €", citation: sizeCitation,
    interpretation: "« Entre 100 000 € et 1M€ » est lu bornes comprises : 100 000 € et 1 000 000 € sont admis.")

  /// `ftap.cofinancing.rate`.
  public static let coFinancingRateRule = Rule(
    id: coFinancingRateIdentifier, title: "Cofinancement d'au plus 50 % du coût total", citation: rateCitation,
    interpretation:
      "Le plafond de 50 % du coût total est arrondi au centime inférieur, pour ne jamais être dépassé. Le taux effectif, discuté en amont avec la DINUM, peut être plus bas."
  )

  /// `ftap.cofinancing.personnel`.
  public static let coFinancingPersonnel = Rule(
    id: coFinancingPersonnelIdentifier, title: "Dépenses de personnel (Titre 2) dans la part de l'administration",
    citation: personnelCitation,
    interpretation:
      "La note dit que les dépenses de personnel (Titre 2) peuvent être prises en compte dans la part de l'administration porteuse. Elle est lue comme : ces dépenses restent dans cette part et ne sont pas cofinancées, donc le cofinancement demandé ne dépasse pas le coût total diminué des dépenses de personnel. Raison : les crédits de personnel de l'État (Titre 2) ne se financent pas par un fonds d'investissement ; la note renvoie aux éléments de la DITP, que les textes ne fournissent pas."
  )

  /// `ftap.referencing.api`.
  public static let apiReferencing = Rule(
    id: apiReferencingIdentifier, title: "Référencement des API sur api.gouv.fr",
    citation: FTAPCommitment.apiGouvReferencing.citation)

  /// `ftap.referencing.dataGouv`.
  public static let dataGouvReferencing = Rule(
    id: dataGouvReferencingIdentifier, title: "Référencement des données ouvertes sur data.gouv.fr",
    citation: FTAPCommitment.dataGouvReferencing.citation)

  /// `ftap.quality.openSource`.
  public static let openSource = Rule(
    id: openSourceIdentifier, title: "Codes sources publiés en open source",
    citation: FTAPCommitment.openSource.citation)

  /// `ftap.quality.accessibility`.
  public static let accessibility = Rule(
    id: accessibilityIdentifier, title: "Accessibilité aux personnes en situation de handicap",
    citation: FTAPCommitment.accessibility.citation)

  /// `ftap.quality.ecoResponsibility`.
  public static let ecoResponsibility = Rule(
    id: ecoResponsibilityIdentifier, title: "Éco-responsabilité", citation: FTAPCommitment.ecoResponsibility.citation)

  /// `ftap.indicators`.
  public static let indicators = Rule(
    id: indicatorsIdentifier, title: "Indicateurs obligatoires prévus",
    citation: Citation(
      .ftapDataGuichet, at: "Indicateurs obligatoires liés au projet",
      quoting:
        "Ils indiqueront dans leur candidature leur stratégie de déploiement pour atteindre les jalons des indicateurs retenus."
    ),
    interpretation:
      "Le dossier doit prévoir chaque indicateur obligatoire de ses types de projet. « Par fichiers » est lu comme couvrant l'open data publiée en fichiers : le nombre de réutilisations est exigé pour l'open data et pour les fichiers ; un espace commun de données seul n'exige que le délai d'accès."
  )

  /// `ftap.impactModel`.
  public static let impactModel = Rule(
    id: impactModelIdentifier, title: "Modèle de mesure de l'impact décrit",
    citation: Citation(
      .ftapDataGuichet, at: "Critères de sélection (et de choix du montant de cofinancement)",
      quoting: "Le critère principal de sélection d'un projet sera la robustesse de son modèle de mesure de son impact."
    ),
    interpretation:
      "Le texte fait de la robustesse du modèle de mesure d'impact le critère principal de sélection ; un dossier qui ne le décrit pas ne peut pas être apprécié sur ce critère. Le dossier doit donc le décrire ; sa robustesse relève de la grille du jury."
  )

  /// The position of `ftap.cofinancing.rate` in ``catalogue`` (checked by a test).
  @usableFromInline static let coFinancingRateIndex = 4
  /// The position of `ftap.cofinancing.personnel` in ``catalogue`` (checked by a test).
  @usableFromInline static let coFinancingPersonnelIndex = 5

  /// The rule catalogue, in the order findings are reported.
  public static let catalogue: [Rule] = [
    window, applicant, projectType, size, coFinancingRateRule, coFinancingPersonnel, apiReferencing,
    dataGouvReferencing, openSource, accessibility, ecoResponsibility, indicators, impactModel,
  ]
}
