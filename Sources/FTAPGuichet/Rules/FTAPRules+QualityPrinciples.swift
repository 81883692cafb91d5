public import FranceRelanceModel

extension FTAPRules {
  /// The decision of a commitment rule: the dossier's answer, or missing input.
  @inlinable @inline(__always)
  static func answer(_ dossier: borrowing FTAPDossier, _ commitment: FTAPCommitment) -> Decision<Void, FTAPField> {
    switch dossier.commitments?[commitment] {
    case nil: .missingField(FTAPField.commitment(commitment))
    case true?: .satisfied
    case false?: .violated
    }
  }

  /// The French message of a commitment rule.
  static func answerMessage(_ kind: Outcome.Kind, _ commitment: FTAPCommitment) -> String {
    (kind == .satisfied ? "Engagement pris : " : "Engagement refusé : ") + commitment.pledge + "."
  }

  /// `ftap.quality.openSource`: « Les codes sources produits dans le cadre des projets
  /// devront être publiés en open source » (seed 004, principes de qualité).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied or violated: the commitment taken or refused, named by what it commits to (``FTAPCommitment/pledge``).
  /// - Missing input: the commitment.
  public enum OpenSource: RuleDefinition {
    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.quality.openSource`.
    public static let id: RuleIdentifier = "ftap.quality.openSource"
    /// The quality principle.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] { [FTAPCommitment.openSource.citation] }
    /// The commitment.
    public static var inputs: EnumSet<FTAPField> { [.openSource] }
    /// « Codes sources publiés en open source ».
    public static func title(_ parameters: FTAPParameters) -> String { "Codes sources publiés en open source" }

    /// The principle binds the code a project produces; the commitment is asked of every
    /// project.
    public static func interpretation(_ parameters: FTAPParameters) -> String? {
      "Le texte vise « les codes sources produits dans le cadre des projets » ; la pré-instruction demande l'engagement à tout projet, car elle ne sait pas s'il produira du code. Un projet qui n'en produit aucun prend l'engagement sans objet ; un refus est lu comme le refus de publier le code produit."
    }
    /// The decision: the dossier's answer.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Void, FTAPField> {
      answer(dossier, .openSource)
    }
    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Void, _ context: Context) -> String {
      answerMessage(kind, .openSource)
    }
  }

  /// `ftap.quality.accessibility`: « Accessibilité aux personnes en situation de handicap »
  /// (seed 004, principes de qualité).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied or violated: the commitment taken or refused, named by what it commits to (``FTAPCommitment/pledge``).
  /// - Missing input: the commitment.
  public enum Accessibility: RuleDefinition {
    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.quality.accessibility`.
    public static let id: RuleIdentifier = "ftap.quality.accessibility"
    /// The quality principle.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] { [FTAPCommitment.accessibility.citation] }
    /// The commitment.
    public static var inputs: EnumSet<FTAPField> { [.accessibility] }
    /// « Accessibilité aux personnes en situation de handicap ».
    public static func title(_ parameters: FTAPParameters) -> String {
      "Accessibilité aux personnes en situation de handicap"
    }
    /// The decision: the dossier's answer.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Void, FTAPField> {
      answer(dossier, .accessibility)
    }
    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Void, _ context: Context) -> String {
      answerMessage(kind, .accessibility)
    }
  }

  /// `ftap.quality.ecoResponsibility`: « Éco-responsabilité » (seed 004, principes de
  /// qualité).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied or violated: the commitment taken or refused, named by what it commits to (``FTAPCommitment/pledge``).
  /// - Missing input: the commitment.
  public enum EcoResponsibility: RuleDefinition {
    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.quality.ecoResponsibility`.
    public static let id: RuleIdentifier = "ftap.quality.ecoResponsibility"
    /// The quality principle.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [FTAPCommitment.ecoResponsibility.citation]
    }
    /// The commitment.
    public static var inputs: EnumSet<FTAPField> { [.ecoResponsibility] }
    /// « Éco-responsabilité ».
    public static func title(_ parameters: FTAPParameters) -> String { "Éco-responsabilité" }
    /// The decision: the dossier's answer.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Void, FTAPField> {
      answer(dossier, .ecoResponsibility)
    }
    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Void, _ context: Context) -> String {
      answerMessage(kind, .ecoResponsibility)
    }
  }
}
