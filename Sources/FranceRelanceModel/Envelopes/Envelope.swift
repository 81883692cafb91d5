/// A budget envelope and the envelopes carved out of it.
///
/// The tree is a value. Its invariant: every envelope's children sum to at most its own
/// amount (the texts say « dont », so a parent may keep an unallocated part), amounts are
/// not negative, and identifiers are unique. ``validate()`` checks it.
///
/// ```swift
/// let plan = RelancePlan.envelopes          // 500 M€
/// plan.find("relance.itn.p352.cvd")?.amount // 23 M€
/// ```
public struct Envelope: Sendable, Hashable, Codable {
  // MARK: Stored properties

  /// The stable identifier.
  public let id: EnvelopeIdentifier
  /// The French label, as the text names the envelope.
  public let label: String
  /// The amount.
  public let amount: Euros
  /// Who steers it, when the text says.
  public let steward: Steward?
  /// The sentence that sets the amount.
  public let citation: Citation?
  /// The envelopes carved out of this one.
  public let children: [Envelope]
  /// What the tree reads beyond the letter about this envelope (its place in the tree,
  /// its name), in French; `nil` when the text says it.
  public let interpretation: String?
  /// The programme whose grants this envelope funds, when a tree its user supplies says
  /// so (the SCDL export then cites that programme's « dispositif d'aide » record for the
  /// grants of this envelope and of those under it).
  public let programme: ProgrammeIdentifier?

  // MARK: Creating envelopes

  /// Creates an envelope. Call ``validate()`` to check the tree's invariant.
  public init(
    id: EnvelopeIdentifier, label: String, amount: Euros, steward: Steward? = nil,
    citation: Citation? = nil, children: [Envelope] = [], interpretation: String? = nil,
    programme: ProgrammeIdentifier? = nil
  ) {
    self.id = id
    self.label = label
    self.amount = amount
    self.steward = steward
    self.citation = citation
    self.children = children
    self.interpretation = interpretation
    self.programme = programme
  }

  // MARK: Invariant

  /// Checks the tree: unique identifiers, no negative amount, children summing to at most
  /// their parent.
  ///
  /// - Complexity: O(*n*) in the number of envelopes.
  /// - Throws: ``TreeError`` for the first envelope that breaks the invariant.
  public func validate() throws(TreeError) {
    var seen: Set<EnvelopeIdentifier> = []
    try validate(seen: &seen)
  }

  private func validate(seen: inout Set<EnvelopeIdentifier>) throws(TreeError) {
    guard seen.insert(id).inserted else { throw .duplicateIdentifier(id) }
    guard !amount.isNegative else { throw .negativeAmount(id) }
    let sum: Euros
    do {
      sum = try Euros.sum(children.map(\.amount))
    } catch {
      throw .overflow(id)
    }
    guard sum <= amount else { throw .childrenExceedParent(id, children: sum, parent: amount) }
    for child in children { try child.validate(seen: &seen) }
  }

  // MARK: Navigating

  /// The part of the amount not carved out into children (≥ 0 in a valid tree); `nil`
  /// when the children's sum overflows (only in a tree that ``validate()`` refuses).
  public var unallocated: Euros? {
    guard let allocated = try? Euros.sum(children.map(\.amount)) else { return nil }
    return try? amount.subtracting(allocated)
  }

  /// The envelope and all its descendants, parents before children.
  public var allEnvelopes: [Envelope] {
    [self] + children.flatMap(\.allEnvelopes)
  }

  /// The envelope with identifier `id` in this tree, if any.
  public func find(_ id: EnvelopeIdentifier) -> Envelope? {
    if self.id == id { return self }
    for child in children {
      if let found = child.find(id) { return found }
    }
    return nil
  }

  /// The identifiers from the root to `id`, both included; `nil` when `id` is not in the
  /// tree.
  public func path(to id: EnvelopeIdentifier) -> [EnvelopeIdentifier]? {
    if self.id == id { return [id] }
    for child in children {
      if let path = child.path(to: id) { return [self.id] + path }
    }
    return nil
  }
}
