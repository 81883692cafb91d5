/// A reading as people read it: the question, the sentences, the variants with their
/// explanations (the default first).
public struct ReadingDescription: Sendable, Hashable {
  /// A variant and its French explanation.
  public struct Variant: Sendable, Hashable {
    /// The variant identifier.
    public let id: String
    /// What the variant decides, in French.
    public let explanation: String

    /// Creates a variant description.
    public init(id: String, explanation: String) {
      self.id = id
      self.explanation = explanation
    }
  }

  /// The stable identifier.
  public let id: ReadingIdentifier
  /// The question the texts leave open, in French.
  public let question: String
  /// The sentences the reading reads.
  public let citations: [Citation]
  /// The variants, the default first.
  public let variants: [Variant]

  /// Creates a description.
  public init(id: ReadingIdentifier, question: String, citations: [Citation], variants: [Variant]) {
    self.id = id
    self.question = question
    self.citations = citations
    self.variants = variants
  }

  /// The interchange form of `relance readings --json`.
  public var json: JSONValue {
    .object([
      .init("id", .string(id.rawValue)), .init("question", .string(question)),
      .init("citations", .array(citations.map(\.json))),
      .init("default", .string(variants[0].id)),
      .init(
        "variants",
        .array(variants.map { .object([.init("id", .string($0.id)), .init("explanation", .string($0.explanation))]) })),
    ])
  }
}
