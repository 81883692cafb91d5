import FranceRelanceModel

/// The envelope ledger replayed, in date order, up to an event of the `ledgerEvents`
/// table. The table is append-only, so a later write brings it up to date by applying the
/// events after `lastSequence`, when none is dated before `lastDate`; otherwise it
/// replays the whole table again in date order (``LedgerStore/updateLedger(_:_:)``).
///
/// The store keeps it in a mutex and updates it in place inside the serialised write
/// transaction: the mutex's value is the ledger's only owner, so applying an event copies
/// nothing (a copy would cost the whole ledger at each write).
struct LedgerCache: Sendable {
  /// The sequence number of the last event applied (0 for none).
  var lastSequence: Int64
  /// The text of that event as stored: a cache whose last event is not the table's (a
  /// write whose commit failed after the cache moved) is replayed again.
  var lastEvent: String?
  /// The latest date of the events applied, if any.
  var lastDate: CalendarDate?
  /// The ledger after them.
  var ledger: EnvelopeLedger
}
