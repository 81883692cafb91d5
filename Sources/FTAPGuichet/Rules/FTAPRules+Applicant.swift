public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.applicant`: « Les projets pourront être émis par différents types d'acteurs :
  /// - Les administrations d'État ; - Les opérateurs publics. » (seed 004).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the applicant's kind.
  /// - Violated: the applicant's kind, and that only State administrations and public operators are admitted.
  /// - Missing input: the applicant's kind.
  public enum Applicant: RuleDefinition {
    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.applicant`.
    public static let id: RuleIdentifier = "ftap.applicant"
    /// The list of actors.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [
        Citation(
          .ftapDataGuichet, at: "Les projets pourront être émis par différents types d'acteurs",
          quoting:
            "Les projets pourront être émis par différents types d'acteurs : - Les administrations d'État ; - Les opérateurs publics."
        ),
        FTAPGuichet.dinumInterministerialCitation,
      ]
    }

    /// Where the DINUM's interministerial projects fall.
    public static func interpretation(_ parameters: FTAPParameters) -> String? {
      "La DINUM, qui « pourra également soumettre des projets à vocation interministérielle », est une administration d'État : ses dossiers passent par cette règle comme les autres ; la vocation interministérielle d'un projet relève de l'instruction."
    }
    /// The applicant's kind.
    public static var inputs: EnumSet<FTAPField> { [.applicantKind] }

    /// « Porteur : administration d'État ou opérateur public ».
    public static func title(_ parameters: FTAPParameters) -> String {
      "Porteur : administration d'État ou opérateur public"
    }

    /// The decision: satisfied for a State administration or a public operator.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<
      ApplicantKind, FTAPField
    > {
      guard let kind = dossier.basics.applicant?.kind else { return .missingField(.applicantKind) }
      switch kind {
      case .stateAdministration, .publicOperator: return .satisfied(kind)
      case .localAuthority, .company, .association, .other: return .violated(kind)
      }
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ applicant: ApplicantKind, _ context: Context) -> String {
      kind == .satisfied
        ? "Le porteur est de type « " + applicant.frenchName + " »."
        : "Le porteur (" + applicant.frenchName
          + ") n'est ni une administration d'État ni un opérateur public, seuls acteurs admis par le guichet."
    }
  }
}
