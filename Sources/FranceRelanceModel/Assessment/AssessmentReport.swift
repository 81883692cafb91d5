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

  // MARK: Creating reports

  /// Creates a report.
  public init(
    assessment: Assessment, coFinancing: CoFinancing?, tranches: [Tranche] = [],
    mandatoryIndicators: [String] = []
  ) {
    self.assessment = assessment
    self.coFinancing = coFinancing
    self.tranches = tranches
    self.mandatoryIndicators = mandatoryIndicators
  }

  /// The overall verdict.
  public var status: AssessmentStatus { assessment.status }
}
