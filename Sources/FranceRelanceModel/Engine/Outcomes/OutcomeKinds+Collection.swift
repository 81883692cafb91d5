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
  @inlinable @inline(__always)
  public subscript(position: Int) -> Outcome.Kind {
    precondition(position >= 0 && position < Int(length), "OutcomeKinds index out of range")
    return Outcome.Kind(code: UInt8(truncatingIfNeeded: bits >> (3 * UInt64(position))) & 0b111)
  }
}

// MARK: - Iterating

extension OutcomeKinds {
  /// Reads the outcomes in report order, three bits at a time.
  public struct Iterator: IteratorProtocol, Sendable {
    /// The outcomes not read yet, the next one in the lowest three bits.
    @usableFromInline var bits: UInt64
    /// How many outcomes are left.
    @usableFromInline var remaining: UInt8

    /// An iterator over the outcomes of `kinds`.
    @inlinable
    init(_ kinds: OutcomeKinds) {
      bits = kinds.bits
      remaining = kinds.length
    }

    /// The next outcome, or `nil` after the last one.
    ///
    /// - Complexity: O(1), without a bounds check.
    @inlinable @inline(__always)
    public mutating func next() -> Outcome.Kind? {
      guard remaining > 0 else { return nil }
      remaining &-= 1
      let kind = Outcome.Kind(code: UInt8(truncatingIfNeeded: bits) & 0b111)
      bits &>>= 3
      return kind
    }
  }

  /// An iterator over the outcomes, in report order.
  @inlinable
  public func makeIterator() -> Iterator { Iterator(self) }
}
