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
  public var impactModel: String?
  /// Whether personal data is processed, and on which legal basis.
  public var personalData: PersonalDataProcessing?

  // MARK: Creating dossiers

  /// Creates a dossier.
  public init(
    basics: DossierBasics = DossierBasics(), projectTypes: EnumSet<FTAPProjectType>? = nil,
    dataProvision: DataProvision? = nil, commitments: EnumFlags<FTAPCommitment>? = nil,
    plannedIndicators: EnumSet<FTAPIndicator>? = nil, impactModel: String? = nil,
    personalData: PersonalDataProcessing? = nil
  ) {
    self.basics = basics
    self.projectTypes = projectTypes
    self.dataProvision = dataProvision
    self.commitments = commitments
    self.plannedIndicators = plannedIndicators
    self.impactModel = impactModel
    self.personalData = personalData
  }
}
