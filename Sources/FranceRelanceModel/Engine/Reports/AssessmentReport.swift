/// What `relance assess` prints: the assessment plus the co-financing, the tranche
/// schedule, the mandatory indicators, the readings in force and the readings that would
/// change the status.
public struct AssessmentReport: Sendable, Hashable {
  // MARK: Stored properties

  /// The findings and the verdict.
  public let assessment: Assessment
  /// The programme's French title.
  public let title: String
  /// The edition whose numbers were applied.
  public let edition: String
  /// The co-financing figures; `nil` when the programme fixes no cap.
  public let coFinancing: CoFinancing?
  /// The payment schedule; empty when the programme's texts fix none.
  public let tranches: [Tranche]
  /// The indicators the dossier must report; empty when none.
  public let mandatoryIndicators: [IndicatorReference]
  /// The smallest numeric changes that would bring the dossier within the programme's
  /// limits; empty when none is needed or none exists.
  public let remedies: [Remedy]
  /// Whether applying every remedy makes the dossier eligible; `nil` when there is none.
  public let remediesSuffice: Bool?
  /// Every reading of the programme with the variant in force.
  public let readings: [AppliedReading]
  /// Each other variant that would change the status, with that status.
  public let sensitivity: [Sensitivity]
  /// What a reform did, when the report was made under one (`relance assess --reform`);
  /// `nil` under the texts.
  public var reform: ReformNote?

  // MARK: Creating reports

  /// Creates a report.
  public init(
    assessment: Assessment, title: String, edition: String, coFinancing: CoFinancing?, tranches: [Tranche] = [],
    mandatoryIndicators: [IndicatorReference] = [], remedies: [Remedy] = [], remediesSuffice: Bool? = nil,
    readings: [AppliedReading] = [], sensitivity: [Sensitivity] = []
  ) {
    self.assessment = assessment
    self.title = title
    self.edition = edition
    self.coFinancing = coFinancing
    self.tranches = tranches
    self.mandatoryIndicators = mandatoryIndicators
    self.remedies = remedies
    self.remediesSuffice = remedies.isEmpty ? nil : remediesSuffice
    self.readings = readings
    self.sensitivity = sensitivity
  }

  /// The overall verdict.
  public var status: AssessmentStatus { assessment.status }
}
