/// The legal kind of the body that files a dossier (porteur de projet).
///
/// The raw values are the interchange identifiers of the dossier format.
public enum ApplicantKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A State administration, central or deconcentrated (administration d'État).
  case stateAdministration
  /// A public operator or public establishment (opérateur public).
  case publicOperator
  /// A local authority (collectivité territoriale).
  case localAuthority
  /// A company (entreprise).
  case company
  /// An association.
  case association
  /// Any other kind of body.
  case other

  /// The French name of the kind.
  public var frenchName: String {
    switch self {
    case .stateAdministration: "administration d'État"
    case .publicOperator: "opérateur public"
    case .localAuthority: "collectivité territoriale"
    case .company: "entreprise"
    case .association: "association"
    case .other: "autre"
    }
  }
}
