/// The verdict on a dossier without its findings: the status and the co-financing cap.
///
/// For services that only need to triage dossiers: a programme computes it without
/// building findings or messages (FTAP: ``AssessmentStatus`` and cap in a few hundred
/// nanoseconds, no heap allocation). A property test checks it always agrees with the full
/// assessment.
public struct Verdict: Sendable, Hashable {
  /// The overall status, the same as the full assessment's.
  public let status: AssessmentStatus
  /// The co-financing cap; `nil` when the total cost is unknown.
  public let cap: Euros?

  /// Creates a verdict.
  public init(status: AssessmentStatus, cap: Euros?) {
    self.status = status
    self.cap = cap
  }
}
