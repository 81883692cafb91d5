/// The commitments made against an envelope tree, as a pure value.
///
/// A commitment takes money from an envelope and from every ancestor of it. The ledger
/// refuses one that would take any of them past its amount, refuses a reference committed
/// before (even if released since), and a refused operation leaves the ledger exactly as it
/// was. Releases give money back. Every accepted change is recorded as a ``LedgerEvent``;
/// replaying the events on the same tree rebuilds an equal ledger.
///
/// ```swift
/// var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
/// try ledger.commit(Commitment(
///   reference: "AAP1-ANAIS", envelope: RelanceCall.aap1.envelopeIdentifier,
///   amount: .thousands(350), date: try CalendarDate(iso: "2021-03-03")))
/// ledger.remaining(in: RelanceCall.aap1.envelopeIdentifier)  // 5 650 000 €
/// let copy = try EnvelopeLedger(tree: ledger.tree, replaying: ledger.events)  // == ledger
/// ```
public struct EnvelopeLedger: Sendable, Hashable {
  // MARK: Nested types

  /// A commitment and how much of it was released since.
  public struct Entry: Sendable, Hashable {
    /// The commitment as recorded.
    public let commitment: Commitment
    /// The total released from it.
    public internal(set) var released: Euros

    /// What is still committed under the reference.
    public var outstanding: Euros { Euros(uncheckedCents: commitment.amount.cents - released.cents) }
  }

  // MARK: Stored properties

  /// The envelope tree the ledger draws on.
  public let tree: Envelope
  /// Every accepted change, in order, rebuilt from the ledger's compact log.
  ///
  /// - Complexity: O(*n*) for *n* events.
  public var events: [LedgerEvent] {
    log.map { record in
      switch record {
      case .committed(let entry):
        .committed(commitments[entry])
      case .released(let entry, let cents, let date):
        .released(reference: commitments[entry].reference, amount: Euros(uncheckedCents: cents), date: date)
      }
    }
  }
  /// The tree, indexed once: position of each envelope, its parent's position (-1 for the
  /// root), its amount and what is committed in it, in cents.
  private var identifiers: [EnvelopeIdentifier] = []
  private var parents: [Int] = []
  private var amounts: [Int64] = []
  private var committedCents: [Int64] = []
  /// The commitments in the order they were made, what was released from each, and the
  /// position of each reference (one hash per commitment).
  private var commitments: [Commitment] = []
  private var releasedCents: [Int64] = []
  private var entryIndex: [String: Int] = [:]
  /// The events as indices into `commitments`.
  private var log: [LogRecord] = []

  private enum LogRecord: Sendable, Hashable {
    case committed(entry: Int)
    case released(entry: Int, cents: Int64, date: CalendarDate)
  }

  // MARK: Creating ledgers

  /// Creates an empty ledger over a tree.
  ///
  /// - Throws: ``Envelope/TreeError`` when the tree breaks its invariant.
  public init(tree: Envelope) throws(Envelope.TreeError) {
    try tree.validate()
    self.tree = tree
    func index(_ envelope: Envelope, parent: Int) {
      let position = amounts.count
      identifiers.append(envelope.id)
      parents.append(parent)
      amounts.append(envelope.amount.cents)
      committedCents.append(0)
      for child in envelope.children { index(child, parent: position) }
    }
    index(tree, parent: -1)
  }

  /// Rebuilds a ledger by replaying an event log on a tree.
  ///
  /// - Complexity: O(*n* × *d*) for *n* events and a tree of depth *d*.
  /// - Throws: ``LedgerReplayError`` with the position of the first event that cannot
  ///   apply. An invalid tree is reported at position 0 as
  ///   ``LedgerError/unknownEnvelope(_:)`` of the root.
  public init(tree: Envelope, replaying events: some Sequence<LedgerEvent>) throws(LedgerReplayError) {
    do {
      try self.init(tree: tree)
    } catch {
      throw LedgerReplayError(position: 0, error: .unknownEnvelope(tree.id))
    }
    for (position, event) in events.enumerated() {
      do {
        try apply(event)
      } catch {
        throw LedgerReplayError(position: position, error: error)
      }
    }
  }

  // MARK: Changing the ledger

  /// Reserves room for a number of commitments, so that recording them does not grow the
  /// ledger's storage step by step.
  ///
  /// - Complexity: O(*n*) for the current number of commitments.
  public mutating func reserveCapacity(commitments count: Int) {
    commitments.reserveCapacity(count)
    releasedCents.reserveCapacity(count)
    entryIndex.reserveCapacity(count)
    log.reserveCapacity(count)
  }

  /// Applies one event: a commitment or a release.
  ///
  /// - Throws: ``LedgerError``; the ledger is then unchanged.
  public mutating func apply(_ event: LedgerEvent) throws(LedgerError) {
    switch event {
    case .committed(let commitment): try commit(commitment)
    case .released(let reference, let amount, let date): try release(amount, from: reference, on: date)
    }
  }

  /// Commits money to an award.
  ///
  /// - Throws: ``LedgerError`` when the reference is empty or already used, the envelope
  ///   unknown, the amount not positive, or the amount beyond what the envelope or any
  ///   ancestor has left. The ledger is then unchanged.
  public mutating func commit(_ commitment: Commitment) throws(LedgerError) {
    guard !commitment.reference.isEmpty else { throw .emptyReference }
    guard commitment.amount > .zero else { throw .nonPositiveAmount }
    let cents = commitment.amount.cents
    // Check every level before changing anything.
    let start = position(of: commitment.envelope)
    var failing: (position: Int, available: Int64)?
    var position = start ?? -1
    while position >= 0 {
      let available = amounts[position] - committedCents[position]
      if cents > available {
        failing = (position, available)
        break
      }
      position = parents[position]
    }
    // One hash of the reference: insert, and undo when the commitment is refused.
    let entry = commitments.count
    if let previous = entryIndex.updateValue(entry, forKey: commitment.reference) {
      entryIndex[commitment.reference] = previous
      throw .duplicateReference(commitment.reference)
    }
    guard let start, failing == nil else {
      entryIndex.removeValue(forKey: commitment.reference)
      guard let failing else { throw .unknownEnvelope(commitment.envelope) }
      throw .exceedsEnvelope(
        identifier(at: failing.position), requested: commitment.amount,
        available: Euros(uncheckedCents: failing.available))
    }
    // Every level was checked above.
    addToPath(from: start, cents)
    commitments.append(commitment)
    releasedCents.append(0)
    log.append(.committed(entry: entry))
  }

  /// Releases part of a commitment (désengagement), giving the amount back to every
  /// envelope up to the root.
  ///
  /// - Throws: ``LedgerError`` for an unknown reference, a non-positive amount or more
  ///   than is outstanding; the ledger is then unchanged.
  public mutating func release(_ amount: Euros, from reference: String, on date: CalendarDate) throws(LedgerError) {
    guard amount > .zero else { throw .nonPositiveAmount }
    guard let entry = entryIndex[reference] else { throw .unknownReference(reference) }
    let recorded = self.entry(at: entry)
    guard amount <= recorded.outstanding else {
      throw .releaseExceedsOutstanding(reference, requested: amount, outstanding: recorded.outstanding)
    }
    // The envelope was found when the commitment was accepted.
    addToPath(from: self.position(of: recorded.commitment.envelope) ?? -1, -amount.cents)
    releasedCents[entry] += amount.cents
    log.append(.released(entry: entry, cents: amount.cents, date: date))
  }

  /// Adds `cents` (negative to subtract) to what is committed in an envelope and in each
  /// of its ancestors, through one access to the storage rather than a uniqueness check
  /// per level. The caller has checked that no level goes past its amount or below zero.
  ///
  /// - Complexity: O(*d*) for a tree of depth *d*.
  private mutating func addToPath(from start: Int, _ cents: Int64) {
    committedCents.withUnsafeMutableBufferPointer { committed in
      var position = start
      while position >= 0 {
        committed[position] += cents
        position = parents[position]
      }
    }
  }

  /// The position of an envelope in the indexed tree. A linear scan: trees have a few
  /// dozen envelopes. Lengths (stored in each string) are compared first, so only
  /// identifiers of the same length are compared byte by byte; that costs less than
  /// hashing one.
  ///
  /// - Complexity: O(*e*) for *e* envelopes.
  private func position(of id: EnvelopeIdentifier) -> Int? {
    let length = id.rawValue.utf8.count
    return identifiers.firstIndex { $0.rawValue.utf8.count == length && $0 == id }
  }

  private func identifier(at position: Int) -> EnvelopeIdentifier {
    identifiers[position]
  }

  // MARK: Reading the ledger

  /// What is committed in an envelope, its descendants included; `nil` for an unknown
  /// envelope.
  public func committed(in id: EnvelopeIdentifier) -> Euros? {
    position(of: id).map { Euros(uncheckedCents: committedCents[$0]) }
  }

  /// What an envelope has left: its amount minus what is committed in it and its
  /// descendants; `nil` for an unknown envelope.
  public func remaining(in id: EnvelopeIdentifier) -> Euros? {
    position(of: id).map { Euros(uncheckedCents: amounts[$0] - committedCents[$0]) }
  }

  /// The commitment recorded under a reference, with what was released from it.
  public func entry(for reference: String) -> Entry? { entryIndex[reference].map(entry(at:)) }

  /// Every commitment, in the order it was made.
  public var entriesInOrder: [Entry] { commitments.indices.map(entry(at:)) }

  private func entry(at index: Int) -> Entry {
    Entry(commitment: commitments[index], released: Euros(uncheckedCents: releasedCents[index]))
  }
}
