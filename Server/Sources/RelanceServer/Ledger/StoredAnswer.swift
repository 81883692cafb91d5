/// An answer of a ledger write, as it is sent and as it is kept for its idempotency key: a
/// retried request with the same key gets these same bytes, and writes nothing.
public struct StoredAnswer: Sendable, Hashable {
  /// The HTTP status code.
  public let status: Int
  /// The award's version after the write (the `ETag`), when there is one.
  public let version: Int?
  /// The award's reference (for `Location`).
  public let reference: String?
  /// The JSON body.
  public let body: [UInt8]
}
