public import FranceRelanceModel

/// The readings of the FTAP guichet (design §3): where seed 004 can be read more than one
/// way, the variant in force of each, the default first.
///
/// ```swift
/// var readings = FTAPReadings()
/// readings.sizeBounds = .guidance
/// FTAPGuichet().report(on: dossier, readings: readings)
/// ```
public struct FTAPReadings: ReadingSet {
  // MARK: Variants

  /// `ftap.window.opening`: « Ouverture: Janvier 2023 » gives only the month.
  public enum WindowOpening: String, ReadingVariant {
    /// A dossier filed in the opening month before its last day is undetermined: the day
    /// the guichet opened is not known, and the filing may precede it.
    case undetermined
    /// The guichet is open from the first day of its opening month.
    case monthStart
  }

  /// `ftap.window.closing`: « Date de clôture du guichet : Fin 2025 » gives no day.
  public enum WindowClosing: String, ReadingVariant {
    /// A dossier filed in the closing month is undetermined: the day the guichet closed is
    /// not known, and the filing may follow it (the letter; the default).
    case undetermined
    /// The guichet is open until the last day of its closing year.
    case yearEnd
  }

  /// `ftap.size.bounds`: « Taille attendue » as a condition or as guidance.
  public enum SizeBounds: String, ReadingVariant {
    /// Outside the bounds the answer is undetermined: the instructor appreciates (the
    /// letter, « Taille **attendue** »; the default since design v3).
    case guidance
    /// Outside the bounds (included) the dossier is ineligible.
    case hard
  }

  /// `ftap.cofinancing.personnel`: what the Titre 2 note implies.
  public enum Personnel: String, ReadingVariant {
    /// The note only allows personnel costs in the administration's share, with no cap of
    /// its own (the letter, « peuvent être prises en compte »; the default since design v3).
    case letter
    /// Personnel costs are not co-financed: for a State administration the request is at
    /// most the total cost minus personnel costs; public operators have no Titre 2.
    case notCoFinanced
  }

  /// `ftap.indicators.reuses`: when the number of reuses is mandatory.
  public enum Reuses: String, ReadingVariant {
    /// When data is provided as files (the letter).
    case files
    /// When data is provided as files or as open data.
    case filesOrOpenData
  }

  /// `ftap.referencing.scope`: which projects the api.gouv.fr / data.gouv.fr obligations
  /// bind.
  public enum ReferencingScope: String, ReadingVariant {
    /// Every project that provides an API or open data (a quality principle).
    case allProjects
    /// Only data-provision projects.
    case dataProvisionOnly
  }

  /// `ftap.tranches.split`: how a grant paid in tranches is split.
  public enum TrancheSplit: String, ReadingVariant {
    /// Tranche 1 at the start, then one at each 6-month milestone strictly before the
    /// project's end; a single milestone gives a second tranche on the end date.
    case withinProject
    /// max(2, ⌈months / 6⌉) tranches every 6 months from the start (version 1).
    case everySixMonths
  }

  /// `ftap.tranches.withheld`: what becomes of a tranche DINUM does not unlock at a
  /// milestone review (« débloquer, avec l'accord de la DINUM, la tranche suivante »).
  public enum WithheldTranche: String, ReadingVariant {
    /// It stays « non débloquée »: still granted, it may be unlocked at a later review
    /// (the letter: the text says nothing of losing it; the default).
    case notUnlocked
    /// It is lost: its amount goes back to the envelope.
    case lost
  }

  /// `ftap.deployment.targets`: what « leur stratégie de déploiement pour atteindre les
  /// jalons des indicateurs retenus » asks of the candidacy.
  public enum DeploymentTargets: String, ReadingVariant {
    /// The strategy only: the milestones' targets may come later, with the award (the
    /// letter; the default).
    case strategyOnly
    /// The strategy and a target for each retained indicator at each 6-month milestone.
    case perMilestone
  }

  /// The parameters the explanations quote.
  public typealias Parameters = FTAPParameters

  // MARK: Stored properties

  /// `ftap.window.opening`.
  public var windowOpening: WindowOpening = .undetermined
  /// `ftap.window.closing`.
  public var windowClosing: WindowClosing = .undetermined
  /// `ftap.size.bounds`.
  public var sizeBounds: SizeBounds = .guidance
  /// `ftap.cofinancing.personnel`.
  public var personnel: Personnel = .letter
  /// `ftap.indicators.reuses`.
  public var reuses: Reuses = .files
  /// `ftap.referencing.scope`.
  public var referencingScope: ReferencingScope = .allProjects
  /// `ftap.tranches.split`.
  public var trancheSplit: TrancheSplit = .withinProject
  /// `ftap.tranches.withheld`.
  public var withheldTranche: WithheldTranche = .notUnlocked
  /// `ftap.deployment.targets`.
  public var deploymentTargets: DeploymentTargets = .strategyOnly

  /// Every reading at its default.
  public init() {}

  // MARK: Declarations

  /// The readings, in report order.
  public static let declarations: [ReadingDeclaration<FTAPReadings>] = [
    ReadingDeclaration(
      .ftapWindowOpening, at: \.windowOpening,
      question:
        "Le texte ne donne que le mois d'ouverture : un dossier déposé ce mois-là l'est-il après l'ouverture ?",
      citations: [FTAPEdition.openingCitation],
      applies: { $0.window.opening.precision != .day },
      explanation: { variant, p in
        let month = p.window.opening.frenchDescription
        return switch variant {
        case .undetermined:
          "Le texte ne donne pas le jour d'ouverture : un dossier déposé en " + month
            + " avant le dernier jour du mois a pu précéder l'ouverture ; la règle est indéterminée."
        case .monthStart: "Le guichet est ouvert dès le premier jour de " + month + "."
        }
      }),
    ReadingDeclaration(
      .ftapWindowClosing, at: \.windowClosing,
      question:
        "Le texte ne donne pas le jour de clôture : un dossier déposé le mois de la clôture l'est-il avant elle ?",
      citations: [FTAPEdition.closingCitation],
      applies: { $0.window.closing.precision != .day },
      explanation: { variant, p in
        let month = p.window.closing.frenchDescription
        return switch variant {
        case .undetermined:
          "Le texte ne donne pas le jour de clôture : un dossier déposé en " + month
            + " a pu suivre la clôture ; la règle est indéterminée."
        case .yearEnd: "Le guichet est ouvert jusqu'au dernier jour de " + month + " inclus."
        }
      }),
    ReadingDeclaration(
      .ftapSizeBounds, at: \.sizeBounds,
      question: "« Taille attendue des projets » est-elle une condition d'éligibilité ou une indication ?",
      citations: [Citation(.ftapDataGuichet, at: "Taille attendue des projets", quoting: "Entre 100 000 € et 1M€")],
      explanation: { variant, p in
        let bounds = p.minimumSize.description + " – " + p.maximumSize.description
        return switch variant {
        case .hard:
          "Une condition : un coût total hors de " + bounds + " (bornes comprises) rend le dossier inéligible."
        case .guidance:
          "Une indication : un coût total hors de " + bounds
            + " ne tranche pas l'éligibilité ; la règle est indéterminée et l'instruction apprécie."
        }
      }),
    ReadingDeclaration(
      .ftapCofinancingPersonnel, at: \.personnel,
      question: "Que fixe la note sur les dépenses de personnel (Titre 2) ?",
      citations: [personnelCitation],
      explanation: { variant, _ in
        switch variant {
        case .notCoFinanced:
          "Les dépenses de personnel (Titre 2) restent dans la part de l'administration et ne sont pas cofinancées : pour une administration de l'État, le cofinancement demandé ne dépasse pas le coût total diminué de ces dépenses. Le Titre 2 étant le budget de personnel de l'État, la règle est sans objet pour un opérateur public."
        case .letter:
          "La note permet seulement de compter ces dépenses dans la part de l'administration ; elle ne fixe pas de plafond propre (règle respectée ou sans objet)."
        }
      }),
    ReadingDeclaration(
      .ftapIndicatorsReuses, at: \.reuses,
      question: "Quand le nombre de projets réutilisant la donnée est-il obligatoire ?",
      citations: [FTAPIndicator.provisionReuses.citation],
      explanation: { variant, _ in
        switch variant {
        case .files: "Quand les données sont mises à disposition par fichiers (la lettre du texte)."
        case .filesOrOpenData:
          "Quand les données sont mises à disposition par fichiers ou en open data (l'open data étant publiée en fichiers)."
        }
      }),
    ReadingDeclaration(
      .ftapReferencingScope, at: \.referencingScope,
      question: "Quels projets le référencement sur api.gouv.fr et data.gouv.fr concerne-t-il ?",
      citations: [
        FTAPGuichet.qualityCitation,
        FTAPCommitment.apiGouvReferencing.citation,
      ],
      explanation: { variant, _ in
        switch variant {
        case .allProjects:
          "Tout projet qui met à disposition une API ou des données ouvertes (principe de qualité de tous les projets). Pour un projet qui n'est pas de mise à disposition, l'absence de canaux déclarés est lue comme l'absence de données fournies à des tiers."
        case .dataProvisionOnly: "Seulement les projets de mise à disposition de données."
        }
      }),
    ReadingDeclaration(
      .ftapTranchesSplit, at: \.trancheSplit,
      question: "Comment un financement débloqué par tranches se répartit-il ?",
      citations: [FTAPEdition.trancheCitation, FTAPEdition.milestoneCitation],
      explanation: { variant, p in
        let interval = String(p.milestoneIntervalMonths)
        return switch variant {
        case .withinProject:
          "Une tranche au démarrage, puis une à chaque jalon de " + interval
            + " mois strictement avant la fin du projet ; s'il n'y a qu'un jalon, la seconde tranche est à la date de fin. Montants égaux, centimes restants sur la première, aucune tranche de 0 €."
        case .everySixMonths:
          "max(2, ⌈durée / " + interval + "⌉) tranches tous les " + interval
            + " mois depuis le démarrage (version 1), même après la fin du projet. Montants égaux, centimes restants sur la première."
        }
      }),
    ReadingDeclaration(
      .ftapTranchesWithheld, at: \.withheldTranche,
      question:
        "« Débloquer, avec l'accord de la DINUM, la tranche suivante » : que devient une tranche que la DINUM ne débloque pas à une revue de jalon ?",
      citations: [FTAPEdition.milestoneCitation],
      explanation: { variant, _ in
        switch variant {
        case .notUnlocked:
          "Elle reste « non débloquée » : toujours attribuée, elle peut être débloquée à une revue suivante, avec l'accord de la DINUM. Le texte ne dit pas qu'elle est perdue."
        case .lost:
          "Elle est perdue : son montant revient à l'enveloppe, qui le voit libéré à la date de la revue."
        }
      }),
    ReadingDeclaration(
      .ftapDeploymentTargets, at: \.deploymentTargets,
      question:
        "« Ils indiqueront dans leur candidature leur stratégie de déploiement pour atteindre les jalons des indicateurs retenus » : le dossier doit-il donner une cible par indicateur et par jalon ?",
      citations: [FTAPRules.DeploymentStrategy.citation, FTAPEdition.milestoneCitation],
      explanation: { variant, p in
        switch variant {
        case .perMilestone:
          "Oui : « les jalons des indicateurs retenus » sont lus comme une cible par indicateur retenu à chaque jalon de "
            + String(p.milestoneIntervalMonths) + " mois ; une cible manquante rend le dossier incomplet."
        case .strategyOnly:
          "Non : le texte demande la stratégie ; les cibles peuvent venir à la convention. Seule la stratégie est exigée."
        }
      }),
  ]

  /// The Titre 2 note.
  public static let personnelCitation = Citation(
    .ftapDataGuichet, at: "Règles de cofinancement (note 1)",
    quoting:
      "Les dépenses de personnel (Titre 2) peuvent être prises en compte dans la part financée par l'administration porteuse (reprendre les éléments de la DITP sur le sujet)"
  )
}
