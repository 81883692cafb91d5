// MARK: - ExpressibleByDictionaryLiteral

extension EnumFlags: ExpressibleByDictionaryLiteral {
  /// Answers written as a dictionary literal: `[.openSource: true]`. A repeated key keeps its
  /// last answer.
  @inlinable
  public init(dictionaryLiteral elements: (Key, Bool)...) {
    self.init()
    for (key, answer) in elements { self[key] = answer }
  }
}

// MARK: - Sequence

extension EnumFlags: Sequence {
  /// The answered cases and their answers, in the order of `allCases`.
  public typealias Iterator = AnyIterator<(key: Key, answer: Bool)>

  /// An iterator over the answered cases and their answers, in the order of `allCases`.
  public func makeIterator() -> Iterator {
    var cases = answered.makeIterator()
    let yes = self.yes
    return AnyIterator { cases.next().map { ($0, yes.contains($0)) } }
  }

  /// The number of answered cases.
  public var underestimatedCount: Int { count }
}

// MARK: - CustomStringConvertible

extension EnumFlags: CustomStringConvertible {
  /// The answers between brackets, `[openSource: true, accessibility: false]`.
  public var description: String {
    "[" + map { "\($0.key): \($0.answer)" }.joined(separator: ", ") + "]"
  }
}

// MARK: - Codable

extension EnumFlags: Codable where Key: RawRepresentable, Key.RawValue == String {
  private struct CodingKey: Swift.CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// Decodes the answers from an object keyed by the cases' raw values.
  ///
  /// - Throws: `DecodingError.dataCorrupted` for an unknown key, or the decoder's error
  ///   for a value that is not a Boolean.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKey.self)
    self.init()
    for codingKey in container.allKeys {
      guard let key = Key.allCases.first(where: { $0.rawValue == codingKey.stringValue }) else {
        throw DecodingError.dataCorruptedError(
          forKey: codingKey, in: container, debugDescription: "champ inconnu « \(codingKey.stringValue) »")
      }
      self[key] = try container.decode(Bool.self, forKey: codingKey)
    }
  }

  /// Encodes the answers as an object keyed by the cases' raw values.
  ///
  /// - Throws: The encoder's error.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKey.self)
    for (key, answer) in self { try container.encode(answer, forKey: CodingKey(stringValue: key.rawValue)) }
  }
}
