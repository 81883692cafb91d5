/// The stable identifier of a funding programme or call, such as `relance-cvd-aap1`.
///
/// Identifiers are part of the interchange contract: a dossier's `programme` field holds
/// one, and they never change once published.
public struct ProgrammeIdentifier: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
  /// The identifier text.
  public let rawValue: String

  /// Creates an identifier.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates an identifier from a literal.
  public init(stringLiteral value: String) { rawValue = value }
}

extension ProgrammeIdentifier: CustomStringConvertible {
  /// The identifier text.
  public var description: String { rawValue }
}
