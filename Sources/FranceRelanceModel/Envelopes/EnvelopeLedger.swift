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
  /// Every accepted change, in order.
  public private(set) var events: [LedgerEvent] = []
  /// The tree, indexed once: position of each envelope, its parent's position (-1 for the
  /// root), its amount and what is committed in it, in cents.
  private var positions: [EnvelopeIdentifier: Int] = [:]
  private var parents: [Int] = []
  private var amounts: [Int64] = []
  private var committedCents: [Int64] = []
  private var entries: [String: Entry] = [:]
  private var order: [String] = []

  // MARK: Creating ledgers

  /// Creates an empty ledger over a tree.
  ///
  /// - Throws: ``Envelope/TreeError`` when the tree breaks its invariant.
  public init(tree: Envelope) throws(Envelope.TreeError) {
    try tree.validate()
    self.tree = tree
    func index(_ envelope: Envelope, parent: Int) {
      let position = amounts.count
      positions[envelope.id] = position
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
    guard entries[commitment.reference] == nil else { throw .duplicateReference(commitment.reference) }
    guard let start = positions[commitment.envelope] else { throw .unknownEnvelope(commitment.envelope) }
    let cents = commitment.amount.cents
    // Check every level before changing anything.
    var position = start
    while position >= 0 {
      let available = amounts[position] - committedCents[position]
      guard cents <= available else {
        throw .exceedsEnvelope(
          identifier(at: position), requested: commitment.amount, available: Euros(uncheckedCents: available))
      }
      position = parents[position]
    }
    position = start
    while position >= 0 {
      committedCents[position] += cents
      position = parents[position]
    }
    entries[commitment.reference] = Entry(commitment: commitment, released: .zero)
    order.append(commitment.reference)
    events.append(.committed(commitment))
  }

  /// Gives back all or part of what remains committed under a reference.
  ///
  /// - Throws: ``LedgerError`` when the reference is unknown, the amount not positive or
  ///   beyond what remains committed. The ledger is then unchanged.
  public mutating func release(_ amount: Euros, from reference: String, on date: CalendarDate) throws(LedgerError) {
    guard amount > .zero else { throw .nonPositiveAmount }
    guard let entry = entries[reference] else { throw .unknownReference(reference) }
    guard amount <= entry.outstanding else {
      throw .releaseExceedsOutstanding(reference, requested: amount, outstanding: entry.outstanding)
    }
    var position = positions[entry.commitment.envelope]!
    while position >= 0 {
      committedCents[position] -= amount.cents
      position = parents[position]
    }
    entries[reference]!.released = Euros(uncheckedCents: entry.released.cents + amount.cents)
    events.append(.released(reference: reference, amount: amount, date: date))
  }

  private func identifier(at position: Int) -> EnvelopeIdentifier {
    positions.first { $0.value == position }!.key
  }

  // MARK: Reading the ledger

  /// What is committed in an envelope, its descendants included; `nil` for an unknown
  /// envelope.
  public func committed(in id: EnvelopeIdentifier) -> Euros? {
    positions[id].map { Euros(uncheckedCents: committedCents[$0]) }
  }

  /// What an envelope has left: its amount minus what is committed in it and its
  /// descendants; `nil` for an unknown envelope.
  public func remaining(in id: EnvelopeIdentifier) -> Euros? {
    positions[id].map { Euros(uncheckedCents: amounts[$0] - committedCents[$0]) }
  }

  /// The commitment recorded under a reference, with what was released from it.
  public func entry(for reference: String) -> Entry? { entries[reference] }

  /// Every commitment, in the order it was made.
  public var entriesInOrder: [Entry] { order.map { entries[$0]! } }
}
