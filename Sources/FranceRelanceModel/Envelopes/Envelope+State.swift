extension Envelope {
  // MARK: The tree and its ledger as JSON

  /// The envelope and those under it as `relance envelopes --json` prints them and the web
  /// API answers: `id`, `label`, `amount`, `steward`, with a ledger `committed` and
  /// `remaining`, then `citation`, `interpretation` and `children`. Amounts are decimal
  /// strings in euros.
  ///
  /// - Parameter ledger: The ledger whose commitments are counted, or `nil` for the tree
  ///   alone.
  public func json(ledger: EnvelopeLedger?) -> JSONValue {
    var members: [JSONValue.Member] = [
      .init("id", .string(id.rawValue)),
      .init("label", .string(label)),
      .init("amount", .string(amount.decimalString)),
      .init("steward", .string(orNull: steward?.acronym)),
    ]
    if let ledger {
      members.append(.init("committed", .string(orNull: ledger.committed(in: id)?.decimalString)))
      members.append(.init("remaining", .string(orNull: ledger.remaining(in: id)?.decimalString)))
    }
    members.append(.init("citation", citation.map(\.json) ?? .null))
    members.append(.init("interpretation", .string(orNull: interpretation)))
    members.append(.init("children", .array(children.map { $0.json(ledger: ledger) })))
    return .object(members)
  }
}
