/// The optional fields of a ``Commitment`` (the beneficiary's name and the publication
/// details), boxed because most commitments have none: a commitment without them is then
/// copied as a few words, and a ledger stores the box it was given without copying it.
final class CommitmentExtras: Sendable, Hashable {
  // MARK: Stored properties

  /// The beneficiary's name.
  let beneficiary: String?
  /// What publishing the award needs.
  let details: AwardDetails?

  // MARK: Creating boxes

  private init(beneficiary: String?, details: AwardDetails?) {
    self.beneficiary = beneficiary
    self.details = details
  }

  /// A box for the fields, or `nil` when both are absent (no allocation then).
  static func boxing(beneficiary: String?, details: AwardDetails?) -> CommitmentExtras? {
    if case .none = beneficiary, case .none = details { return nil }
    return CommitmentExtras(beneficiary: beneficiary, details: details)
  }

  // MARK: Equality

  /// Whether both boxes hold equal fields.
  static func == (lhs: CommitmentExtras, rhs: CommitmentExtras) -> Bool {
    lhs === rhs || (lhs.beneficiary == rhs.beneficiary && lhs.details == rhs.details)
  }

  /// Hashes the fields.
  func hash(into hasher: inout Hasher) {
    hasher.combine(beneficiary)
    hasher.combine(details)
  }
}
