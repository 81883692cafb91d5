/// The rules of the « Cycle de vie de la donnée » calls, with their identifiers, French
/// titles, citations and interpretations.
///
/// The identifiers are the contract of design section 5: `relance.window`,
/// `relance.applicant`, `relance.projectKind`, `relance.cofinancing.rate`,
/// `relance.continu.size`, `relance.commitments`.
public enum RelanceRules {
  // MARK: Identifiers

  /// Filed within the call's window.
  public static let windowIdentifier: RuleIdentifier = "relance.window"
  /// Filed by a public administration.
  public static let applicantIdentifier: RuleIdentifier = "relance.applicant"
  /// At least one eligible kind of project.
  public static let projectKindIdentifier: RuleIdentifier = "relance.projectKind"
  /// Co-financing at most 75 % of the total cost.
  public static let coFinancingRateIdentifier: RuleIdentifier = "relance.cofinancing.rate"
  /// Continuous window: total cost below 100 000 €.
  public static let continuousSizeIdentifier: RuleIdentifier = "relance.continu.size"
  /// The four laureate commitments are declared.
  public static let commitmentsIdentifier: RuleIdentifier = "relance.commitments"

  // MARK: Rules

  /// `relance.window` for a call: its citation is the call's window in force (the actual
  /// one where seed 001 gives it).
  public static func window(for call: RelanceCall) -> Rule {
    let schedule = call.calendar.inForce
    return Rule(
      id: windowIdentifier, title: "Dépôt pendant la fenêtre de l'appel", citation: schedule.citations[0],
      interpretation: schedule.interpretation)
  }

  /// `relance.applicant`.
  public static let applicant = Rule(
    id: applicantIdentifier, title: "Porteur : une administration publique",
    citation: Citation(
      .relanceResults,
      at:
        "France Relance : Le volet « Développer l’utilisation de la donnée dans votre administration » finance 18 projets",
      quoting:
        "porte le volet « Développer l’utilisation de la donnée dans votre administration » donnant aux administrations la possibilité d’obtenir un cofinancement pour leurs projets"
    ),
    interpretation:
      "« Les administrations » est lu comme les administrations de l'État, centrales ou déconcentrées (seed 001 : « des administrations centrales et des services déconcentrés »), et les opérateurs publics, dont plusieurs figurent parmi les lauréats du 1er appel (ACOSS, CNAV, Grand port maritime du Havre…). Les collectivités territoriales sont exclues : elles disposaient de leur propre fonds « transformation numérique des collectivités territoriales » (seed 001)."
  )

  /// `relance.projectKind`.
  public static let projectKind = Rule(
    id: projectKindIdentifier, title: "Au moins un type de projet éligible",
    citation: Citation(
      .relanceInformationMeeting, at: "Cycle de vie de la donnée : projets éligibles",
      quoting: "Cycle de vie de la donnée : projets éligibles"))

  /// `relance.cofinancing.rate`.
  public static let coFinancingRate = Rule(
    id: coFinancingRateIdentifier, title: "Cofinancement d'au plus 75 % du coût total",
    citation: RelancePlan.coFinancingRate.periods[0].citation,
    interpretation:
      "« À hauteur de 75% des projets » est lu comme un plafond : le cofinancement demandé ne dépasse pas 75 % du coût total du projet, arrondi au centime inférieur. La diapositive vise les appels à projets ; le plafond est aussi appliqué au guichet continu, qui relève du même volet et dont les textes ne fixent pas d'autre taux."
  )

  /// `relance.continu.size`.
  public static let continuousSize = Rule(
    id: continuousSizeIdentifier, title: "Guichet continu : projet de moins de 100 000 €",
    citation: RelancePlan.continuousWindowSizeLimit.periods[0].citation)

  /// `relance.commitments`.
  public static let commitments = Rule(
    id: commitmentsIdentifier, title: "Les quatre engagements du lauréat",
    citation: Citation(
      .relanceInformationMeeting, at: "AAP Cycle de vie de la donnée : les engagements du lauréat",
      quoting: "AAP Cycle de vie de la donnée : les engagements du lauréat"),
    interpretation:
      "Les engagements s'imposent au lauréat ; la pré-instruction demande au dossier de les déclarer dès le dépôt. Ils sont aussi exigés au guichet continu, qui relève du même volet."
  )

  /// The rule catalogue of a call, in the order findings are reported.
  public static func catalogue(for call: RelanceCall) -> [Rule] {
    [window(for: call), applicant, projectKind, coFinancingRate, continuousSize, commitments]
  }
}
