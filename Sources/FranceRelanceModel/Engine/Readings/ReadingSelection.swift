/// The variants a user chose, by identifier, before they are checked against a
/// programme: what `--reading ID=VARIANT` and a regulation case give.
public struct ReadingSelection: Sendable, Hashable {
  /// One chosen variant.
  public struct Choice: Sendable, Hashable {
    /// The reading.
    public let id: ReadingIdentifier
    /// The variant.
    public let variant: String

    /// Creates a choice.
    public init(id: ReadingIdentifier, variant: String) {
      self.id = id
      self.variant = variant
    }
  }

  /// The choices, in the order given; a later choice of the same reading wins.
  public var choices: [Choice]

  /// Creates a selection.
  public init(_ choices: [Choice] = []) { self.choices = choices }

  /// Adds a choice written `ID=VARIANT`.
  ///
  /// - Throws: ``ReadingError/malformed(_:)`` when the text has no `=` or an empty side.
  public mutating func add(parsing text: String) throws(ReadingError) {
    guard let equals = text.firstIndex(of: "="), equals != text.startIndex, text.index(after: equals) != text.endIndex
    else { throw .malformed(text) }
    choices.append(
      Choice(
        id: ReadingIdentifier(rawValue: String(text[..<equals])), variant: String(text[text.index(after: equals)...])))
  }
}
