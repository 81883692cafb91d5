/// A failure of the store that is said to the person running the server, in French, on
/// one line: a database that cannot be reached or opened, a token name already taken, a
/// copy the store cannot make.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, in French, on one line.
  public let message: String

  /// An error with its message.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }
}
