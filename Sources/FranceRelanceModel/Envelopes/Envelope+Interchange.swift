extension Envelope {
  // MARK: Interchange

  /// The keys of an envelope object.
  static let interchangeKeys: Set<String> = [
    "id", "label", "amount", "steward", "interpretation", "programme", "children",
  ]

  /// Reads an envelope tree that its user supplies (each ministry's FTAP allocation, which
  /// the texts do not give): `{"id", "label", "amount", "steward"?, "interpretation"?,
  /// "programme"?, "children"?: [ … ]}`, then checks the tree's invariant.
  ///
  /// - Throws: ``InterchangeError`` naming the field (`tree.children[1].amount`), or the
  ///   tree itself when its invariant fails (duplicate identifiers, children above their
  ///   parent).
  public init(reading json: JSONValue, at path: FieldPath) throws(InterchangeError) {
    self = try Self.read(json, at: path)
    do {
      try validate()
    } catch {
      throw InterchangeError(.invalid(error.description), at: path)
    }
  }

  private static func read(_ json: JSONValue, at path: FieldPath) throws(InterchangeError) -> Envelope {
    let object = try JSONObjectReader(json, at: path, keys: interchangeKeys)
    guard let id = try object.reference("id"), !id.isEmpty else {
      throw InterchangeError(.missingField, at: path.appending("id"))
    }
    guard let label = try object.line("label"), label.unicodeScalars.contains(where: { !$0.properties.isWhitespace })
    else { throw InterchangeError(.missingField, at: path.appending("label")) }
    guard let amount = try object.amount("amount") else {
      throw InterchangeError(.missingField, at: path.appending("amount"))
    }
    var children: [Envelope] = []
    for (index, element) in (try object.array("children") ?? []).enumerated() {
      children.append(try read(element, at: path.appending("children").appending(index: index)))
    }
    return Envelope(
      id: EnvelopeIdentifier(rawValue: id), label: label, amount: amount,
      steward: try object.enumeration("steward", as: Steward.self), children: children,
      interpretation: try object.string("interpretation"),
      programme: try object.string("programme").map(ProgrammeIdentifier.init(rawValue:)))
  }

  /// The envelope in its interchange form (absent fields omitted).
  public var json: JSONValue {
    var members: [JSONValue.Member] = [
      .init("id", .string(id.rawValue)), .init("label", .string(label)), .init("amount", .string(amount.decimalString)),
    ]
    if let steward { members.append(.init("steward", .string(steward.rawValue))) }
    if let interpretation { members.append(.init("interpretation", .string(interpretation))) }
    if let programme { members.append(.init("programme", .string(programme.rawValue))) }
    if !children.isEmpty { members.append(.init("children", .array(children.map(\.json)))) }
    return .object(members)
  }
}
