extension Outcome {
  /// The kind of an outcome, as a plain value: what a verdict path records for each rule
  /// before any message or field list is built.
  public enum Kind: UInt8, Sendable, Hashable, Codable, CaseIterable {
    /// The rule is satisfied (respectée).
    case satisfied
    /// The rule is violated (non respectée).
    case violated
    /// The rule does not apply (sans objet).
    case notApplicable
    /// The rule lacks input (information manquante).
    case missingInput

    /// The status of a set of outcomes: ineligible when one is violated, otherwise
    /// incomplete when one lacks input, otherwise eligible.
    public static func status(of kinds: some Sequence<Kind>) -> AssessmentStatus {
      var incomplete = false
      for kind in kinds {
        switch kind {
        case .violated: return .ineligible
        case .missingInput: incomplete = true
        case .satisfied, .notApplicable: break
        }
      }
      return incomplete ? .incomplete : .eligible
    }
  }
}
