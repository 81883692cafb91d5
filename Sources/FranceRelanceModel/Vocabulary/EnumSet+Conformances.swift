// MARK: - Sequence

extension EnumSet: Sequence {
  /// Iterates over the members in the order of `allCases`.
  public struct Iterator: IteratorProtocol {
    @usableFromInline let cases: Element.AllCases
    @usableFromInline var remaining: UInt32

    @inlinable
    init(cases: Element.AllCases, remaining: UInt32) {
      self.cases = cases
      self.remaining = remaining
    }

    /// The next member, or `nil` after the last.
    @inlinable
    public mutating func next() -> Element? {
      guard remaining != 0 else { return nil }
      let position = remaining.trailingZeroBitCount
      remaining &= remaining - 1
      return cases[cases.index(cases.startIndex, offsetBy: position)]
    }
  }

  /// An iterator over the members in the order of `allCases`.
  @inlinable
  public func makeIterator() -> Iterator { Iterator(cases: Element.allCases, remaining: rawValue) }

  /// The number of members.
  @inlinable
  public var underestimatedCount: Int { count }
}

// MARK: - ExpressibleByArrayLiteral

extension EnumSet: ExpressibleByArrayLiteral {
  /// A set written as an array literal: `[.dataProvision, .policyImprovement]`.
  @inlinable
  public init(arrayLiteral elements: Element...) { self.init(elements) }
}

// MARK: - CustomStringConvertible

extension EnumSet: CustomStringConvertible {
  /// The members between brackets, in the order of `allCases`.
  public var description: String { "[" + map { "\($0)" }.joined(separator: ", ") + "]" }
}

// MARK: - Codable

extension EnumSet: Codable where Element: Codable {
  /// Decodes the members from an array.
  ///
  /// - Throws: `DecodingError.dataCorrupted` when a member is repeated, or the decoder's
  ///   error for an unknown value.
  public init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    self.init()
    while !container.isAtEnd {
      let element = try container.decode(Element.self)
      guard insert(element).inserted else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "valeur répétée « \(element) »")
      }
    }
  }

  /// Encodes the members as an array, in the order of `allCases`.
  ///
  /// - Throws: The encoder's error.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    for element in self { try container.encode(element) }
  }
}

// MARK: - SetAlgebra

/// `EnumSet` is a `SetAlgebra`: the standard set operations (`isSubset(of:)`,
/// `isDisjoint(with:)`, `subtract(_:)`…) come with the conformance, each a bit operation.
extension EnumSet: SetAlgebra {}
