/// The stable identifier of an envelope, such as `relance.itn.p352.cvd.aap1`.
public struct EnvelopeIdentifier: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
  /// The identifier text.
  public let rawValue: String

  /// Creates an identifier.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates an identifier from a literal.
  public init(stringLiteral value: String) { rawValue = value }
}

extension EnvelopeIdentifier: CustomStringConvertible {
  /// The identifier text.
  public var description: String { rawValue }
}
