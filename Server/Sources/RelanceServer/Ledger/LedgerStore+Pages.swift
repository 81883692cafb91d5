import FTAPGuichet
import Foundation
public import FranceRelanceModel

extension LedgerStore {
  // MARK: Batches uploaded on the instructor's page

  /// A batch uploaded on the instructor's page: its name and its bytes (JSON Lines, one
  /// dossier, or a démarches-simplifiées answer with the mapping that reads it), kept so
  /// that its table can be filtered, shared and reloaded by its address.
  public struct PageBatch: Sendable, Hashable {
    /// Its identifier (32 hexadecimal digits, random).
    public let id: String
    /// The uploaded file's name, or « texte collé ».
    public let name: String
    /// Who uploaded it (the token's name).
    public let createdBy: String
    /// When, ISO 8601.
    public let createdAt: String
    /// Its bytes.
    public let body: [UInt8]
    /// The mapping of a démarches-simplifiées answer (`relance import ds --mapping`), or
    /// `nil` for dossiers.
    public let mapping: [UInt8]?
  }

  /// Keeps an uploaded batch; its identifier.
  ///
  /// - Throws: the store's error.
  public func saveBatch(name: String, body: [UInt8], mapping: [UInt8]? = nil, by caller: Caller) async throws
    -> String
  {
    var generator = SystemRandomNumberGenerator()
    let id = (0..<16).map { _ in
      let byte = UInt8.random(in: 0...255, using: &generator)
      return (byte < 16 ? "0" : "") + String(byte, radix: 16)
    }.joined()
    try await database.write { session in
      try session.execute(
        "INSERT INTO pageBatches (id, name, body, mapping, createdBy, createdAt) VALUES (?, ?, ?, ?, ?, ?)",
        [
          .text(id), .text(name), .blob(body), mapping.map(SQLValue.blob) ?? .null, .text(caller.name),
          .text(Self.now()),
        ])
    }
    return id
  }

  /// The batch `id`, or `nil`.
  ///
  /// - Throws: the store's error.
  public func batch(_ id: String) async throws -> PageBatch? {
    try await database.read { session in
      guard
        let row = try session.row(
          "SELECT name, body, createdBy, createdAt, mapping FROM pageBatches WHERE id = ?", [.text(id)])
      else { return nil }
      return PageBatch(
        id: id, name: row[0].text ?? "", createdBy: row[2].text ?? "", createdAt: row[3].text ?? "",
        body: row[1].bytes ?? [], mapping: row[4].bytes)
    }
  }

  /// The latest batches (without their bytes), newest first.
  ///
  /// - Throws: the store's error.
  public func recentBatches(limit: Int = 20) async throws -> [PageBatch] {
    try await database.read { session in
      try session.rows(
        "SELECT id, name, createdBy, createdAt FROM pageBatches ORDER BY createdAt DESC, id LIMIT ?",
        [.integer(Int64(limit))]
      ).map { row in
        PageBatch(
          id: row[0].text ?? "", name: row[1].text ?? "", createdBy: row[2].text ?? "", createdAt: row[3].text ?? "",
          body: [], mapping: nil)
      }
    }
  }

  // MARK: The ledger on a date, for its page

  /// An award as the ledger page shows it on a date: its envelope and what was granted,
  /// paid, withheld and is still to come after its events dated up to that day.
  public struct AwardOnDate: Sendable, Hashable {
    /// The dossier's reference.
    public let reference: String
    /// The envelope it commits to.
    public let envelope: String
    /// The convention's date.
    public let conventionDate: CalendarDate
    /// The amount granted.
    public let granted: Euros
    /// What its unlocked tranches paid.
    public let paid: Euros
    /// What is withheld.
    public let withheld: Euros
    /// What remains to come.
    public let remaining: Euros
  }

  /// Every award whose convention is dated on or before `day`, in the state its events
  /// dated up to `day` give it (every event when `day` is `nil`).
  ///
  /// - Throws: ``Problem`` when a stored award no longer replays (it did when written).
  public func awards(on day: CalendarDate?) async throws -> [AwardOnDate] {
    try await database.read { session in
      var result: [AwardOnDate] = []
      for reference in try session.texts("SELECT reference FROM awards ORDER BY reference", []) {
        let (file, _, events) = try Self.storedAward(reference, session)
        let dated = events.filter { event in
          guard let day, case .object(let members) = event,
            case .string(let date)? = members.first(where: { $0.key == "date" })?.value,
            let eventDay = try? CalendarDate(iso: date)
          else { return true }
          return eventDay <= day
        }
        let (award, reviews) = try Self.replay(Self.adding(dated, to: file))
        if let day, award.conventionDate > day { continue }
        guard case .object(let members) = file,
          case .string(let envelope)? = members.first(where: { $0.key == "envelope" })?.value
        else { continue }
        result.append(
          AwardOnDate(
            reference: reference, envelope: envelope, conventionDate: award.conventionDate, granted: award.granted,
            paid: reviews.released, withheld: reviews.withheld, remaining: reviews.remaining))
      }
      return result
    }
  }
}
