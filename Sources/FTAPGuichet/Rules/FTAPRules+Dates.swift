public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.dates`: a project that starts before its filing date.
  ///
  /// « Formulaire de dépôt : https://www.demarches-simplifiees.fr/… » (seed 004) is where a
  /// dossier is filed, the date the rule compares the start with; no text says whether a
  /// project already under way when it was filed can be co-financed, nor whether its
  /// spending before the filing date counts. The rule cites the one sentence it reads. Such a dossier is therefore `undetermined`, and no payment is planned for it
  /// (a payment dated before the filing date cannot be; ``FTAPRules/schedule(_:_:)``).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the start date, on or after the filing date.
  /// - Undetermined: the start date, the filing date, and that the texts do not say whether
  ///   a project already started can be co-financed.
  /// - Not applicable: no start date given (nothing to compare).
  /// - Missing input: the filing date.
  public enum Dates: RuleDefinition {
    /// What the rule compared.
    public enum Figures: Sendable, Hashable {
      /// No start date is given.
      case noStartDate
      /// The filing date and the project's start date.
      case dates(filedOn: CalendarDate, startDate: CalendarDate)
    }

    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.dates`.
    public static let id: RuleIdentifier = "ftap.dates"
    /// The filing form's sentence: where, and so when, a dossier is filed.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] { [filingCitation] }
    /// « Formulaire de dépôt : https://www.demarches-simplifiees.fr/commencer/… ».
    public static let filingCitation = Citation(
      .ftapDataGuichet, at: "Formulaire de dépôt",
      quoting:
        "Formulaire de dépôt : https://www.demarches-simplifiees.fr/commencer/guichet-exploitation-et-valorisation-des-donnees"
    )
    /// The filing and start dates.
    public static var inputs: EnumSet<FTAPField> { [.filedOn, .startDate] }

    /// « Démarrage du projet au plus tôt à son dépôt ».
    public static func title(_ parameters: FTAPParameters) -> String {
      "Démarrage du projet au plus tôt à son dépôt"
    }

    /// What the texts leave open.
    public static func interpretation(_ parameters: FTAPParameters) -> String? {
      "Les textes ne disent pas si un projet déjà commencé au dépôt de son dossier peut être cofinancé, ni si ses dépenses antérieures au dépôt comptent : un tel dossier est indéterminé, et aucun versement n'est planifié avant la date de dépôt. Sans date de démarrage, la règle est sans objet."
    }

    /// Never violated: a start before the filing date is `undetermined`, since no text says
    /// such a project is refused.
    public static var canBeViolated: Bool { false }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Figures, FTAPField> {
      guard let filed = dossier.basics.filedOn else { return .missingField(.filedOn) }
      guard let start = dossier.basics.startDate else { return .notApplicable(.noStartDate) }
      let figures = Figures.dates(filedOn: filed, startDate: start)
      return start < filed ? .undetermined(figures) : .satisfied(figures)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      guard case .dates(let filedOn, let startDate) = figures else {
        return "Aucune date de démarrage n'est donnée : rien à comparer à la date de dépôt."
      }
      let start = startDate.frenchDescription
      let filed = filedOn.frenchDescription
      guard kind == .undetermined else {
        return "Le projet démarre le " + start + ", au plus tôt à la date de dépôt (" + filed + ")."
      }
      return "Le projet démarre le " + start + ", avant la date de dépôt (" + filed
        + ") : les textes ne disent pas si un projet déjà commencé peut être cofinancé. Aucun versement n'est planifié avant le dépôt."
    }
  }
}
