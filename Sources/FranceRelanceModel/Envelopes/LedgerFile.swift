/// A ledger's event log as a file: `{"grantor": {"name", "siret"}, "tree"?: { … },
/// "events": [ … ]}`.
///
/// This is what `relance envelopes --ledger FILE` and `relance export scdl` read. Replaying
/// it with ``EnvelopeLedger/init(tree:replaying:)`` on its own `tree` (an envelope tree its
/// user supplies, such as a ministry's FTAP allocation, which the texts do not give), or on
/// the France Relance tree when it has none, gives the ledger.
public struct LedgerFile: Sendable, Hashable, InterchangeCodable, Codable {
  /// The events, in order.
  public let events: [LedgerEvent]
  /// The body that awards the money, for publication; optional.
  public let grantor: Grantor?
  /// The envelope tree the events apply to, when the file supplies its own.
  public let tree: Envelope?

  /// Creates a file from events.
  public init(events: [LedgerEvent], grantor: Grantor? = nil, tree: Envelope? = nil) {
    self.events = events
    self.grantor = grantor
    self.tree = tree
  }

  /// Reads the file.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty event, such as `events[3].amount`.
  public init(json: JSONValue, at path: FieldPath) throws(InterchangeError) {
    let object = try JSONObjectReader(json, at: path, keys: ["grantor", "tree", "events"])
    if let reader = try object.object("grantor", keys: ["name", "siret"]) {
      guard let name = try reader.line("name") else {
        throw InterchangeError(.missingField, at: reader.path.appending("name"))
      }
      guard name.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
        throw InterchangeError(.invalid("nom de l'attribuant vide"), at: reader.path.appending("name"))
      }
      guard let text = try reader.string("siret") else {
        throw InterchangeError(.missingField, at: reader.path.appending("siret"))
      }
      do {
        grantor = Grantor(name: name, siret: try SIRET(text))
      } catch {
        throw InterchangeError(.invalidSIRET(error), at: reader.path.appending("siret"))
      }
    } else {
      grantor = nil
    }
    tree = try object.value("tree").map { value throws(InterchangeError) in
      try Envelope(reading: value, at: path.appending("tree"))
    }
    guard let elements = try object.array("events") else {
      throw InterchangeError(.missingField, at: path.appending("events"))
    }
    var events: [LedgerEvent] = []
    events.reserveCapacity(elements.count)
    for (index, element) in elements.enumerated() {
      let at = path.appending("events").appending(index: index)
      let event = try LedgerEvent(json: element, at: at)
      // Events are replayed in file order: one dated before the previous one would check
      // an envelope against commitments that did not exist yet on its date.
      if let previous = events.last?.date, event.date < previous {
        throw InterchangeError(
          .invalid(
            "événement daté du " + event.date.frenchDescription + ", avant l'événement précédent du "
              + previous.frenchDescription + " : le registre se lit dans l'ordre des dates"),
          at: at.appending("date"))
      }
      events.append(event)
    }
    self.events = events
  }

  /// The file as JSON.
  public var json: JSONValue {
    var members: [JSONValue.Member] = []
    if let grantor {
      members.append(
        .init("grantor", .object(["name": .string(grantor.name), "siret": .string(grantor.siret.digits)])))
    }
    if let tree { members.append(.init("tree", tree.json)) }
    members.append(.init("events", .array(events.map(\.json))))
    return .object(members)
  }
}
