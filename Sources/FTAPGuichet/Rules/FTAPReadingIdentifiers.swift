public import FranceRelanceModel

/// The identifiers of the readings of the FTAP guichet, declared once (issue #25): the
/// readings' declarations and the rules that depend on them name these constants, so that a
/// misspelt reading does not compile. A test checks that no other file spells them.
///
/// ```swift
/// let selection = ReadingSelection([.init(id: .ftapSizeBounds, variant: "hard")])
/// ```
extension ReadingIdentifier {
  /// `ftap.window.opening`: « Le texte ne donne que le mois d'ouverture : un dossier déposé ce mois-là l'est-il après l'ouverture ? »
  public static let ftapWindowOpening: ReadingIdentifier = "ftap.window.opening"
  /// `ftap.window.closing`: « Le texte ne donne pas le jour de clôture : un dossier déposé le mois de la clôture l'est-il avant elle ? »
  public static let ftapWindowClosing: ReadingIdentifier = "ftap.window.closing"
  /// `ftap.size.bounds`: « « Taille attendue des projets » est-elle une condition d'éligibilité ou une indication ? »
  public static let ftapSizeBounds: ReadingIdentifier = "ftap.size.bounds"
  /// `ftap.cofinancing.personnel`: « Que fixe la note sur les dépenses de personnel (Titre 2) ? »
  public static let ftapCofinancingPersonnel: ReadingIdentifier = "ftap.cofinancing.personnel"
  /// `ftap.indicators.reuses`: « Quand le nombre de projets réutilisant la donnée est-il obligatoire ? »
  public static let ftapIndicatorsReuses: ReadingIdentifier = "ftap.indicators.reuses"
  /// `ftap.referencing.scope`: « Quels projets le référencement sur api.gouv.fr et data.gouv.fr concerne-t-il ? »
  public static let ftapReferencingScope: ReadingIdentifier = "ftap.referencing.scope"
  /// `ftap.deployment.targets`: « « Ils indiqueront dans leur candidature leur stratégie de déploiement pour atteindre les jalons des indicateurs retenus » : le dossier doit-il donner une cible par indicateur et par jalon ? »
  public static let ftapDeploymentTargets: ReadingIdentifier = "ftap.deployment.targets"
  /// `ftap.tranches.split`: « Comment un financement débloqué par tranches se répartit-il ? »
  public static let ftapTranchesSplit: ReadingIdentifier = "ftap.tranches.split"
  /// `ftap.tranches.withheld`: « « Débloquer, avec l'accord de la DINUM, la tranche suivante » : que devient une tranche que la DINUM ne débloque pas à une revue de jalon ? »
  public static let ftapTranchesWithheld: ReadingIdentifier = "ftap.tranches.withheld"
}
