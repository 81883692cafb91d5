/// Whether a project processes personal or sensitive data, and on which legal basis.
///
/// Seed 004 asks public-policy projects that process personal and/or sensitive data to
/// make sure « que le cadre juridique le permet et que les exigences associées soient
/// remplies ». Interchange form: `{"processed": true, "legalBasis": "…"}`.
public struct PersonalDataProcessing: Sendable, Hashable {
  /// Whether personal or sensitive data is processed.
  public var processed: Bool?
  /// The legal basis of the processing, in the applicant's words.
  public var legalBasis: String?

  /// Creates the declaration.
  public init(processed: Bool? = nil, legalBasis: String? = nil) {
    self.processed = processed
    self.legalBasis = legalBasis
  }
}
