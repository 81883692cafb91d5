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

  /// `relance.window.opening`: AAP2 and AAP3, whose texts give only the opening quarter.
  public enum WindowOpening: String, ReadingVariant {
    /// A dossier filed in the quarter before its last day is undetermined: the texts do not
    /// give the opening day, and the filing may precede it (the letter; the default).
    case undetermined
    /// The call is open from the quarter's first day.
    case quarterStart
  }

  /// `relance.aap3.quarter`: seed 001 announces the third call both « au second trimestre
  /// 2021 » and « au deuxième et quatrième trimestre 2021 »; seed 003 plans it « T4 2021 ».
  public enum AAP3Quarter: String, ReadingVariant {
    /// The fourth quarter of 2021, as seed 003 and the closing paragraph of seed 001 say
    /// (the default).
    case fourthQuarter
    /// The second quarter of 2021, as the list of next steps of seed 001 says.
    case secondQuarter
  }

  /// `relance.continu.terms`: whether the terms of the calls for projects (« AAP Cycle de
  /// vie de la donnée : notre accompagnement », « … les engagements du lauréat ») bind the
  /// continuous window, which is not a call for projects.
  public enum ContinuousTerms: String, ReadingVariant {
    /// The slides speak of the « AAP »: the texts do not say whether the 75 % rate and the
    /// laureate commitments bind the continuous window (the letter; the default).
    case undetermined
    /// The continuous window belongs to the same line: the calls' terms apply to it.
    case applied
  }

  /// `relance.continu.size.base`: what « projets de moins de 100 000 euros » measures.
  public enum ContinuousSizeBase: String, ReadingVariant {
    /// The project's total cost.
    case totalCost
    /// The co-financing requested.
    case requestedCoFinancing
  }

  /// `relance.aap1.closing`: when the first call closed. Seed 003 plans the closing on
  /// 19 December 2020; seed 001 says it « s'est clôturé à la fin de l'année 2020 », the
  /// actual closing, known to the month only.
  public enum AAP1Closing: String, ReadingVariant {
    /// A filing from 20 to 31 December 2020 is undetermined: the actual closing is known to
    /// the month, and the texts do not say whether the call was still open that day (the
    /// letter; the default).
    case undetermined
    /// The planned closing of seed 003, 19 December 2020.
    case planned
    /// The end of 2020, the widest reading of seed 001.
    case yearEnd
  }

  /// `relance.commitments.timing`: when « les engagements du lauréat » bind.
  public enum CommitmentsTiming: String, ReadingVariant {
    /// They bind the laureate only (the heading « les engagements du lauréat »): a dossier
    /// that does not mention them is not incomplete; an explicit refusal is undetermined,
    /// the laureate being free to take them at the award (the default).
    case laureateOnly
    /// The dossier declares them when it is filed: refusing one means the grant could not
    /// be awarded on the terms of the call, and an unanswered one is missing input.
    case atFiling
  }

  /// The parameters the explanations quote.
  public typealias Parameters = RelanceParameters

  // MARK: Stored properties

  /// `relance.window.closing`.
  public var windowClosing: WindowClosing = .undetermined
  /// `relance.window.opening`.
  public var windowOpening: WindowOpening = .undetermined
  /// `relance.aap3.quarter`.
  public var aap3Quarter: AAP3Quarter = .fourthQuarter
  /// `relance.continu.terms`.
  public var continuousTerms: ContinuousTerms = .undetermined
  /// `relance.continu.size.base`.
  public var continuousSizeBase: ContinuousSizeBase = .totalCost
  /// `relance.aap1.closing`.
  public var aap1Closing: AAP1Closing = .undetermined
  /// `relance.commitments.timing`.
  public var commitmentsTiming: CommitmentsTiming = .laureateOnly

  /// Every reading at its default.
  public init() {}

  // MARK: Declarations

  /// The readings, in report order.
  public static let declarations: [ReadingDeclaration<RelanceReadings>] = [
    ReadingDeclaration(
      .relanceWindowOpening, at: \.windowOpening,
      question:
        "Quel jour s'ouvrent les 2e et 3e appels, dont les textes ne donnent que le trimestre d'ouverture ?",
      citations: RelanceCall.aap2.calendar.planned.citations + RelanceCall.aap3.calendar.planned.citations,
      applies: { !$0.closingIsStated },
      explanation: { variant, _ in
        switch variant {
        case .undetermined:
          "Les textes ne donnent pas le jour d'ouverture : un dossier déposé dans le trimestre avant son dernier jour a pu précéder l'ouverture ; la règle est indéterminée."
        case .quarterStart: "L'appel est ouvert dès le premier jour de son trimestre."
        }
      }),
    ReadingDeclaration(
      .relanceAap3Quarter, at: \.aap3Quarter,
      question:
        "Le 3e appel à projets s'ouvre-t-il au deuxième ou au quatrième trimestre 2021 ? Le bilan Etalab du 3 mars 2021 dit l'un et l'autre.",
      citations: RelanceCall.aap3QuarterCitations,
      applies: { $0.alternativeWindow != nil },
      explanation: { variant, _ in
        switch variant {
        case .fourthQuarter:
          "Au T4 2021, comme le prévoit la réunion d'information et comme le redit le paragraphe « Et ensuite ? » du bilan Etalab."
        case .secondQuarter:
          "Au T2 2021, comme l'annonce la liste des prochaines étapes du bilan Etalab (« Un troisième appel à projets sera ouvert au second trimestre 2021 »)."
        }
      }),
    ReadingDeclaration(
      .relanceWindowClosing, at: \.windowClosing,
      question: "Quand se clôturent les 2e et 3e appels, dont les textes ne donnent que le trimestre d'ouverture ?",
      citations: RelanceCall.aap2.calendar.planned.citations + RelanceCall.aap3.calendar.planned.citations,
      applies: { !$0.closingIsStated },
      explanation: { variant, _ in
        switch variant {
        case .undetermined:
          "Les textes ne donnent pas de date de clôture : un dossier déposé après le trimestre d'ouverture est indéterminé (déposé avant, il est hors fenêtre)."
        case .quarterEnd: "L'appel se clôture à la fin de son trimestre : un dossier déposé après est hors fenêtre."
        }
      }),
    ReadingDeclaration(
      .relanceContinuTerms, at: \.continuousTerms,
      question:
        "Le taux de 75 % et les engagements du lauréat, énoncés pour les appels à projets (« AAP Cycle de vie de la donnée »), valent-ils pour le guichet continu ?",
      citations: [RelancePlan.coFinancingRate.periods[0].citation, RelanceRules.Commitments.citation],
      applies: { $0.call == .continuous },
      explanation: { variant, p in
        switch variant {
        case .undetermined:
          "Les diapositives visent les « AAP » ; le guichet continu n'est pas un appel à projets et les textes ne lui donnent ni taux ni engagements : au guichet continu, les règles qui en dépendent sont indéterminées et aucun plafond n'est calculé."
        case .applied:
          "Le guichet continu relève du même volet : le plafond de " + p.coFinancingRate.description
            + " du coût total et les engagements du lauréat s'y appliquent."
        }
      }),
    ReadingDeclaration(
      .relanceContinuSizeBase, at: \.continuousSizeBase,
      question: "Que mesure « projets de moins de 100 000 euros » au guichet continu ?",
      citations: [RelancePlan.continuousWindowSizeLimit.periods[0].citation],
      applies: { $0.call == .continuous },
      explanation: { variant, p in
        switch variant {
        case .totalCost: "Le coût total du projet est inférieur à " + p.continuousSizeLimit.description + "."
        case .requestedCoFinancing:
          "Le cofinancement demandé est inférieur à " + p.continuousSizeLimit.description + "."
        }
      }),
    ReadingDeclaration(
      .relanceAap1Closing, at: \.aap1Closing,
      question:
        "Quand le 1er appel à projets s'est-il clôturé : le 19 décembre 2020 prévu, ou « à la fin de l'année 2020 » ?",
      citations: [RelanceCall.aap1ClosingCitation, RelanceCall.aap1ReportedClosingCitation],
      applies: { $0.reportedClosing != nil },
      explanation: { variant, _ in
        switch variant {
        case .undetermined:
          "Le bilan Etalab (« s'est clôturé à la fin de l'année 2020 ») ne donne que le mois de la clôture effective : un dossier déposé du 20 au 31 décembre 2020, après la clôture prévue, est indéterminé."
        case .planned:
          "À la date prévue par la réunion d'information, le 19 décembre 2020 ; le bilan Etalab (« s'est clôturé à la fin de l'année 2020 ») est compatible avec elle sans la confirmer."
        case .yearEnd:
          "Au 31 décembre 2020 : « à la fin de l'année 2020 » (bilan Etalab) est lu comme une clôture à cette date ; un dossier déposé du 20 au 31 décembre 2020 est dans la fenêtre."
        }
      }),
    ReadingDeclaration(
      .relanceCommitmentsTiming, at: \.commitmentsTiming,
      question: "« Les engagements du lauréat » sont-ils exigés dès le dépôt du dossier ?",
      citations: [RelanceRules.Commitments.citation],
      explanation: { variant, _ in
        switch variant {
        case .laureateOnly:
          "Non : ils ne s'imposent qu'au lauréat. Un dossier qui ne les mentionne pas n'est pas incomplet (règle sans objet) ; un refus explicite laisse la règle indéterminée, l'attribution restant à décider."
        case .atFiling:
          "Oui : le dossier les déclare au dépôt ; en refuser un, c'est annoncer que le cofinancement ne pourrait pas être attribué aux conditions de l'appel (non respectée), et un engagement sans réponse manque au dossier."
        }
      }),
  ]
}
