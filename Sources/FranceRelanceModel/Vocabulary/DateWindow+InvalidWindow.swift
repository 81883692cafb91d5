extension DateWindow {
  /// The error thrown when a window would close before it opens.
  public struct InvalidWindow: Error, Sendable, Hashable, CustomStringConvertible {
    /// Creates the error.
    public init() {}

    /// A French explanation of the error.
    public var description: String { "la fermeture précède l'ouverture" }
  }
}
