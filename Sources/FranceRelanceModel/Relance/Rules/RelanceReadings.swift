/// The readings of the « Cycle de vie de la donnée » calls (design §3).
public struct RelanceReadings: ReadingSet {
  // MARK: Variants

  /// `relance.window.closing`: AAP2 and AAP3, whose texts give only the opening quarter.
  public enum WindowClosing: String, ReadingVariant {
    /// After the quarter, the texts do not say whether the call was still open.
    case undetermined
    /// The call closed at the end of its quarter.
    case quarterEnd
  }

  /// `relance.continu.size.base`: what « projets de moins de 100 000 euros » measures.
  public enum ContinuousSizeBase: String, ReadingVariant {
    /// The project's total cost.
    case totalCost
    /// The co-financing requested.
    case requestedCoFinancing
  }

  /// `relance.aap1.closing`: when the first call closed. Seed 003 plans the closing on
  /// 19 December 2020; seed 001 says it « s'est clôturé à la fin de l'année 2020 », which is
  /// compatible with that date without confirming it.
  public enum AAP1Closing: String, ReadingVariant {
    /// The planned closing of seed 003, 19 December 2020.
    case planned
    /// The end of 2020, the widest reading of seed 001.
    case yearEnd
  }

  /// `relance.commitments.timing`: when « les engagements du lauréat » bind.
  public enum CommitmentsTiming: String, ReadingVariant {
    /// The dossier declares them when it is filed: refusing one means the grant could not
    /// be awarded on the terms of the call.
    case atFiling
    /// They bind the laureate only: at filing they decide nothing.
    case laureateOnly
  }

  /// The parameters the explanations quote.
  public typealias Parameters = RelanceParameters

  // MARK: Stored properties

  /// `relance.window.closing`.
  public var windowClosing: WindowClosing = .undetermined
  /// `relance.continu.size.base`.
  public var continuousSizeBase: ContinuousSizeBase = .totalCost
  /// `relance.aap1.closing`.
  public var aap1Closing: AAP1Closing = .planned
  /// `relance.commitments.timing`.
  public var commitmentsTiming: CommitmentsTiming = .atFiling

  /// Every reading at its default.
  public init() {}

  // MARK: Declarations

  /// The four readings, in report order.
  public static let declarations: [ReadingDeclaration<RelanceReadings>] = [
    ReadingDeclaration(
      "relance.window.closing", at: \.windowClosing,
      question: "Quand se clôturent les 2e et 3e appels, dont les textes ne donnent que le trimestre d'ouverture ?",
      citations: [RelanceCall.aap2.envelope.citation!, RelanceCall.aap3.envelope.citation!],
      explanation: { variant, _ in
        switch variant {
        case .undetermined:
          "Les textes ne donnent pas de date de clôture : un dossier déposé après le trimestre d'ouverture est indéterminé (déposé avant, il est hors fenêtre)."
        case .quarterEnd: "L'appel se clôture à la fin de son trimestre : un dossier déposé après est hors fenêtre."
        }
      }),
    ReadingDeclaration(
      "relance.continu.size.base", at: \.continuousSizeBase,
      question: "Que mesure « projets de moins de 100 000 euros » au guichet continu ?",
      citations: [RelancePlan.continuousWindowSizeLimit.periods[0].citation],
      explanation: { variant, p in
        switch variant {
        case .totalCost: "Le coût total du projet est inférieur à " + p.continuousSizeLimit.description + "."
        case .requestedCoFinancing:
          "Le cofinancement demandé est inférieur à " + p.continuousSizeLimit.description + "."
        }
      }),
    ReadingDeclaration(
      "relance.aap1.closing", at: \.aap1Closing,
      question:
        "Quand le 1er appel à projets s'est-il clôturé : le 19 décembre 2020 prévu, ou « à la fin de l'année 2020 » ?",
      citations: [RelanceCall.aap1ClosingCitation, RelanceCall.aap1ReportedClosingCitation],
      explanation: { variant, _ in
        switch variant {
        case .planned:
          "À la date prévue par la réunion d'information, le 19 décembre 2020 ; le bilan Etalab (« s'est clôturé à la fin de l'année 2020 ») est compatible avec elle sans la confirmer."
        case .yearEnd:
          "Au 31 décembre 2020 : « à la fin de l'année 2020 » (bilan Etalab) est lu comme une clôture à cette date ; un dossier déposé du 20 au 31 décembre 2020 est dans la fenêtre."
        }
      }),
    ReadingDeclaration(
      "relance.commitments.timing", at: \.commitmentsTiming,
      question: "« Les engagements du lauréat » sont-ils exigés dès le dépôt du dossier ?",
      citations: [RelanceRules.Commitments.citation],
      explanation: { variant, _ in
        switch variant {
        case .atFiling:
          "Oui : le dossier les déclare au dépôt ; en refuser un, c'est annoncer que le cofinancement ne pourrait pas être attribué aux conditions de l'appel."
        case .laureateOnly:
          "Non : ils ne s'imposent qu'au lauréat ; au dépôt, la règle est sans objet."
        }
      }),
  ]
}
