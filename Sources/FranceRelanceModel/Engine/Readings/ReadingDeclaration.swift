/// A reading declared once: its identifier, the question it answers, the sentences it
/// reads, its variants (the default first) and the French explanation of each.
///
/// A programme's ``ReadingSet`` lists its declarations; each one reads and writes one
/// stored property of the set, so a rule tests `context.readings.sizeBounds == .guidance`
/// on a plain value.
public struct ReadingDeclaration<Readings: ReadingSet>: Sendable {
  // MARK: Stored properties

  /// The stable identifier.
  public let id: ReadingIdentifier
  /// The question the texts leave open, in French.
  public let question: String
  /// The sentences the reading reads.
  public let citations: [Citation]
  /// The variant identifiers, the default first.
  public let variants: [String]

  @usableFromInline let explain: @Sendable (Int, Readings.Parameters) -> String
  @usableFromInline let appliesTo: @Sendable (Readings.Parameters) -> Bool
  @usableFromInline let index: @Sendable (Readings) -> Int
  @usableFromInline let choose: @Sendable (inout Readings, Int) -> Void

  // MARK: Creating

  /// Declares a reading stored at `keyPath` that applies to every programme of its set.
  ///
  /// - Parameters:
  ///   - id: the reading's stable identifier.
  ///   - keyPath: the property of the reading set that holds the variant.
  ///   - question: the question the texts leave open, in French.
  ///   - citations: the sentences the reading reads.
  ///   - explanation: the French explanation of a variant, with the edition's numbers.
  @inlinable
  public init<V: ReadingVariant>(
    _ id: ReadingIdentifier, at keyPath: WritableKeyPath<Readings, V>, question: String,
    citations: [Citation], explanation: @escaping @Sendable (V, Readings.Parameters) -> String
  ) {
    self.init(
      id, at: keyPath, question: question, citations: citations, applies: { _ in true }, explanation: explanation)
  }

  /// Declares a reading stored at `keyPath`, whose variants are the cases of `V` (the
  /// first case is the default).
  ///
  /// - Parameters:
  ///   - id: the reading's stable identifier.
  ///   - keyPath: the property of the reading set that holds the variant.
  ///   - question: the question the texts leave open, in French.
  ///   - citations: the sentences the reading reads.
  ///   - applies: whether the reading concerns a programme with these parameters (a call
  ///     known only by its quarter has an opening-day reading, a call with a stated day
  ///     has none); every programme of the set by default.
  ///   - explanation: the French explanation of a variant, with the edition's numbers.
  @inlinable
  public init<V: ReadingVariant>(
    _ id: ReadingIdentifier, at keyPath: WritableKeyPath<Readings, V>, question: String,
    citations: [Citation], applies: @escaping @Sendable (Readings.Parameters) -> Bool,
    explanation: @escaping @Sendable (V, Readings.Parameters) -> String
  ) {
    self.appliesTo = applies
    self.id = id
    self.question = question
    self.citations = citations
    variants = V.allCases.map(\.rawValue)
    // A key path to a stored property is an immutable value, safe to share.
    nonisolated(unsafe) let keyPath = keyPath
    // The variants are listed once: an enumeration's `allCases` builds a new array on
    // every call, and `alternatives` asks for a variant's position for every report.
    let cases = Array(V.allCases)
    explain = { index, parameters in explanation(cases[index], parameters) }
    // A variant stored in the set is read and written at its offset when it is a plain
    // value (an enumeration without payloads): projecting through a key path looks up
    // generic metadata at run time, about a tenth of a report's time. A computed property
    // goes through the key path.
    if let offset = MemoryLayout<Readings>.offset(of: keyPath), _isPOD(V.self) {
      index = { readings in
        let variant = withUnsafeBytes(of: readings) { $0.loadUnaligned(fromByteOffset: offset, as: V.self) }
        return cases.firstIndex(of: variant) ?? 0
      }
      choose = { readings, index in
        withUnsafeMutableBytes(of: &readings) { $0.storeBytes(of: cases[index], toByteOffset: offset, as: V.self) }
      }
    } else {
      index = { readings in cases.firstIndex(of: readings[keyPath: keyPath]) ?? 0 }
      choose = { readings, index in readings[keyPath: keyPath] = cases[index] }
    }
  }

  // MARK: Reading a set

  /// Whether the reading concerns a programme with these parameters: the readings a
  /// programme lists, reports and publishes are those that apply to it.
  @inlinable
  public func applies(to parameters: Readings.Parameters) -> Bool { appliesTo(parameters) }

  /// The variant of this reading in force in `readings`.
  @inlinable
  public func variant(in readings: Readings) -> String { variants[index(readings)] }

  /// The French explanation of a variant, with the edition's numbers.
  ///
  /// - Precondition: `variant` is one of ``variants``.
  @inlinable
  public func explanation(of variant: String, _ parameters: Readings.Parameters) -> String {
    explain(variants.firstIndex(of: variant)!, parameters)
  }

  /// The reading as the reference pages and `relance readings` show it.
  @inlinable
  public func description(_ parameters: Readings.Parameters) -> ReadingDescription {
    ReadingDescription(
      id: id, question: question, citations: citations,
      variants: variants.indices.map { .init(id: variants[$0], explanation: explain($0, parameters)) })
  }
}
