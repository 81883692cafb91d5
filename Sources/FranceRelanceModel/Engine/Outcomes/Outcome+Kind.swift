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
    /// The texts do not settle the question (indéterminée).
    case undetermined

    /// The kind's 3-bit code in ``OutcomeKinds``: its raw value, read without the switch
    /// that `rawValue` compiles to.
    @inlinable @inline(__always)
    var code: UInt8 { unsafeBitCast(self, to: UInt8.self) }

    /// The kind of a 3-bit code of ``OutcomeKinds`` (a raw value; codes above 4, which
    /// ``OutcomeKinds`` never stores, read as `undetermined`), without the switch that
    /// `init(rawValue:)` compiles to.
    @inlinable @inline(__always)
    init(code: UInt8) {
      assert(code <= 4, "not an outcome code")
      self = unsafeBitCast(Swift.min(code, 4), to: Kind.self)
    }

    /// The interchange name: `satisfied`, `violated`, `notApplicable`, `missingInput` or
    /// `undetermined`.
    public var name: String {
      switch self {
      case .satisfied: "satisfied"
      case .violated: "violated"
      case .notApplicable: "notApplicable"
      case .missingInput: "missingInput"
      case .undetermined: "undetermined"
      }
    }

    /// The French name, as a report prints it: « respectée », « non respectée »…
    public var frenchName: String {
      switch self {
      case .satisfied: "respectée"
      case .violated: "non respectée"
      case .notApplicable: "sans objet"
      case .missingInput: "information manquante"
      case .undetermined: "indéterminée"
      }
    }

    /// The status of a set of outcomes (design §3): ineligible when one is violated,
    /// otherwise incomplete when one lacks input, otherwise undetermined when the texts
    /// settle one of them for no reading, otherwise eligible.
    public static func status(of kinds: some Sequence<Kind>) -> AssessmentStatus {
      var incomplete = false
      var undetermined = false
      for kind in kinds {
        switch kind {
        case .violated: return .ineligible
        case .missingInput: incomplete = true
        case .undetermined: undetermined = true
        case .satisfied, .notApplicable: break
        }
      }
      return incomplete ? .incomplete : undetermined ? .undetermined : .eligible
    }
  }
}
