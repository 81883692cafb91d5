/// An award recorded against an envelope (engagement).
///
/// The reference identifies the award (a dossier reference, a convention number) and is
/// never committed twice in a ledger.
public struct Commitment: Sendable, Hashable {
  // MARK: Stored properties

  /// The award's unique reference.
  public let reference: String
  /// The envelope the money comes from.
  public let envelope: EnvelopeIdentifier
  /// The amount awarded (positive).
  public let amount: Euros
  /// The day of the award.
  public let date: CalendarDate
  /// The beneficiary's name, when recorded.
  public let beneficiary: String?
  /// What publishing the award needs (SCDL « subventions »): the beneficiary's
  /// identifiers, the convention, the object, the project's total cost, the payments.
  public let details: AwardDetails?

  // MARK: Creating commitments

  /// Creates a commitment; the ledger checks it when it is committed.
  public init(
    reference: String, envelope: EnvelopeIdentifier, amount: Euros, date: CalendarDate,
    beneficiary: String? = nil, details: AwardDetails? = nil
  ) {
    self.reference = reference
    self.envelope = envelope
    self.amount = amount
    self.date = date
    self.beneficiary = beneficiary
    self.details = details
  }
}
