/// A ledger's event log as a file: `{"grantor": {"name", "siret"}, "events": [ … ]}`.
///
/// This is what `relance envelopes --ledger FILE` reads. Replaying it on a tree with
/// ``EnvelopeLedger/init(tree:replaying:)`` gives the ledger.
public struct LedgerFile: Sendable, Hashable, InterchangeCodable, Codable {
  /// The events, in order.
  public let events: [LedgerEvent]
  /// The body that awards the money, for publication; optional.
  public let grantor: Grantor?

  /// Creates a file from events.
  public init(events: [LedgerEvent], grantor: Grantor? = nil) {
    self.events = events
    self.grantor = grantor
  }

  /// Reads the file.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty event, such as `events[3].amount`.
  public init(json: JSONValue, at path: FieldPath) throws(InterchangeError) {
    let object = try JSONObjectReader(json, at: path, keys: ["grantor", "events"])
    if let reader = try object.object("grantor", keys: ["name", "siret"]) {
      guard let name = try reader.string("name") else {
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
  public var json: JSONValue {
    var members: [JSONValue.Member] = []
    if let grantor {
      members.append(
        .init("grantor", .object(["name": .string(grantor.name), "siret": .string(grantor.siret.digits)])))
    }
    members.append(.init("events", .array(events.map(\.json))))
    return .object(members)
  }
}
