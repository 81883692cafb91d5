import Crypto
import Foundation
import FranceRelanceModel
import Synchronization

/// The durable store of the server: the tokens (their hashes) and the award ledger, in
/// SQLite (embedded, the default: ``SQLiteDatabase``) or PostgreSQL (shared by several
/// processes: ``PostgreSQLDatabase``), with the same tables (``LedgerSchema``) and the same
/// logic, written once.
///
/// SQLite runs with write-ahead logging (`journal_mode=WAL`, `synchronous=NORMAL`: a
/// committed transaction survives a crash of the process; a power loss may lose the last
/// ones). Schema changes are versioned migrations, applied when the store opens.
///
/// ```swift
/// let store = try await LedgerStore.open("relance.sqlite")
/// let token = try await store.addToken(name: "instruction-1", role: .instructeur)
/// ```
public final class LedgerStore: Sendable {
  // MARK: Stored properties

  /// The database: SQLite or PostgreSQL.
  let database: any SQLDatabase
  /// The envelope ledger as of the last write this process saw, and the last event it
  /// holds: a write applies only the events recorded since (by any process) and its own,
  /// instead of replaying the whole ledger.
  let ledgerCache = Mutex<LedgerCache?>(nil)
  /// The callers of the token hashes found lately, and when each was read: a token found
  /// is not looked up again for ``callerLifetime`` (an unknown one is looked up each
  /// time, so a token just added by another process works at once).
  let knownCallers = Mutex<[[UInt8]: (caller: Caller, readAt: ContinuousClock.Instant)]>([:])

  /// How long a token found is remembered before it is read again from the database.
  static let callerLifetime: Duration = .seconds(10)

  // MARK: Opening

  /// Opens (or creates) the SQLite store at `path` and applies its migrations.
  ///
  /// - Throws: ``StoreError`` when the file cannot be opened or migrated.
  public init(path: String) throws {
    database = try SQLiteDatabase(path: path)
  }

  /// Opens the store `location` names: a `postgres://` (or `postgresql://`) URL for a
  /// PostgreSQL database, any other text for the path of a SQLite file. Migrations are
  /// applied.
  ///
  /// - Throws: ``StoreError`` when the database cannot be reached, opened or migrated.
  public static func open(_ location: String) async throws -> LedgerStore {
    if isPostgres(location) {
      return LedgerStore(database: try await PostgreSQLDatabase(url: location))
    }
    return try LedgerStore(path: location)
  }

  /// Whether `location` names a PostgreSQL database.
  public static func isPostgres(_ location: String) -> Bool {
    location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
  }

  /// A store over an opened database.
  init(database: any SQLDatabase) {
    self.database = database
  }

  /// Closes the database's connections; the store is not used afterwards.
  public func close() async {
    await database.close()
  }

  /// Whether the database answers a query (`/health/ready`).
  public func isReady() async -> Bool {
    do {
      return try await database.read { session in try session.integer("SELECT 1") } == 1
    } catch {
      return false
    }
  }

  // MARK: Tokens

  /// Creates a token for `name` with `role`: 32 random bytes, written in hexadecimal.
  /// Only its SHA-256 is stored; the token itself is returned once.
  ///
  /// - Throws: ``StoreError`` when a token already has that name.
  public func addToken(name: String, role: Role) async throws -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let token = bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
      .joined()
    let hash = Array(SHA256.hash(data: Array(token.utf8)))
    try await database.write { session in
      if try session.exists("SELECT 1 FROM tokens WHERE name = ?", [.text(name)]) {
        throw StoreError("un jeton porte déjà le nom « " + name + " »")
      }
      try session.execute(
        "INSERT INTO tokens (hash, name, role, createdAt) VALUES (?, ?, ?, ?)",
        [.blob(hash), .text(name), .text(role.rawValue), .text(Date.now.formatted(.iso8601))])
    }
    return token
  }

  /// The caller a bearer token names, or `nil`. The token's hash is looked up (a hash
  /// comparison in the database's index, never the token compared byte by byte against
  /// stored secrets); the token itself is never stored or logged. A token found is
  /// remembered, by its hash, for ``callerLifetime``.
  public func caller(token: String) async -> Caller? {
    let hash = Array(SHA256.hash(data: Array(token.utf8)))
    let now = ContinuousClock.now
    if let known = knownCallers.withLock({ $0[hash] }), now - known.readAt < Self.callerLifetime {
      return known.caller
    }
    do {
      let found = try await database.read { session -> Caller? in
        guard let row = try session.row("SELECT name, role FROM tokens WHERE hash = ?", [.blob(hash)]),
          let name = row[0].text, let role = Role(rawValue: row[1].text ?? "")
        else { return nil }
        return Caller(name: name, role: role)
      }
      if let found {
        knownCallers.withLock { callers in
          if callers.count > 10_000 { callers.removeAll() }
          callers[hash] = (found, now)
        }
      }
      return found
    } catch {
      return nil
    }
  }

  /// Writes an online copy of the database to `path` (`relance-server backup`), while the
  /// server keeps running: SQLite's backup; PostgreSQL's is `pg_dump`'s work.
  ///
  /// - Throws: ``StoreError`` when the copy cannot be written, or the store is PostgreSQL.
  public func backup(to path: String) throws {
    try database.backup(to: path)
  }
}
