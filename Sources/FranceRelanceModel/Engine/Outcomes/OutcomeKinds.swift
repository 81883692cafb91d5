/// The outcome kinds of up to 21 rules, in catalogue order, packed in one integer.
///
/// A verdict path records each rule's ``Outcome/Kind`` here without allocating; the
/// findings, with their messages and missing fields, are rendered later from the same
/// decisions.
///
/// ```swift
/// var kinds = OutcomeKinds()
/// kinds.append(.satisfied)
/// kinds.append(.missingInput)
/// kinds.status  // .incomplete
/// ```
public struct OutcomeKinds: Sendable, Hashable {
  // MARK: Stored values

  /// Three bits per rule: the kind's raw value.
  @usableFromInline var bits: UInt64 = 0
  @usableFromInline var length: UInt8 = 0

  // MARK: Creating

  /// No outcome yet.
  @inlinable
  public init() {}

  /// The maximum number of outcomes: 21.
  public static let capacity = 21

  // MARK: Changing

  /// Records the outcome of the next rule.
  ///
  /// - Precondition: fewer than ``capacity`` outcomes are recorded (a programme has a
  ///   fixed catalogue, checked by its tests; checked in debug builds only, since the
  ///   verdict appends one outcome per rule).
  @inlinable @inline(__always)
  public mutating func append(_ kind: Outcome.Kind) {
    assert(length < 21, "OutcomeKinds holds at most 21 outcomes")
    bits |= UInt64(kind.code) << (3 * UInt64(length))
    length += 1
  }

  /// Replaces the outcome of the rule at a position: what a remedy check does with the
  /// rules whose inputs it changes.
  ///
  /// - Precondition: `position` is below the number of outcomes recorded.
  @inlinable @inline(__always)
  public mutating func replace(at position: Int, with kind: Outcome.Kind) {
    precondition(position >= 0 && position < Int(length), "OutcomeKinds index out of range")
    let shift = 3 * UInt64(position)
    bits = (bits & ~(0b111 << shift)) | (UInt64(kind.code) << shift)
  }

  // MARK: Verdict

  /// The status: ineligible when one rule is violated, otherwise incomplete when one
  /// lacks input, otherwise undetermined when one is undetermined, otherwise eligible.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var status: AssessmentStatus {
    // Kinds: 0 satisfied, 1 violated, 2 not applicable, 3 missing input, 4 undetermined.
    let every = UInt64(0x1249_2492_4924_9249)  // the lowest bit of each 3-bit slot
    let low = bits & every
    let middle = (bits >> 1) & every
    let high = (bits >> 2) & every
    if low & ~middle & ~high != 0 { return .ineligible }
    if low & middle != 0 { return .incomplete }
    if high != 0 { return .undetermined }
    return .eligible
  }
}
