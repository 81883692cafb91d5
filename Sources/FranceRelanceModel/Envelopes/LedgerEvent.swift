/// One change to an ``EnvelopeLedger``.
///
/// A ledger is exactly the replay of its events: ``EnvelopeLedger/init(tree:replaying:)``
/// rebuilds it, and refuses a log whose event cannot apply.
///
/// Interchange form (also its `Codable` form):
///
/// ```json
/// {"type": "commit", "reference": "AAP1-ANAIS", "envelope": "relance.itn.p352.cvd.aap1",
///  "amount": "350000.00", "date": "2021-03-03", "beneficiary": "Ministère des Armées"}
/// {"type": "release", "reference": "AAP1-ANAIS", "amount": "50000.00", "date": "2021-10-01"}
/// ```
public enum LedgerEvent: Sendable, Hashable {
  /// Money committed to an award.
  case committed(Commitment)
  /// Money given back from a commitment (all or part of what remains of it).
  case released(reference: String, amount: Euros, date: CalendarDate)

  /// The reference of the award the event concerns.
  public var reference: String {
    switch self {
    case .committed(let commitment): commitment.reference
    case .released(let reference, _, _): reference
    }
  }

  /// The day of the event: a commitment's date or a release's.
  public var date: CalendarDate {
    switch self {
    case .committed(let commitment): commitment.date
    case .released(_, _, let date): date
    }
  }
}
