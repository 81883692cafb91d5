/// The tag of reading identifiers.
public enum ReadingTag {}

/// The stable identifier of a reading, such as `ftap.size.bounds` (design §3).
public typealias ReadingIdentifier = Identifier<ReadingTag>
