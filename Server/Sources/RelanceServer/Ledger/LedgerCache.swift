import FranceRelanceModel

/// The envelope ledger replayed, in date order, up to an event of the `ledgerEvents`
/// table. The table is append-only, so a later write brings it up to date by applying the
/// events after `lastSequence`, when none is dated before `lastDate`; otherwise it
/// replays the whole table again in date order.
struct LedgerCache: Sendable {
  /// The sequence number of the last event recorded (0 for none).
  let lastSequence: Int64
  /// The latest date of the events applied, if any.
  let lastDate: CalendarDate?
  /// The ledger after them.
  let ledger: EnvelopeLedger
}
