/// A ledger's event log as a file: `{"events": [ … ]}`.
///
/// This is what `relance envelopes --ledger FILE` reads. Replaying it on a tree with
/// ``EnvelopeLedger/init(tree:replaying:)`` gives the ledger.
public struct LedgerFile: Sendable, Hashable, InterchangeCodable, Codable {
  /// The events, in order.
  public let events: [LedgerEvent]

  /// Creates a file from events.
  public init(events: [LedgerEvent]) {
    self.events = events
  }

  /// Reads the file.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty event, such as `events[3].amount`.
  public init(json: JSONValue, at path: FieldPath) throws(InterchangeError) {
    let object = try JSONObjectReader(json, at: path, keys: ["events"])
    guard let elements = try object.array("events") else {
      throw InterchangeError(.missingField, at: path.appending("events"))
    }
    var events: [LedgerEvent] = []
    events.reserveCapacity(elements.count)
    for (index, element) in elements.enumerated() {
      events.append(try LedgerEvent(json: element, at: path.appending("events").appending(index: index)))
    }
    self.events = events
  }

  /// The file as JSON.
  public var json: JSONValue { .object(["events": .array(events.map(\.json))]) }
}
