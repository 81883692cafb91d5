/// An event log that cannot be replayed: the position of the first bad event and why.
public struct LedgerReplayError: Error, Sendable, Hashable {
  /// The index of the first event that could not apply, from 0.
  public let position: Int
  /// Why it could not apply.
  public let error: LedgerError

  /// Creates the error.
  public init(position: Int, error: LedgerError) {
    self.position = position
    self.error = error
  }
}

extension LedgerReplayError: CustomStringConvertible {
  /// The error in one line: `événement n° 3 : reason`.
  public var description: String {
    "événement n° " + String(position) + " : " + error.description
  }
}
