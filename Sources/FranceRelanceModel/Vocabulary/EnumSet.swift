/// A set of cases of a small enumeration, stored as a bit mask.
///
/// Membership, insertion and the set operations are single integer instructions, with no
/// hashing and no heap allocation; iteration follows the order of `allCases`. The dossier
/// formats use it for their multiple-choice fields, such as the FTAP project types.
///
/// ```swift
/// var types: EnumSet<FTAPProjectType> = [.dataProvision]
/// types.insert(.policyImprovement)
/// types.contains(.dataProvision)  // true
/// ```
public struct EnumSet<Element: EnumSetElement>: Sendable, Hashable {
  // MARK: Stored value

  /// The members, bit `position` set for each member.
  @inlinable
  public var rawValue: UInt32 { bits }

  @usableFromInline var bits: UInt32

  // MARK: Creating sets

  /// The empty set.
  @inlinable
  public init() { bits = 0 }

  /// A set from bits already within the enumeration's cases (the result of an operation
  /// on two sets), without filtering them again.
  @inlinable
  init(checkedBits: UInt32) { bits = checkedBits }

  /// A set from its bit mask; bits beyond the enumeration's cases are dropped.
  @inlinable
  public init(rawValue: UInt32) {
    bits = rawValue & Self.all.bits
  }

  /// A set holding one element, built without an array (the verdict path's form).
  @inlinable @inline(__always)
  public init(_ element: Element) {
    bits = Self.bit(element)
  }

  /// A set holding the given elements.
  @inlinable
  public init(_ elements: some Sequence<Element>) {
    bits = 0
    for element in elements { bits |= Self.bit(element) }
  }

  /// Every case of the enumeration.
  @inlinable
  public static var all: EnumSet {
    var set = EnumSet()
    for element in Element.allCases { set.bits |= bit(element) }
    return set
  }

  @inlinable @inline(__always)
  static func bit(_ element: Element) -> UInt32 {
    let position = element.position
    precondition(position >= 0 && position < 32, "EnumSetElement.position must be in 0..<32")
    return 1 << UInt32(position)
  }

  // MARK: Reading

  /// Whether the set holds an element.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func contains(_ element: Element) -> Bool { rawValue & Self.bit(element) != 0 }

  /// Whether the set holds every member of another set.
  ///
  /// - Complexity: O(1).
  @inlinable
  public func isSuperset(of other: EnumSet) -> Bool { rawValue & other.rawValue == other.rawValue }

  /// Whether the set is empty.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var isEmpty: Bool { rawValue == 0 }

  /// The number of members.
  ///
  /// - Complexity: O(1).
  @inlinable
  public var count: Int { rawValue.nonzeroBitCount }

  // MARK: Changing

  /// Adds an element; returns whether it was absent, and the member (`SetAlgebra`).
  @inlinable @inline(__always)
  @discardableResult
  public mutating func insert(_ element: Element) -> (inserted: Bool, memberAfterInsert: Element) {
    let absent = !contains(element)
    bits |= Self.bit(element)
    return (absent, element)
  }

  /// Adds an element; returns it if it was already present (`SetAlgebra`).
  @inlinable
  @discardableResult
  public mutating func update(with element: Element) -> Element? {
    insert(element).inserted ? nil : element
  }

  /// Removes an element; returns it if it was present.
  @inlinable
  @discardableResult
  public mutating func remove(_ element: Element) -> Element? {
    let present = contains(element)
    bits &= ~Self.bit(element)
    return present ? element : nil
  }

  // MARK: Combining

  /// The members of either set.
  @inlinable
  public func union(_ other: EnumSet) -> EnumSet { EnumSet(checkedBits: bits | other.bits) }

  /// The members of both sets.
  @inlinable
  public func intersection(_ other: EnumSet) -> EnumSet { EnumSet(checkedBits: bits & other.bits) }

  /// The members of this set that are not in another.
  @inlinable
  public func subtracting(_ other: EnumSet) -> EnumSet { EnumSet(checkedBits: bits & ~other.bits) }

  /// The members of exactly one of the two sets.
  @inlinable
  public func symmetricDifference(_ other: EnumSet) -> EnumSet { EnumSet(checkedBits: bits ^ other.bits) }

  /// Adds the members of another set.
  @inlinable
  public mutating func formUnion(_ other: EnumSet) { bits |= other.bits }

  /// Keeps only the members of both sets.
  @inlinable
  public mutating func formIntersection(_ other: EnumSet) { bits &= other.bits }

  /// Keeps the members of exactly one of the two sets.
  @inlinable
  public mutating func formSymmetricDifference(_ other: EnumSet) { bits ^= other.bits }
}
