/// The five selection criteria of the « Cycle de vie de la donnée » calls (seed 003).
///
/// Seed 001 reports that the jury of the first call applied them, in its own words
/// (« la pérennité du projet, l’adéquation du budget présenté »).
public enum RelanceSelection {
  private static let heading = "AAP Cycle de vie de la donnée : Critères de sélection"

  private static func criterion(_ id: String, _ title: String, _ quote: String) -> SelectionCriterion {
    SelectionCriterion(
      id: "relance.criterion." + id, title: title,
      citation: Citation(.relanceInformationMeeting, at: heading, quoting: quote))
  }

  /// The five criteria, in the order of seed 003.
  public static let criteria: [SelectionCriterion] = [
    criterion(
      "benefitsForLaureate", "Bénéfices potentiels pour l'administration lauréate",
      "1. Bénéfices potentiels pour l'administration lauréate ;"),
    criterion(
      "benefitsForOthers", "Bénéfices pour les autres administrations ou pour l'action publique en général",
      "2. Bénéfices pour les autres administrations ou pour l'action publique en général ;"),
    criterion(
      "technicalRelevance", "Pertinence technique et crédibilité du projet",
      "3. Pertinence technique et crédibilité du projet ;"),
    criterion("viability", "Viabilité et pérennité du projet", "4. Viabilité et pérennité du projet ;"),
    criterion("costBenefit", "Évaluation du coût/bénéfice du projet", "5. Évaluation du coût/bénéfice du projet."),
  ]

  /// The jury grid of the calls: the five criteria, equally weighted (seed 003 does not
  /// weigh them), scored 0 to 5.
  public static let grid = JuryGrid(entries: criteria.map { JuryGrid.Entry($0, weight: 1) })

  /// How seed 001 says the jury of the first call selected the laureates.
  public static let juryPractice = Citation(
    .relanceResults, at: "Un jury pluridisciplinaire pour croiser les regards sur les dossiers",
    quoting:
      "Les membres du jury ont retenu 18 projets, en prenant en compte les bénéfices potentiels pour l’administration lauréate et pour les autres administrations ou l’action publique en général, la pertinence technique et la crédibilité du projet, la pérennité du projet, l’adéquation du budget présenté."
  )
}
