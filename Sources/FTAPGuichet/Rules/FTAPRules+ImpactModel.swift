public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.impactModel`: « Le critère principal de sélection d'un projet sera la robustesse
  /// de son modèle de mesure de son impact. » (seed 004).
  ///
  /// The sentence makes the model the main criterion **of selection**, not a condition of
  /// eligibility: a blank model is a finding for the jury, `undetermined` for the
  /// pre-check, never `violated`.
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: that the dossier describes its model.
  /// - Undetermined: that the model is blank, and that the jury weighs it on the main criterion.
  /// - Missing input: the impact model.
  public enum ImpactModel: RuleDefinition {
    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.impactModel`.
    public static let id: RuleIdentifier = "ftap.impactModel"
    /// The main selection criterion.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [
        Citation(
          .ftapDataGuichet, at: "Critères de sélection (et de choix du montant de cofinancement)",
          quoting:
            "Le critère principal de sélection d'un projet sera la robustesse de son modèle de mesure de son impact."
        )
      ]
    }
    /// The impact model.
    public static var inputs: EnumSet<FTAPField> { [.impactModel] }

    /// « Modèle de mesure de l'impact décrit ».
    public static func title(_ parameters: FTAPParameters) -> String { "Modèle de mesure de l'impact décrit" }

    /// A dossier that does not describe its model cannot be judged on the main criterion.
    public static func interpretation(_ parameters: FTAPParameters) -> String? {
      "Le texte fait de la robustesse du modèle de mesure d'impact le critère principal de sélection, pas une condition d'éligibilité : la pré-instruction demande le modèle (un dossier qui ne le décrit pas ne peut pas être apprécié sur ce critère) ; vide, il ne rend pas le dossier inéligible, sa robustesse relève de la grille du jury."
    }

    /// Never violated: a selection criterion does not decide eligibility.
    public static var canBeViolated: Bool { false }

    /// The decision: the model is described (not blank).
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Void, FTAPField> {
      switch dossier.impactModelIsDescribed {
      case nil: .missingField(.impactModel)
      case true?: .satisfied
      case false?: .undetermined(())
      }
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Void, _ context: Context) -> String {
      kind == .satisfied
        ? "Le dossier décrit son modèle de mesure de l'impact."
        : "Le modèle de mesure de l'impact est vide : c'est le critère principal de sélection, que le jury appréciera ; le texte n'en fait pas une condition d'éligibilité."
    }
  }
}
