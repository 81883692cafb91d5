extension RelanceRules {
  /// `relance.applicant`: « … donnant aux administrations la possibilité d'obtenir un
  /// cofinancement pour leurs projets » (seed 001).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the applicant's kind.
  /// - Violated: for a local authority, the fund it belongs to and where the dossier's
  ///   filing date stands against that fund's window (not yet open, open, closed);
  ///   otherwise that the line funds State administrations and public operators.
  /// - Missing input: the applicant's kind.
  public enum Applicant: RuleDefinition {
    /// What the rule read: the applicant's kind and the filing date (the message about the
    /// local-authority fund depends on it).
    public struct Figures: Sendable, Hashable {
      /// The applicant's kind.
      public let kind: ApplicantKind
      /// The filing date, when known.
      public let filedOn: CalendarDate?

      /// Creates the figures.
      @inlinable
      public init(kind: ApplicantKind, filedOn: CalendarDate?) {
        self.kind = kind
        self.filedOn = filedOn
      }
    }

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
      Figures, RelanceField
    > {
      guard let kind = dossier.basics.applicant?.kind else { return .missingField(.applicantKind) }
      let figures = Figures(kind: kind, filedOn: dossier.basics.filedOn)
      switch kind {
      case .stateAdministration, .publicOperator: return .satisfied(figures)
      case .localAuthority, .company, .association, .other: return .violated(figures)
      }
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      let applicant = figures.kind
      switch applicant {
      case .stateAdministration, .publicOperator: return "Le porteur est de type « " + applicant.frenchName + " »."
      case .localAuthority:
        return
          "Le porteur est une collectivité territoriale : les collectivités relèvent du fonds « transformation numérique des collectivités territoriales », pas de ce volet ; "
          + LocalAuthorityFund.frenchState(on: figures.filedOn) + "."
      case .company, .association, .other:
        return "Le porteur (" + applicant.frenchName
          + ") n'est pas une administration : le volet finance les projets des administrations de l'État et des opérateurs publics."
      }
    }
  }
}
