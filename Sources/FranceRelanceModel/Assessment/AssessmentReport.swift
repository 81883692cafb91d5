/// What `relance assess` prints: the assessment plus the co-financing, the tranche
/// schedule and the mandatory indicators the programme implies for the dossier.
public struct AssessmentReport: Sendable, Hashable {
  // MARK: Stored properties

  /// The findings and the verdict.
  public let assessment: Assessment
  /// The co-financing figures; `nil` when the programme fixes no cap.
  public let coFinancing: CoFinancing?
  /// The payment schedule; empty when the programme's texts fix none.
  public let tranches: [Tranche]
  /// The identifiers of the indicators the dossier must report; empty when none.
  public let mandatoryIndicators: [String]
  /// The smallest numeric changes that would bring the dossier within the programme's
  /// limits; empty when none is needed or none exists.
  public let remedies: [Remedy]
  /// Whether applying every remedy makes the dossier eligible; `nil` when there is none.
  public let remediesSuffice: Bool?

  // MARK: Creating reports

  /// Creates a report.
  public init(
    assessment: Assessment, coFinancing: CoFinancing?, tranches: [Tranche] = [],
    mandatoryIndicators: [String] = [], remedies: [Remedy] = [], remediesSuffice: Bool? = nil
  ) {
    self.assessment = assessment
    self.coFinancing = coFinancing
    self.tranches = tranches
    self.mandatoryIndicators = mandatoryIndicators
    self.remedies = remedies
    self.remediesSuffice = remedies.isEmpty ? nil : remediesSuffice
  }

  /// The overall verdict.
  public var status: AssessmentStatus { assessment.status }
}
