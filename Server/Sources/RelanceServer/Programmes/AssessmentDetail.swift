/// How much an assessment answer says (`?detail=`): the full report of design §6 with every
/// French finding, or the compact verdict of `relance assess --verdict`.
enum AssessmentDetail: String, Sendable, CaseIterable {
  /// The full report (the default).
  case full
  /// The compact verdict.
  case verdict
}
