public import FranceRelanceModel

/// A dossier filed at the FTAP guichet « Exploitation et valorisation des données ».
///
/// The common fields (`DossierBasics`) read directly:
/// `dossier.totalCost`. Any field may be absent; a rule that needs it then reports missing
/// input.
///
/// ```swift
/// var dossier = FTAPDossier()
/// dossier.projectTypes = [.dataProvision]
/// dossier.dataProvision = DataProvision(openData: true, api: true)
/// dossier.totalCost = .thousands(400)
/// FTAPGuichet().assess(dossier).status  // .incomplete until the other fields are filled
/// ```
public struct FTAPDossier: ProgrammeDossier {
  // MARK: Stored properties

  /// The fields every programme shares.
  public var basics: DossierBasics
  /// The project types; a project may combine them.
  public var projectTypes: EnumSet<FTAPProjectType>?
  /// The data-provision channels (for data-provision projects).
  public var dataProvision: DataProvision?
  /// The commitments: `true` committed, `false` refused, absent unknown.
  public var commitments: EnumFlags<FTAPCommitment>?
  /// The indicators the dossier plans to report, by identifier.
  public var plannedIndicators: EnumSet<FTAPIndicator>?
  /// How the project measures its impact (modèle de mesure d'impact), in the applicant's
  /// words.
  ///
  /// Setting it also updates ``impactModelIsDescribed``.
  public var impactModel: String? {
    didSet { impactModelIsDescribed = impactModel.map(Self.isDescribed) }
  }
  /// Whether ``impactModel`` holds something other than white space; `nil` when it is
  /// absent.
  ///
  /// Kept beside the text and updated whenever the text is set, so that a verdict reads
  /// one flag instead of walking the text (rule `ftap.impactModel`).
  public private(set) var impactModelIsDescribed: Bool?
  /// Whether personal data is processed, and on which legal basis. Setting it also
  /// updates ``personalDataBasisIsStated``.
  public var personalData: PersonalDataProcessing? {
    didSet { personalDataBasisIsStated = personalData?.legalBasis.map(Self.isDescribed) ?? false }
  }
  /// Whether the personal-data declaration states a legal basis (visible text): kept
  /// beside it for the verdict (rule `ftap.personalData`).
  public private(set) var personalDataBasisIsStated: Bool
  /// The deployment strategy and the milestones of the indicators retained (rule
  /// `ftap.deployment`). Setting it also updates ``deploymentSummary``.
  public var deployment: Deployment? {
    didSet { deploymentSummary = deployment.map(Deployment.Summary.init) }
  }
  /// What rule `ftap.deployment` reads of ``deployment``, as plain values.
  public private(set) var deploymentSummary: Deployment.Summary?
  /// For a proactive project that attributes an aid or a service automatically, the
  /// estimated total amount so attributed (« dans ce cas en précisant le montant total
  /// estimé en euros », criterion « Proactivité "jusqu'au bout" »).
  public var automaticAwardEstimate: Euros?
  /// How the project produces real impact experimentally in less than 6 months, in the
  /// applicant's words (« capacité à produire de l'impact réel de manière expérimentale en
  /// moins de 6 mois », on which public-policy projects are questioned).
  public var experimentalImpact: String?

  // MARK: Creating dossiers

  /// Creates a dossier.
  public init(
    basics: DossierBasics = DossierBasics(), projectTypes: EnumSet<FTAPProjectType>? = nil,
    dataProvision: DataProvision? = nil, commitments: EnumFlags<FTAPCommitment>? = nil,
    plannedIndicators: EnumSet<FTAPIndicator>? = nil, impactModel: String? = nil,
    personalData: PersonalDataProcessing? = nil, deployment: Deployment? = nil, automaticAwardEstimate: Euros? = nil,
    experimentalImpact: String? = nil
  ) {
    self.basics = basics
    self.projectTypes = projectTypes
    self.dataProvision = dataProvision
    self.commitments = commitments
    self.plannedIndicators = plannedIndicators
    self.impactModel = impactModel
    self.impactModelIsDescribed = impactModel.map(Self.isDescribed)
    self.personalData = personalData
    self.personalDataBasisIsStated = personalData?.legalBasis.map(Self.isDescribed) ?? false
    self.deployment = deployment
    self.deploymentSummary = deployment.map(Deployment.Summary.init)
    self.automaticAwardEstimate = automaticAwardEstimate
    self.experimentalImpact = experimentalImpact
  }

  // MARK: Reading the impact model

  /// Whether a text holds something visible: not only white space, control and format
  /// characters (zero-width space, word joiner, bidi marks…), default-ignorable code
  /// points, combining marks on nothing, or blank symbols (the Braille blank). ASCII bytes
  /// are read directly; the first non-ASCII byte falls back to the scalars' Unicode
  /// properties over the whole text.
  static func isDescribed(_ text: String) -> Bool {
    for byte in text.utf8 {
      switch byte {
      case 0x00...0x20, 0x7F: continue
      case 0x21...0x7E: return true
      default: return text.unicodeScalars.contains(where: isVisible)
      }
    }
    return false
  }

  /// Whether a scalar shows something on its own.
  static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    if properties.isWhitespace || properties.isDefaultIgnorableCodePoint { return false }
    if scalar.value == 0x2800 { return false }  // BRAILLE PATTERN BLANK
    switch properties.generalCategory {
    case .control, .format, .surrogate, .unassigned, .nonspacingMark, .enclosingMark, .spacingMark,
      .lineSeparator, .paragraphSeparator, .spaceSeparator:
      return false
    default: return true
    }
  }
}
