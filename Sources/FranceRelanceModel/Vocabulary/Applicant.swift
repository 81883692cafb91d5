/// The body that files a dossier (porteur de projet).
public struct Applicant: Sendable, Hashable, Codable {
  /// The applicant's name, as filed.
  public var name: String?
  /// The applicant's legal kind; `nil` when the dossier does not say.
  public var kind: ApplicantKind?
  /// The establishment's SIRET, when given (validated).
  public var siret: SIRET?

  /// Creates an applicant.
  public init(name: String? = nil, kind: ApplicantKind? = nil, siret: SIRET? = nil) {
    self.name = name
    self.kind = kind
    self.siret = siret
  }
}
