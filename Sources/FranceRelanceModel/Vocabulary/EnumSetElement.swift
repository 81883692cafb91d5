/// An enumeration whose cases can be members of an ``EnumSet`` or keys of ``EnumFlags``.
///
/// Each case has a fixed position, below 32, given by a `switch` in the conforming type so
/// that membership tests compile to a bit test.
///
/// ```swift
/// enum Channel: EnumSetElement {
///   case api, files
///   var position: Int { switch self { case .api: 0; case .files: 1 } }
/// }
/// ```
public protocol EnumSetElement: CaseIterable, Hashable, Sendable where AllCases: RandomAccessCollection<Self> {
  /// The case's position in `allCases`, from 0 to 31.
  var position: Int { get }
}
