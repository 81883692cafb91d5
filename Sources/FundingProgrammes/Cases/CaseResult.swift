public import FranceRelanceModel

/// The result of a regulation case: its differences from the expectation (none when it
/// passes) and the report it compared.
public struct CaseResult: Sendable, Hashable {
  /// The case's name.
  public let name: String
  /// What differs from the expectation, in French; empty when the case passes.
  public let differences: [String]
  /// The report the case compared; `nil` when the dossier was refused.
  public let report: AssessmentReport?

  /// Creates a result.
  public init(name: String, differences: [String], report: AssessmentReport? = nil) {
    self.name = name
    self.differences = differences
    self.report = report
  }

  /// Whether the answer matches the expectation.
  public var passed: Bool { differences.isEmpty }
}
