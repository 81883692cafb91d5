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
  /// The beneficiary and details, boxed; `nil` when neither is given.
  let extras: CommitmentExtras?

  /// The beneficiary's name, when recorded.
  public var beneficiary: String? { extras?.beneficiary }
  /// What publishing the award needs (SCDL « subventions »): the beneficiary's
  /// identifiers, the convention, the object, the project's total cost, the payments.
  public var details: AwardDetails? { extras?.details }

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
    extras = .boxing(beneficiary: beneficiary, details: details)
  }

  /// Creates a commitment with boxed optional fields, as a ledger stores them.
  init(
    reference: String, envelope: EnvelopeIdentifier, amount: Euros, date: CalendarDate, extras: CommitmentExtras?
  ) {
    self.reference = reference
    self.envelope = envelope
    self.amount = amount
    self.date = date
    self.extras = extras
  }
}
