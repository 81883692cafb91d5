/// The identifiers of the readings of the France Relance calls, declared once (issue #25): the
/// readings' declarations and the rules that depend on them name these constants, so that a
/// misspelt reading does not compile. A test checks that no other file spells them.
///
/// ```swift
/// let selection = ReadingSelection([.init(id: .relanceAap1Closing, variant: "planned")])
/// ```
extension ReadingIdentifier {
  /// `relance.aap1.closing`: « Quand le 1er appel à projets s'est-il clôturé : le 19 décembre 2020 prévu, ou « à la fin de l'année 2020 » ? »
  public static let relanceAap1Closing: ReadingIdentifier = "relance.aap1.closing"
  /// `relance.window.opening`: « Quel jour s'ouvrent les 2e et 3e appels, dont les textes ne donnent que le trimestre d'ouverture ? »
  public static let relanceWindowOpening: ReadingIdentifier = "relance.window.opening"
  /// `relance.window.closing`: « Quand se clôturent les 2e et 3e appels, dont les textes ne donnent que le trimestre d'ouverture ? »
  public static let relanceWindowClosing: ReadingIdentifier = "relance.window.closing"
  /// `relance.commitments.timing`: « « Les engagements du lauréat » sont-ils exigés dès le dépôt du dossier ? »
  public static let relanceCommitmentsTiming: ReadingIdentifier = "relance.commitments.timing"
  /// `relance.continu.terms`: « Le taux de 75 % et les engagements du lauréat, énoncés pour les appels à projets (« AAP Cycle de vie de la donnée »), valent-ils pour le guichet continu ? »
  public static let relanceContinuTerms: ReadingIdentifier = "relance.continu.terms"
  /// `relance.continu.size.base`: « Que mesure « projets de moins de 100 000 euros » au guichet continu ? »
  public static let relanceContinuSizeBase: ReadingIdentifier = "relance.continu.size.base"
  /// `relance.aap3.quarter`: « Le 3e appel à projets s'ouvre-t-il au deuxième ou au quatrième trimestre 2021 ? Le bilan Etalab du 3 mars 2021 dit l'un et l'autre. »
  public static let relanceAap3Quarter: ReadingIdentifier = "relance.aap3.quarter"
}
