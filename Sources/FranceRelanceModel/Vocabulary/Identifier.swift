/// A stable, string-backed identifier, typed by what it identifies.
///
/// Identifiers are part of the contract between the library, its users and the tests: a
/// dossier names its programme, a finding names its rule, a commitment names its envelope,
/// and none of them changes once published. The `Tag` keeps them apart at compile time: a
/// ``RuleIdentifier`` cannot be passed where an ``EnvelopeIdentifier`` is expected.
///
/// ```swift
/// let rule: RuleIdentifier = "relance.cofinancing.rate"
/// let envelope: EnvelopeIdentifier = "relance.itn.p352.cvd.aap1"
/// ```
public struct Identifier<Tag>: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
  /// The identifier text.
  public let rawValue: String

  /// Creates an identifier.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Creates an identifier from a literal.
  public init(stringLiteral value: String) { rawValue = value }
}

extension Identifier: CustomStringConvertible {
  /// The identifier text.
  public var description: String { rawValue }
}

extension Identifier: Comparable {
  /// Orders identifiers by their text.
  public static func < (lhs: Identifier, rhs: Identifier) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The tag of programme identifiers.
public enum ProgrammeTag {}

/// The stable identifier of a funding programme or call, such as `relance-cvd-aap1`.
public typealias ProgrammeIdentifier = Identifier<ProgrammeTag>

/// The stable identifier of a rule, such as `relance.cofinancing.rate` or `ftap.size`.
public typealias RuleIdentifier = Identifier<Rule>

/// The stable identifier of an envelope, such as `relance.itn.p352.cvd.aap1`.
public typealias EnvelopeIdentifier = Identifier<Envelope>
