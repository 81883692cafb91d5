/// Members of an object written once, kept both as members of the tree and as their compact
/// JSON bytes: text that does not change from one report to the next (a rule's citation and
/// interpretation) is copied into a batch line instead of being escaped again.
struct JSONFragment: Sendable, Hashable {
  // MARK: Stored properties

  /// The members, in order.
  let members: [JSONValue.Member]
  /// The members as compact JSON, separated by commas, without braces.
  let bytes: [UInt8]

  // MARK: Creating fragments

  /// The fragment of `members`.
  init(_ members: [JSONValue.Member]) {
    self.members = members
    var writer = JSONByteWriter(appendingTo: [])
    for member in members { writer.member(member) }
    bytes = writer.bytes
  }
}
