// MARK: - RandomAccessCollection

extension OutcomeKinds: RandomAccessCollection {
  /// The position of the first outcome, 0.
  @inlinable
  public var startIndex: Int { 0 }

  /// One past the last outcome.
  @inlinable
  public var endIndex: Int { Int(length) }

  /// The outcome of the rule at a position.
  ///
  /// - Complexity: O(1).
  @inlinable
  public subscript(position: Int) -> Outcome.Kind {
    precondition(position >= 0 && position < Int(length), "OutcomeKinds index out of range")
    return Outcome.Kind(rawValue: UInt8(truncatingIfNeeded: bits >> (3 * UInt64(position))) & 0b111)!
  }
}
