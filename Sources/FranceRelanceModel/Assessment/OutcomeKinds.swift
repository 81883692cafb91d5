/// The outcome kinds of up to 32 rules, in catalogue order, packed in one integer.
///
/// A verdict path records each rule's ``Outcome/Kind`` here without allocating; the
/// findings, with their messages and missing fields, are rendered later from the same
/// values.
///
/// ```swift
/// var kinds = OutcomeKinds()
/// kinds.append(.satisfied)
/// kinds.append(.missingInput)
/// kinds.status  // .incomplete
/// ```
public struct OutcomeKinds: Sendable, Hashable {
  // MARK: Stored values

  @usableFromInline var bits: UInt64 = 0
  @usableFromInline var length: UInt8 = 0

  // MARK: Creating

  /// No outcome yet.
  @inlinable
  public init() {}

  /// The maximum number of outcomes: 32.
  public static let capacity = 32

  // MARK: Changing

  /// Records the outcome of the next rule.
  ///
  /// - Precondition: fewer than ``capacity`` outcomes are recorded.
  @inlinable @inline(__always)
  public mutating func append(_ kind: Outcome.Kind) {
    precondition(length < 32, "OutcomeKinds holds at most 32 outcomes")
    bits |= UInt64(kind.rawValue) << (2 * UInt64(length))
    length += 1
  }

  // MARK: Verdict

  /// The status: ineligible when one rule is violated, otherwise incomplete when one
  /// lacks input, otherwise eligible.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var status: AssessmentStatus {
    // Kinds are 0 satisfied, 1 violated, 2 not applicable, 3 missing input: the low bit of
    // a pair is set for violated and missing, the high bit for not applicable and missing.
    let low = bits & 0x5555_5555_5555_5555
    let high = (bits >> 1) & 0x5555_5555_5555_5555
    if low & ~high != 0 { return .ineligible }
    if low & high != 0 { return .incomplete }
    return .eligible
  }
}
