import FTAPGuichet
import Foundation
public import FranceRelanceModel
import FundingProgrammes

extension LedgerStore {
  // MARK: Setup

  /// Sets the tree and grantor the ledger commits to, from a ledger file; its `events` are
  /// not imported (the server records its own). A new tree replaces the stored one only
  /// when every event recorded replays on it.
  ///
  /// - Returns: the number of events of the file left out.
  /// - Throws: ``Problem`` naming the field, or why the recorded events do not replay.
  @discardableResult
  public func configure(ledgerFile bytes: [UInt8]) async throws -> Int {
    let file: LedgerFile
    do throws(InterchangeError) { file = try LedgerFile(jsonDocument: bytes) } catch { throw Problem.input(error) }
    let text = LedgerFile(events: [], grantor: file.grantor, tree: file.tree ?? RelancePlan.envelopes).json
      .serialized(pretty: false)
    try await database.write { session in
      let setup = try Self.setup(session, replacing: text)
      _ = try Self.envelopeLedger(session, setup: setup, adding: [])
      try session.execute(
        "INSERT INTO ledgerSetup (id, file) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET file = excluded.file",
        [.text(text)])
    }
    ledgerCache.withLock { $0 = nil }
    return file.events.count
  }

  /// The ledger setup: the stored one, or `replacing` it; the library's Relance tree
  /// without a grantor when none was ever given.
  static func setup(_ session: any SQLSession, replacing text: String? = nil) throws -> LedgerFile {
    guard let text = try text ?? session.texts("SELECT file FROM ledgerSetup WHERE id = 1").first else {
      return LedgerFile(events: [], tree: RelancePlan.envelopes)
    }
    return try LedgerFile(jsonDocument: Array(text.utf8))
  }

  /// The envelope ledger of every recorded event and `adding`, replayed in date order
  /// (stable) on the setup's tree.
  ///
  /// - Throws: ``Problem`` 409 when the events over-commit an envelope.
  static func envelopeLedger(
    _ session: any SQLSession, setup: LedgerFile, adding: [LedgerEvent], until day: CalendarDate? = nil
  ) throws -> EnvelopeLedger {
    var events: [LedgerEvent] = []
    for text in try session.texts("SELECT event FROM ledgerEvents ORDER BY sequence") {
      events.append(try LedgerEvent(jsonDocument: Array(text.utf8)))
    }
    events += adding
    let ordered = inDateOrder(events).filter { day == nil || $0.date <= day! }
    do {
      return try EnvelopeLedger(tree: setup.tree ?? RelancePlan.envelopes, replaying: ordered)
    } catch {
      throw overCommitment(error.error.description)
    }
  }

  /// Brings `cache` up to date with the `ledgerEvents` table, this transaction's own
  /// inserts included, checking each event against its envelope: the events recorded
  /// after the cache (by this process or another) are applied to it in date order, in
  /// place (the cache is the ledger's only owner, so nothing is copied), when none is dated
  /// before the cache's last date; otherwise, or when the cache's last event is not the
  /// table's (a write whose commit failed), the whole table is replayed in date order.
  ///
  /// - Throws: ``Problem`` 409 when an event over-commits an envelope; the cache is then
  ///   dropped (it may hold part of the refused events).
  static func updateLedger(_ cache: inout LedgerCache?, _ session: any SQLSession) throws {
    // Only the cache's scalars are read into locals: a copy of the cache would share the
    // ledger's storage, and the first event applied would copy it whole.
    if let lastSequence = cache?.lastSequence, lastSequence > 0,
      try session.texts("SELECT event FROM ledgerEvents WHERE sequence = ?", [.integer(lastSequence)]).first
        != cache?.lastEvent
    {
      cache = nil
    }
    if let lastSequence = cache?.lastSequence {
      let lastDate = cache?.lastDate
      let rows = try session.rows(
        "SELECT sequence, event FROM ledgerEvents WHERE sequence > ? ORDER BY sequence", [.integer(lastSequence)])
      let new = inDateOrder(try rows.map { row in try LedgerEvent(jsonDocument: row[1].bytes ?? []) })
      guard let last = rows.last else { return }
      if let first = new.first?.date, let lastDate, first < lastDate {
        // A back-dated event: the order changes before the cache's end.
        cache = nil
      } else {
        do throws(LedgerError) {
          for event in new { try cache!.ledger.apply(event) }
        } catch {
          cache = nil
          throw overCommitment(error.description)
        }
        cache!.lastSequence = last[0].integer ?? 0
        cache!.lastEvent = last[1].text
        cache!.lastDate = new.last?.date ?? lastDate
        return
      }
    }
    let rows = try session.rows("SELECT sequence, event FROM ledgerEvents ORDER BY sequence", [])
    let events = try rows.map { row in try LedgerEvent(jsonDocument: row[1].bytes ?? []) }
    let ordered = inDateOrder(events)
    let tree = try setup(session).tree ?? RelancePlan.envelopes
    let ledger: EnvelopeLedger
    do {
      ledger = try EnvelopeLedger(tree: tree, replaying: ordered)
    } catch {
      throw overCommitment(error.error.description)
    }
    cache = LedgerCache(
      lastSequence: rows.last?[0].integer ?? 0, lastEvent: rows.last?[1].text, lastDate: ordered.last?.date,
      ledger: ledger)
  }

  /// `events` sorted by date, their order kept within a day.
  static func inDateOrder(_ events: [LedgerEvent]) -> [LedgerEvent] {
    events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
  }

  /// The 409 of an over-committed envelope.
  static func overCommitment(_ detail: String) -> Problem {
    Problem(.conflict, kind: "enveloppe-depassee", title: "Engagement refusé par l'enveloppe", detail: detail)
  }

  // MARK: Awards

  /// Records an award from the award JSON of `relance award` without `events`: the
  /// dossier, the amount granted, the convention date, the envelope and the object, the
  /// readings and the instructor's decisions. Its grant is committed to its envelope in
  /// the same transaction: over the envelope, nothing is written (409).
  ///
  /// - Throws: ``Problem``: 400 for a body the award reader refuses, 409 for a reference
  ///   already recorded or an envelope over-committed.
  public func createAward(_ body: [UInt8], by caller: Caller, idempotencyKey: String?) async throws -> StoredAnswer {
    // The library's work needs no stored state: it is done before the write transaction,
    // so that awards are read and checked concurrently and the single writer only looks
    // the reference and the envelope up and writes.
    let document: JSONDocument
    do throws(InterchangeError) { document = try JSONDocument(parsing: body) } catch { throw Problem.input(error) }
    let file = document.value
    guard case .object(let members) = file else {
      throw Problem.input(InterchangeError(.wrongType(expected: "objet", found: file.typeName), at: .root))
    }
    if members.contains(where: { $0.key == "events" }) {
      throw Problem.input(
        InterchangeError(
          .invalid("les événements s'ajoutent un à un par POST /v1/awards/{ref}/events"), at: FieldPath("events")))
    }
    let (award, reviews) = try Self.replay(file)
    guard let reference = award.dossier.reference else {
      throw Problem.input(InterchangeError(.missingField, at: FieldPath("dossier.reference")))
    }
    let ledgerEvents = try Self.ledgerEvents(award, reviews, file: file)
    let stored = file.serialized(pretty: false)
    let answer = StoredAnswer(
      status: 201, version: 1, reference: reference,
      body: Array(Self.awardJSON(award, reviews, version: 1, events: []).serialized(pretty: false).utf8))
    return try await write(idempotencyKey: idempotencyKey, caller: caller, route: "POST /v1/awards") { session in
      if try session.exists("SELECT 1 FROM awards WHERE reference = ?", [.text(reference)]) {
        throw Problem(
          .conflict, kind: "deja-enregistree", title: "Attribution déjà enregistrée",
          detail: "une attribution est déjà enregistrée pour la référence « " + reference + " »")
      }
      try session.execute(
        "INSERT INTO awards (reference, file, version, createdBy, createdAt) VALUES (?, ?, 1, ?, ?)",
        [.text(reference), .text(stored), .text(caller.name), .text(Self.now())])
      try Self.insert(ledgerEvents, of: reference, session)
      return answer
    }
  }

  /// Appends one event to an award (`{"type": "report" | "review" | "withhold" | "unlock" |
  /// "unlockWithheld" | "close", "date", …}` as in an award file). Who may write it is
  /// decided by the token's role: an unlock only by `dinum`, the others by `instructeur`;
  /// the event's `by` follows from its type (a report is the project owner's, the other
  /// steps the DINUM's). The award's reviews and the envelope ledger are checked in the
  /// same transaction.
  ///
  /// - Throws: ``Problem``: 404 for an unknown award, 412 when `version` is not the
  ///   award's, 403 for a role that may not write the event, 400 for an event the award's
  ///   reviews refuse, 409 for an envelope it would over-commit.
  public func appendEvent(
    _ body: [UInt8], to reference: String, by caller: Caller, version expected: Int, idempotencyKey: String?
  ) async throws -> StoredAnswer {
    try await write(
      idempotencyKey: idempotencyKey, caller: caller, route: "POST /v1/awards/" + reference + "/events"
    ) { session in
      let (file, version, recordedEvents) = try Self.storedAward(reference, session)
      guard version == expected else {
        throw Problem(
          .preconditionFailed, kind: "version-perimee", title: "Version périmée",
          detail: "l'attribution est à la version " + String(version) + ", pas " + String(expected)
            + " : relire l'attribution (GET) avant d'écrire")
      }
      let document: JSONDocument
      do throws(InterchangeError) { document = try JSONDocument(parsing: body) } catch { throw Problem.input(error) }
      let event = try Self.event(document.value, writtenBy: caller)
      let events = recordedEvents + [event]
      let (award, reviews) = try Self.replay(Self.adding(events, to: file), eventIndexOffset: events.count - 1)
      let all = try Self.ledgerEvents(award, reviews, file: file)
      let recorded = Int(
        try session.integer("SELECT COUNT(*) FROM ledgerEvents WHERE award = ?", [.text(reference)]) ?? 0)
      let new = Array(all.dropFirst(recorded))
      try session.execute(
        "INSERT INTO awardEvents (award, sequence, event, actor, role, recordedAt) VALUES (?, ?, ?, ?, ?, ?)",
        [
          .text(reference), .integer(Int64(events.count)), .text(event.serialized(pretty: false)),
          .text(caller.name), .text(caller.role.rawValue), .text(Self.now()),
        ])
      try Self.insert(new, of: reference, session)
      try session.execute(
        "UPDATE awards SET version = ? WHERE reference = ?", [.integer(Int64(version + 1)), .text(reference)])
      let answer = StoredAnswer(
        status: 201, version: version + 1, reference: reference,
        body: Array(Self.awardJSON(award, reviews, version: version + 1, events: events).serialized(pretty: false).utf8)
      )
      return answer
    }
  }

  /// An award's state after its events (as `relance award --json`, with its `version` and
  /// its `events`), and its version.
  ///
  /// - Throws: ``Problem`` 404 for an unknown reference.
  public func award(_ reference: String) async throws -> StoredAnswer {
    try await database.read { session in
      let (file, version, events) = try Self.storedAward(reference, session)
      let (award, reviews) = try Self.replay(Self.adding(events, to: file))
      return StoredAnswer(
        status: 200, version: version, reference: reference,
        body: Array(Self.awardJSON(award, reviews, version: version, events: events).serialized(pretty: false).utf8))
    }
  }

  /// The stored award file of `reference` (without events), its version and its events
  /// in order.
  ///
  /// - Throws: ``Problem`` 404 for an unknown reference.
  static func storedAward(_ reference: String, _ session: any SQLSession) throws -> (
    file: JSONValue, version: Int, events: [JSONValue]
  ) {
    guard
      let row = try session.row("SELECT file, version FROM awards WHERE reference = ?", [.text(reference)]),
      let stored = row[0].text, let version = row[1].integer.map(Int.init)
    else { throw Problem.notFound("aucune attribution pour la référence « " + reference + " »") }
    let events = try session.texts(
      "SELECT event FROM awardEvents WHERE award = ? ORDER BY sequence", [.text(reference)]
    ).map { text in try JSONValue(parsing: text) }
    return (try JSONValue(parsing: stored), version, events)
  }

  // MARK: Envelopes and exports

  /// The envelope tree with what is committed and remaining in each envelope on `day`
  /// (every event when `nil`), as `relance envelopes --ledger FILE --json`.
  public func envelopes(on day: CalendarDate?) async throws -> JSONValue {
    try await database.read { session in
      let setup = try Self.setup(session)
      let ledger = try Self.envelopeLedger(session, setup: setup, adding: [], until: day)
      return .object([
        .init("on", .string(orNull: day?.isoString)), .init("tree", ledger.tree.json(ledger: ledger)),
        .init("commitments", .number(String(ledger.entriesInOrder.count))),
      ])
    }
  }

  /// The SCDL « subventions » CSV of what the ledger commits, as `relance export scdl`.
  ///
  /// - Throws: ``Problem`` 409 when no grantor is configured (the SCDL names the
  ///   attributing body) or a commitment cannot be published.
  public func scdlCSV() async throws -> String {
    try await database.read { session in
      let setup = try Self.setup(session)
      guard let grantor = setup.grantor else {
        throw Problem(
          .conflict, kind: "attribuant-absent", title: "Attribuant non configuré",
          detail: "grantor : l'export SCDL nomme l'attribuant ; le démarrer avec --ledger FICHIER qui le donne")
      }
      let ledger = try Self.envelopeLedger(session, setup: setup, adding: [])
      do throws(SCDLExport.Failure) {
        return SCDLExport.csv(
          try SCDLExport.rows(
            from: ledger, grantor: grantor, schemes: ProgrammeCatalogue.registry.aidSchemes(for: ledger.tree)))
      } catch {
        throw Problem(
          .conflict, kind: "export-impossible", title: "Export impossible",
          detail: error.reference + " : " + error.field + " : " + error.reason)
      }
    }
  }

  // MARK: Writing once

  /// Runs `body` in one write transaction, unless `idempotencyKey` was used before: then
  /// the first answer is returned and nothing is written. After `body`, the envelope ledger
  /// is brought up to date with what it inserted (``updateLedger(_:_:)``): an
  /// over-commitment throws, and nothing is written. An answer is kept with its key in the
  /// same transaction as what it wrote.
  ///
  /// Write transactions are serialised (SQLite's single writer; PostgreSQL's advisory
  /// lock), so the cache is updated by one transaction at a time.
  func write(
    idempotencyKey: String?, caller: Caller, route: String,
    _ body: @escaping @Sendable (any SQLSession) throws -> StoredAnswer
  ) async throws -> StoredAnswer {
    do {
      return try await database.write { session -> StoredAnswer in
        if let key = idempotencyKey,
          let row = try session.row(
            "SELECT caller, route, status, version, reference, body FROM idempotency WHERE key = ?", [.text(key)])
        {
          guard row[0].text == caller.name, row[1].text == route else {
            throw Problem(
              .unprocessableContent, kind: "cle-reutilisee", title: "Clé d'idempotence réutilisée",
              detail: "Idempotency-Key déjà employée pour une autre requête")
          }
          return StoredAnswer(
            status: Int(row[2].integer ?? 500), version: row[3].integer.map(Int.init), reference: row[4].text,
            body: row[5].bytes ?? [])
        }
        let answer = try body(session)
        try self.ledgerCache.withLock { cache in try Self.updateLedger(&cache, session) }
        if let key = idempotencyKey {
          try session.execute(
            """
            INSERT INTO idempotency (key, caller, route, status, version, reference, body, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
              .text(key), .text(caller.name), .text(route), .integer(Int64(answer.status)), SQLValue(answer.version),
              SQLValue(answer.reference), .blob(answer.body), .text(Self.now()),
            ])
        }
        return answer
      }
    } catch let problem as Problem {
      throw problem
    } catch {
      // The store failed, perhaps at the commit: the cache may hold what was not written.
      ledgerCache.withLock { $0 = nil }
      throw error
    }
  }

  // MARK: The library's part

  /// The award file `file` with `events`.
  static func adding(_ events: [JSONValue], to file: JSONValue) -> JSONValue {
    guard case .object(let members) = file else { return file }
    return .object(members.filter { $0.key != "events" } + [.init("events", .array(events))])
  }

  /// The award and its reviews, as `relance award` reads its file.
  ///
  /// - Throws: ``Problem`` 400 with the reader's error; an event's error is put at
  ///   `events[eventIndexOffset…]` as the request's own field when it is the new one.
  static func replay(_ file: JSONValue, eventIndexOffset: Int? = nil) throws -> (FTAPAward, MilestoneReviewProcess) {
    do throws(InterchangeError) {
      // The edition the award's dossier names, among the registered programmes (each built
      // once: its rule book is not rebuilt at each write).
      return try FTAPAward.replay(json: file, guichet: FTAPAward.guichet(of: file, in: ProgrammeCatalogue.registry))
    } catch {
      if let offset = eventIndexOffset,
        case .index(let index)? = error.path.components.dropFirst().first,
        error.path.components.first == .key("events"), index == offset
      {
        // The new event: its error is the request's.
        throw Problem(
          .conflict, kind: "evenement-refuse", title: "Événement refusé",
          detail: error.reason.description)
      }
      throw Problem.input(error)
    }
  }

  /// The events an award writes to the envelope ledger: its commitment, and the releases
  /// of tranches lost to the envelope; checked by the ledger file's reader, as
  /// `relance award --ledger` checks them.
  static func ledgerEvents(_ award: FTAPAward, _ reviews: MilestoneReviewProcess, file: JSONValue) throws
    -> [LedgerEvent]
  {
    let reader: JSONObjectReader
    do throws(InterchangeError) { reader = try JSONObjectReader(file, at: .root, keys: [], allowingOthers: true) } catch
    {
      throw Problem.input(error)
    }
    let envelope: String
    let object: String
    do throws(InterchangeError) {
      guard let named = try reader.reference("envelope") else {
        throw InterchangeError(.missingField, at: FieldPath("envelope"))
      }
      guard let text = try reader.line("object") else { throw InterchangeError(.missingField, at: FieldPath("object")) }
      (envelope, object) = (named, text)
    } catch {
      throw Problem.input(error)
    }
    let events = award.ledgerEvents(after: reviews, envelope: EnvelopeIdentifier(rawValue: envelope), object: object)
    do throws(InterchangeError) {
      _ = try LedgerFile(json: .object([.init("events", .array(events.map(\.json)))]), at: .root)
    } catch {
      throw Problem.input(error)
    }
    return events
  }

  /// The event of a request, with `by` set from its type (the texts' actor); a role that
  /// may not write it is refused.
  ///
  /// - Throws: ``Problem`` 400 for a body that is not an event object, 403 for the role.
  static func event(_ value: JSONValue, writtenBy caller: Caller) throws -> JSONValue {
    guard case .object(let members) = value else {
      throw Problem.input(InterchangeError(.wrongType(expected: "objet", found: value.typeName), at: .root))
    }
    guard case .string(let type)? = members.first(where: { $0.key == "type" })?.value else {
      throw Problem.input(InterchangeError(.missingField, at: FieldPath("type")))
    }
    let unlocks = ["unlock", "unlockWithheld"].contains(type)
    let allowed: Role = unlocks ? .dinum : .instructeur
    guard caller.role == allowed else {
      throw Problem(
        .forbidden, kind: "role-insuffisant", title: "Rôle insuffisant",
        detail: "un événement « " + type + " » s'écrit avec le rôle « " + allowed.rawValue + " », pas « "
          + caller.role.rawValue + " »" + (unlocks ? " (avec l'accord de la DINUM)" : ""))
    }
    let actor = type == "report" ? "projectOwner" : "dinum"
    return .object(members.filter { $0.key != "by" } + [.init("by", .string(actor))])
  }

  /// The award's state with its version and its events.
  static func awardJSON(_ award: FTAPAward, _ reviews: MilestoneReviewProcess, version: Int, events: [JSONValue])
    -> JSONValue
  {
    guard case .object(let members) = award.stateJSON(reviews: reviews) else { return .null }
    return .object(
      [.init("version", .number(String(version)))] + members + [.init("events", .array(events))])
  }

  static func insert(_ events: [LedgerEvent], of reference: String, _ session: any SQLSession) throws {
    for event in events {
      try session.execute(
        "INSERT INTO ledgerEvents (award, event) VALUES (?, ?)",
        [.text(reference), .text(event.json.serialized(pretty: false))])
    }
  }

  /// The current time, ISO 8601, for the tables' timestamps.
  static func now() -> String { Date.now.formatted(.iso8601) }
}
