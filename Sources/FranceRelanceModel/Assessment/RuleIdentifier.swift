/// The stable identifier of a rule, such as `relance.cofinancing.rate` or `ftap.size`.
///
/// Identifiers are the contract between the library, its users and the tests: a finding
/// names the rule it comes from, and identifiers never change once published.
public struct RuleIdentifier: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
  /// The identifier text.
  public let rawValue: String

  /// Creates an identifier.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates an identifier from a literal.
  public init(stringLiteral value: String) { rawValue = value }
}

extension RuleIdentifier: CustomStringConvertible {
  /// The identifier text.
  public var description: String { rawValue }
}
