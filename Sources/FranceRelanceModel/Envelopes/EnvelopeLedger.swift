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

  /// A release as the ledger logs it.
  private struct Release: Sendable, Hashable {
    /// The number of commitments made before the release.
    let commitmentsBefore: Int
    /// The position of the commitment released from.
    let entry: Int
    /// The amount released, in cents.
    let cents: Int64
    /// The day of the release.
    let date: CalendarDate
  }

  // MARK: Stored properties

  /// The envelope tree the ledger draws on.
  public let tree: Envelope
  /// Every accepted change, in order: the commitments in the order they were made, with
  /// each release put back after the commitments that preceded it.
  ///
  /// - Complexity: O(*n*) for *n* events.
  public var events: [LedgerEvent] {
    var events: [LedgerEvent] = []
    events.reserveCapacity(commitments.records.count + releases.count)
    var next = 0
    func appendCommitments(before end: Int) {
      while next < end {
        events.append(.committed(entry(at: next).commitment))
        next += 1
      }
    }
    for release in releases {
      appendCommitments(before: release.commitmentsBefore)
      events.append(
        .released(
          reference: commitments.records[release.entry].reference, amount: Euros(uncheckedCents: release.cents),
          date: release.date))
    }
    appendCommitments(before: commitments.records.count)
    return events
  }
  /// The tree, indexed once: position of each envelope, its parent's position (-1 for the
  /// root), its amount and what is committed in it, in cents.
  private var identifiers: [EnvelopeIdentifier] = []
  private var parents: [Int] = []
  private var amounts: [Int64] = []
  private var committedCents: [Int64] = []
  /// The commitments in the order they were made, indexed by reference.
  private var commitments = CommitmentTable()
  /// The releases in the order they were made. The commitments need no log of their own:
  /// they are kept in order, and each release notes how many came before it.
  private var releases: [Release] = []
  /// The position of the envelope last committed to, looked at before the others: awards
  /// usually come in runs on the same envelope. Not part of the ledger's value.
  private var recentPosition = 0
  /// The position of each envelope by identifier, for a tree too large to scan (its user
  /// may supply one with thousands of envelopes); empty for a small tree. Derived from the
  /// tree, not part of the ledger's value.
  private var positions: [EnvelopeIdentifier: Int] = [:]
  /// The number of envelopes up to which a linear scan is used.
  private static let scanLimit = 32

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
    if identifiers.count > Self.scanLimit {
      positions.reserveCapacity(identifiers.count)
      for (position, id) in identifiers.enumerated() { positions[id] = position }
    }
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
    // One hash of the reference, kept for the insertion below.
    let hash = commitment.reference.hashValue
    guard case .vacant(let slot) = commitments.lookup(commitment.reference, hash: hash) else {
      throw .duplicateReference(commitment.reference)
    }
    guard let start = position(of: commitment.envelope) else { throw .unknownEnvelope(commitment.envelope) }
    // Check every level before changing anything.
    var position = start
    while position >= 0 {
      let available = amounts[position] - committedCents[position]
      guard cents <= available else {
        throw .exceedsEnvelope(
          identifiers[position], requested: commitment.amount, available: Euros(uncheckedCents: available))
      }
      position = parents[position]
    }
    addToPath(from: start, cents)
    commitments.append(
      .init(
        reference: commitment.reference, envelope: Int32(truncatingIfNeeded: start), date: commitment.date,
        cents: cents, releasedCents: 0, extras: commitment.extras),
      hash: hash, at: slot)
    recentPosition = start
  }

  /// Releases part of a commitment (désengagement), giving the amount back to every
  /// envelope up to the root.
  ///
  /// - Throws: ``LedgerError`` for an unknown reference, a non-positive amount, more
  ///   than is outstanding or a date before the commitment's; the ledger is then unchanged.
  public mutating func release(_ amount: Euros, from reference: String, on date: CalendarDate) throws(LedgerError) {
    guard amount > .zero else { throw .nonPositiveAmount }
    guard case .found(let entry) = commitments.lookup(reference, hash: reference.hashValue)
    else { throw .unknownReference(reference) }
    let current = self.entry(at: entry)
    guard date >= current.commitment.date else {
      throw .releaseBeforeCommitment(reference, release: date, commitment: current.commitment.date)
    }
    let outstanding = current.outstanding
    guard amount <= outstanding else {
      throw .releaseExceedsOutstanding(reference, requested: amount, outstanding: outstanding)
    }
    addToPath(from: Int(commitments.records[entry].envelope), -amount.cents)
    commitments.release(amount.cents, at: entry)
    releases.append(
      Release(commitmentsBefore: commitments.records.count, entry: entry, cents: amount.cents, date: date))
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

  /// The position of an envelope in the indexed tree: the envelope last committed to
  /// first, then a linear scan for a tree of a few dozen envelopes, a hashed index beyond.
  /// Identifiers are compared with `==`, as everywhere else (canonical equivalence).
  ///
  /// - Complexity: O(1) expected; O(32) at most for a small tree.
  @inline(__always)
  private func position(of id: EnvelopeIdentifier) -> Int? {
    if identifiers[recentPosition] == id { return recentPosition }
    if positions.isEmpty { return identifiers.firstIndex(of: id) }
    return positions[id]
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
  public func entry(for reference: String) -> Entry? {
    guard case .found(let entry) = commitments.lookup(reference, hash: reference.hashValue) else { return nil }
    return self.entry(at: entry)
  }

  /// Every commitment, in the order it was made.
  public var entriesInOrder: [Entry] { commitments.records.indices.map(entry(at:)) }

  private func entry(at index: Int) -> Entry {
    let record = commitments.records[index]
    return Entry(
      commitment: Commitment(
        reference: record.reference, envelope: identifiers[Int(record.envelope)],
        amount: Euros(uncheckedCents: record.cents), date: record.date, extras: record.extras),
      released: Euros(uncheckedCents: record.releasedCents))
  }

  // MARK: Equality

  /// Whether two ledgers have the same tree and the same commitments, releases and
  /// events, in the same order.
  ///
  /// The lookup structures are not compared: they follow from the rest.
  public static func == (lhs: EnvelopeLedger, rhs: EnvelopeLedger) -> Bool {
    lhs.releases == rhs.releases && lhs.commitments == rhs.commitments && lhs.tree == rhs.tree
  }

  /// Hashes what ``==(_:_:)`` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(tree)
    hasher.combine(releases)
    hasher.combine(commitments)
  }
}
