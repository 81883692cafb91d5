/// The readings of a programme: one stored property per reading, holding its variant.
///
/// `init()` puts every reading at its default. The set is a plain value passed to every
/// decision, so a programme is evaluated under any choice of variants; the sensitivity
/// list of a report is the same evaluation under each other variant.
///
/// ```swift
/// var readings = FTAPReadings()
/// try readings.choose("ftap.size.bounds", "guidance")
/// guichet.report(on: dossier, readings: readings)
/// ```
public protocol ReadingSet: Sendable, Hashable {
  /// The parameters the explanations quote.
  associatedtype Parameters: Sendable & Hashable

  /// Every reading at its default variant.
  init()

  /// The declarations, in the order reports list them.
  static var declarations: [ReadingDeclaration<Self>] { get }
}

extension ReadingSet {
  // MARK: Choosing

  /// Puts a reading at a variant.
  ///
  /// - Throws: ``ReadingError`` when the programme has no such reading or the reading no
  ///   such variant; nothing is changed then.
  @inlinable
  public mutating func choose(_ id: ReadingIdentifier, _ variant: String) throws(ReadingError) {
    guard let declaration = Self.declarations.first(where: { $0.id == id }) else {
      throw .unknownReading(id, known: Self.declarations.map(\.id))
    }
    guard let index = declaration.variants.firstIndex(of: variant) else {
      throw .unknownVariant(id, variant, allowed: declaration.variants)
    }
    declaration.choose(&self, index)
  }

  /// The readings of a selection, the others at their defaults.
  ///
  /// - Throws: ``ReadingError`` for the first unknown reading or variant.
  @inlinable
  public init(_ selection: ReadingSelection) throws(ReadingError) {
    self.init()
    for choice in selection.choices { try choose(choice.id, choice.variant) }
  }

  // MARK: What is in force

  /// Every reading with the variant in force, in declaration order.
  @inlinable
  public var applied: [AppliedReading] {
    Self.declarations.map { declaration in
      let variant = declaration.variant(in: self)
      return AppliedReading(id: declaration.id, variant: variant, isDefault: variant == declaration.variants[0])
    }
  }

  /// Every reading that applies to a programme with these parameters, with the variant in
  /// force, in declaration order: what a report lists.
  @inlinable
  public func applied(_ parameters: Parameters) -> [AppliedReading] {
    Self.declarations.compactMap { declaration in
      guard declaration.applies(to: parameters) else { return nil }
      let variant = declaration.variant(in: self)
      return AppliedReading(id: declaration.id, variant: variant, isDefault: variant == declaration.variants[0])
    }
  }

  /// The variant in force of one reading; `nil` when the programme has no such reading.
  @inlinable
  public func applied(_ id: ReadingIdentifier) -> AppliedReading? {
    guard let declaration = Self.declarations.first(where: { $0.id == id }) else { return nil }
    let variant = declaration.variant(in: self)
    return AppliedReading(id: id, variant: variant, isDefault: variant == declaration.variants[0])
  }

  /// Every other variant of every reading, as the readings that differ from these by
  /// that one variant: what the sensitivity list evaluates.
  @inlinable
  public var alternatives: [(choice: AppliedReading, readings: Self)] {
    var result: [(AppliedReading, Self)] = []
    forEachAlternative { declaration, index, other in
      result.append(
        (AppliedReading(id: declaration.id, variant: declaration.variants[index], isDefault: index == 0), other))
    }
    return result
  }

  /// Calls `body` with each other variant of each reading (its declaration and position)
  /// and the readings that differ from these by that one variant, in the order of
  /// ``alternatives``, without building the list.
  @inlinable
  func forEachAlternative(_ body: (_ declaration: ReadingDeclaration<Self>, _ variant: Int, _ readings: Self) -> Void) {
    for declaration in Self.declarations {
      let current = declaration.index(self)
      for index in declaration.variants.indices where index != current {
        var other = self
        declaration.choose(&other, index)
        body(declaration, index, other)
      }
    }
  }

  /// The descriptions of every reading that applies to a programme with these
  /// parameters, with the edition's numbers.
  @inlinable
  public static func descriptions(_ parameters: Parameters) -> [ReadingDescription] {
    declarations.filter { $0.applies(to: parameters) }.map { $0.description(parameters) }
  }
}
