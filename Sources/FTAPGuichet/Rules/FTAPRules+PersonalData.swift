public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.personalData`: « Si des données personnelles et/ou sensibles sont traitées dans
  /// le cadre du projet, s'assurer que le cadre juridique le permet et que les exigences
  /// associées soient remplies » (seed 004, among the criteria of public-policy projects),
  /// and « Ces projets s'appuieront nécessairement sur des traitements de données
  /// permettant de cibler les usagers éligibles » (proactive projects).
  ///
  /// A pre-check cannot judge a legal basis; it can say whether the dossier states one. A
  /// project that processes personal or sensitive data without stating its legal basis is
  /// `undetermined`: the texts ask that the legal framework permit the processing, and
  /// nothing in the dossier says it does. A stated basis is recorded for the instructor.
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: no personal data processed, or the legal basis stated.
  /// - Undetermined: personal data processed and no legal basis stated.
  /// - Not applicable: a project that is not proactive does not say whether it processes
  ///   personal data.
  /// - Missing input: a proactive project does not say whether it processes personal data
  ///   (« Ces projets s'appuieront nécessairement sur des traitements de données »).
  public enum PersonalData: RuleDefinition {
    /// What the dossier declares.
    public enum Figures: Sendable, Hashable {
      /// Nothing is declared; whether the project is proactive.
      case undeclared(proactive: Bool)
      /// No personal or sensitive data is processed.
      case none
      /// Processed, with the legal basis stated.
      case basisStated
      /// Processed, with no legal basis stated.
      case noBasis
    }

    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.personalData`.
    public static let id: RuleIdentifier = "ftap.personalData"
    /// The legal-framework sentence and the proactive projects' data processing.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [legalFramework, FTAPGuichet.proactiveProcessingCitation]
    }
    /// « Si des données personnelles et/ou sensibles sont traitées … ».
    public static let legalFramework = Citation(
      .ftapDataGuichet, at: "Critères de sélection (et de choix du montant de cofinancement)",
      quoting:
        "Si des données personnelles et/ou sensibles sont traitées dans le cadre du projet, s'assurer que le cadre juridique le permet et que les exigences associées soient remplies;"
    )
    /// The proactive projects' sentence decides a proactive project that does not say
    /// whether it processes personal data; the legal-framework sentence decides the rest.
    public static func decidingCitation(_ decision: Decision<Figures, FTAPField>, _ context: Context) -> Int {
      if case .missing = decision { return 1 }
      return 0
    }
    /// The declaration.
    public static var inputs: EnumSet<FTAPField> { [.personalDataProcessed, .personalDataLegalBasis, .projectTypes] }

    /// « Base juridique déclarée pour les données personnelles ».
    public static func title(_ parameters: FTAPParameters) -> String {
      "Base juridique déclarée pour les données personnelles traitées"
    }

    /// What a pre-check can say.
    public static func interpretation(_ parameters: FTAPParameters) -> String? {
      "La phrase figure parmi les critères des projets d'amélioration d'une politique publique ; elle est lue comme valant pour tout projet qui traite des données personnelles ou sensibles. La pré-instruction vérifie seulement qu'une base juridique est déclarée ; qu'elle permette le traitement relève de l'instruction (et du délégué à la protection des données)."
    }

    /// Never violated: personal data processed without a stated legal basis is
    /// `undetermined`, since whether a basis exists is for the instruction to check.
    public static var canBeViolated: Bool { false }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Figures, FTAPField> {
      guard let processed = dossier.personalData?.processed else {
        // « Ces projets s'appuieront nécessairement sur des traitements de données » : a
        // proactive project must say whether they are personal data.
        if dossier.projectTypes?.contains(.proactiveAdministration) == true {
          return .missingField(.personalDataProcessed)
        }
        return .notApplicable(.undeclared(proactive: false))
      }
      guard processed else { return .satisfied(.none) }
      return dossier.personalDataBasisIsStated ? .satisfied(.basisStated) : .undetermined(.noBasis)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      switch figures {
      case .undeclared(let proactive):
        let base =
          "Le dossier ne dit pas s'il traite des données personnelles ou sensibles : la pré-instruction ne peut pas vérifier qu'une base juridique est déclarée."
        return proactive
          ? base
            + " Un projet d'administration proactive s'appuie nécessairement sur des traitements de données pour cibler les usagers éligibles."
          : base
      case .none: return "Le dossier déclare ne traiter aucune donnée personnelle ou sensible."
      case .basisStated:
        return
          "Le dossier traite des données personnelles ou sensibles et déclare leur base juridique ; qu'elle permette le traitement relève de l'instruction."
      case .noBasis:
        return
          "Le dossier traite des données personnelles ou sensibles sans déclarer de base juridique : les textes demandent que le cadre juridique le permette, rien ne dit ici qu'il le fait."
      }
    }
  }
}
