/// The commitments of an ``EnvelopeLedger`` in the order they were made, with an
/// open-addressing hash table over their references.
///
/// Each commitment is one compact record (its envelope kept as a position in the ledger's
/// indexed tree, its optional fields in the commitment's own box), so
/// recording one appends a few words. A table slot is one 64-bit word: 0 when empty,
/// otherwise the high 24 bits of the reference's hash and, in the low 40 bits, the
/// record's position plus one; a lookup compares a reference only when those hash bits
/// match.
///
/// The hash is the standard library's `hashValue`: seeded afresh in each process (SipHash),
/// so a ledger file cannot be crafted to make references collide, and consistent with
/// `String`'s `==` (canonical equivalence), as a `Dictionary` keyed by reference would be.
/// Linear probing; the table doubles before it is three quarters full. Positions have 40
/// bits (about 10¹²): memory runs out long before, since each record takes 48 bytes.
struct CommitmentTable: Sendable, Hashable {
  // MARK: Nested types

  /// One commitment as the ledger keeps it.
  struct Record: Sendable, Hashable {
    /// The award's unique reference.
    let reference: String
    /// The position of the envelope in the ledger's indexed tree.
    let envelope: Int32
    /// The day of the award.
    let date: CalendarDate
    /// The amount committed, in cents.
    let cents: Int64
    /// The total released since, in cents.
    var releasedCents: Int64
    /// The beneficiary and details, when the commitment has either.
    let extras: CommitmentExtras?
  }

  /// Where a reference is, or where it would go.
  enum Lookup {
    /// The reference is recorded at this position.
    case found(Int)
    /// The reference is absent; ``append(_:hash:at:)`` would put it in this slot.
    case vacant(slot: Int)
  }

  // MARK: Stored properties

  /// The records, in the order they were made.
  private(set) var records: [Record] = []
  private var slots: [UInt64] = []

  private static let positionBits: UInt64 = 40
  private static let positionMask: UInt64 = (1 << positionBits) - 1

  // MARK: Reading

  /// Finds `reference`, whose hash is `hash`.
  ///
  /// - Complexity: O(1) on average.
  @inline(__always)
  func lookup(_ reference: String, hash: Int) -> Lookup {
    guard !slots.isEmpty else { return .vacant(slot: -1) }
    let mask = slots.count - 1
    let tag = Self.tag(of: hash)
    var slot = hash & mask
    while true {
      let word = slots[slot]
      if word == 0 { return .vacant(slot: slot) }
      if word & ~Self.positionMask == tag {
        let position = Int(word & Self.positionMask) - 1
        if records[position].reference == reference { return .found(position) }
      }
      slot = (slot + 1) & mask
    }
  }

  // MARK: Changing

  /// Appends `record`, whose reference has hash `hash` and goes in the vacant `slot` a
  /// ``lookup(_:hash:)`` just returned. The table grows first when it would be more than
  /// three quarters full, and the slot is then found again.
  ///
  /// - Complexity: O(1) amortised; O(*n*) when the table grows, rehashing the *n*
  ///   references.
  @inline(__always)
  mutating func append(_ record: consuming Record, hash: Int, at slot: Int) {
    var slot = slot
    let position = records.count
    if (position + 1) * 4 > slots.count * 3 {
      grow(toHold: position + 1)
      slot = vacantSlot(for: hash)
    }
    slots[slot] = Self.word(hash: hash, position: position)
    records.append(record)
  }

  /// Adds `cents` to what was released from the record at `position`.
  mutating func release(_ cents: Int64, at position: Int) {
    records[position].releasedCents += cents
  }

  /// Makes room for `capacity` records without growing again.
  ///
  /// - Complexity: O(*n*) for the *n* records.
  mutating func reserveCapacity(_ capacity: Int) {
    records.reserveCapacity(capacity)
    if capacity * 4 > slots.count * 3 { grow(toHold: capacity) }
  }

  // MARK: Equality

  /// Whether both tables hold the same records in the same order; the hash table follows
  /// from them.
  static func == (lhs: CommitmentTable, rhs: CommitmentTable) -> Bool { lhs.records == rhs.records }

  /// Hashes the records.
  func hash(into hasher: inout Hasher) { hasher.combine(records) }

  // MARK: Helpers

  private static func tag(of hash: Int) -> UInt64 {
    UInt64(truncatingIfNeeded: hash) & ~positionMask
  }

  /// The slot word of the record at `position`, whose reference has hash `hash`.
  private static func word(hash: Int, position: Int) -> UInt64 {
    tag(of: hash) | UInt64(position + 1)
  }

  /// The first empty slot on `hash`'s probe sequence; the table always has one.
  private func vacantSlot(for hash: Int) -> Int {
    let mask = slots.count - 1
    var slot = hash & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    return slot
  }

  /// Replaces the table by one of a power-of-two size that holds `capacity` references
  /// while at most three quarters full, and puts back the references of the records.
  private mutating func grow(toHold capacity: Int) {
    var size = max(16, slots.count)
    while capacity * 4 > size * 3 { size *= 2 }
    slots = Array(repeating: 0, count: size)
    for position in records.indices {
      let hash = records[position].reference.hashValue
      slots[vacantSlot(for: hash)] = Self.word(hash: hash, position: position)
    }
  }
}
