extension RelanceRules {
  /// `relance.applicant`: « … donnant aux administrations la possibilité d'obtenir un
  /// cofinancement pour leurs projets » (seed 001).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the applicant's kind.
  /// - Violated: for a local authority, the fund it belongs to and its closing date; otherwise that the line funds State administrations and public operators.
  /// - Missing input: the applicant's kind.
  public enum Applicant: RuleDefinition {
    /// The rule book.
    public typealias Book = RelanceRules
    /// `relance.applicant`.
    public static let id: RuleIdentifier = "relance.applicant"
    /// The sentence of seed 001.
    public static func citations(_ parameters: RelanceParameters) -> [Citation] {
      [
        Citation(
          .relanceResults,
          at:
            "France Relance : Le volet « Développer l’utilisation de la donnée dans votre administration » finance 18 projets",
          quoting:
            "porte le volet « Développer l’utilisation de la donnée dans votre administration » donnant aux administrations la possibilité d’obtenir un cofinancement pour leurs projets"
        )
      ]
    }
    /// The applicant's kind.
    public static var inputs: EnumSet<RelanceField> { [.applicantKind] }

    /// « Porteur : une administration publique ».
    public static func title(_ parameters: RelanceParameters) -> String { "Porteur : une administration publique" }

    /// « Les administrations » read as the State and its public operators.
    public static func interpretation(_ parameters: RelanceParameters) -> String? {
      "« Les administrations » est lu comme les administrations de l'État, centrales ou déconcentrées (bilan Etalab du 3 mars 2021 : « des administrations centrales et des services déconcentrés »), et les opérateurs publics, dont plusieurs figurent parmi les lauréats du 1er appel (ACOSS, CNAV, Grand port maritime du Havre…). Les collectivités territoriales sont exclues : elles disposaient de leur propre fonds « transformation numérique des collectivités territoriales » (bilan Etalab du 3 mars 2021)."
    }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing RelanceDossier, _ context: Context) -> Decision<
      ApplicantKind, RelanceField
    > {
      guard let kind = dossier.basics.applicant?.kind else { return .missingField(.applicantKind) }
      switch kind {
      case .stateAdministration, .publicOperator: return .satisfied(kind)
      case .localAuthority, .company, .association, .other: return .violated(kind)
      }
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ applicant: ApplicantKind, _ context: Context) -> String {
      switch applicant {
      case .stateAdministration, .publicOperator: "Le porteur est de type « " + applicant.frenchName + " »."
      case .localAuthority:
        "Le porteur est une collectivité territoriale : les collectivités relèvent du fonds « transformation numérique des collectivités territoriales » (ouvert jusqu'au \(LocalAuthorityFund.window.window.closing.frenchDescription)), pas de ce volet."
      case .company, .association, .other:
        "Le porteur (" + applicant.frenchName
          + ") n'est pas une administration : le volet finance les projets des administrations de l'État et des opérateurs publics."
      }
    }
  }
}
