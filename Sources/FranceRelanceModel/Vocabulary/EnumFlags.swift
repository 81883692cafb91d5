/// A yes-or-no answer for some cases of a small enumeration, stored as two bit masks.
///
/// Each case is answered `true`, answered `false`, or not answered (`nil`), as the
/// commitments of a dossier are. Reading and writing an answer is a bit operation, with no
/// hashing and no heap allocation.
///
/// ```swift
/// var commitments: EnumFlags<FTAPCommitment> = [.openSource: true, .accessibility: false]
/// commitments[.openSource]         // true
/// commitments[.ecoResponsibility]  // nil: not answered
/// commitments[.accessibility] = nil
/// ```
public struct EnumFlags<Key: EnumSetElement>: Sendable, Hashable {
  // MARK: Stored values

  /// The cases answered `true`.
  @inlinable
  public var yes: EnumSet<Key> { yesSet }
  /// The cases answered `false`.
  @inlinable
  public var no: EnumSet<Key> { noSet }

  @usableFromInline var yesSet: EnumSet<Key>
  @usableFromInline var noSet: EnumSet<Key>

  // MARK: Creating

  /// No answer at all.
  @inlinable
  public init() {
    yesSet = EnumSet()
    noSet = EnumSet()
  }

  /// The given answers; a case in both sets is answered `true`.
  @inlinable
  public init(yes: EnumSet<Key>, no: EnumSet<Key>) {
    yesSet = yes
    noSet = no.subtracting(yes)
  }

  /// Every case answered with the same value.
  @inlinable
  public static func all(_ answer: Bool) -> EnumFlags {
    answer ? EnumFlags(yes: .all, no: []) : EnumFlags(yes: [], no: .all)
  }

  // MARK: Answers

  /// The answer for a case: `true`, `false`, or `nil` when not answered.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public subscript(key: Key) -> Bool? {
    get { yes.contains(key) ? true : no.contains(key) ? false : nil }
    set {
      yesSet.remove(key)
      noSet.remove(key)
      switch newValue {
      case true?: yesSet.insert(key)
      case false?: noSet.insert(key)
      case nil: break
      }
    }
  }

  /// The cases that have an answer.
  @inlinable
  public var answered: EnumSet<Key> { yes.union(no) }

  /// Whether no case is answered.
  @inlinable
  public var isEmpty: Bool { yes.isEmpty && no.isEmpty }

  /// The number of answered cases.
  @inlinable
  public var count: Int { yes.count + no.count }
}
