import Crypto
import Foundation
import FranceRelanceModel
import GRDB
import Synchronization

/// The durable store of the server: the tokens (their hashes) and the award ledger, in
/// SQLite with write-ahead logging (`journal_mode=WAL`, `synchronous=NORMAL`: a committed
/// transaction survives a crash of the process; a power loss may lose the last ones).
///
/// Schema changes are versioned migrations (``migrator``), applied when the store opens.
///
/// ```swift
/// let store = try LedgerStore(path: "relance.sqlite")
/// let token = try await store.addToken(name: "instruction-1", role: .instructeur)
/// ```
public final class LedgerStore: Sendable {
  // MARK: Stored properties

  /// The database: one writer, concurrent readers.
  let pool: DatabasePool
  /// The envelope ledger as of the last write this process saw, and the last event it
  /// holds: a write applies only the events recorded since (by any process) and its own,
  /// instead of replaying the whole ledger.
  let ledgerCache = Mutex<LedgerCache?>(nil)

  // MARK: Opening

  /// Opens (or creates) the store at `path` and applies its migrations.
  ///
  /// - Throws: GRDB's `DatabaseError` when the file cannot be opened or migrated.
  public init(path: String) throws {
    var configuration = Configuration()
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      try db.execute(sql: "PRAGMA foreign_keys = ON")
    }
    configuration.busyMode = .timeout(10)
    pool = try DatabasePool(path: path, configuration: configuration)
    try Self.migrator.migrate(pool)
  }

  /// The versioned schema migrations.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: tokens") { db in
      try db.execute(
        sql: """
          CREATE TABLE tokens (
            hash BLOB PRIMARY KEY NOT NULL,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL,
            createdAt TEXT NOT NULL
          )
          """)
    }
    registerLedgerMigrations(&migrator)
    return migrator
  }

  /// Whether the database answers a query (`/health/ready`).
  public func isReady() async -> Bool {
    do {
      return try await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") } == 1
    } catch {
      return false
    }
  }

  // MARK: Tokens

  /// Creates a token for `name` with `role`: 32 random bytes, written in hexadecimal.
  /// Only its SHA-256 is stored; the token itself is returned once.
  ///
  /// - Throws: `DatabaseError` when a token already has that name.
  public func addToken(name: String, role: Role) async throws -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let token = bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
      .joined()
    let hash = Data(SHA256.hash(data: Array(token.utf8)))
    try await pool.write { db in
      try db.execute(
        sql: "INSERT INTO tokens (hash, name, role, createdAt) VALUES (?, ?, ?, ?)",
        arguments: [hash, name, role.rawValue, Date.now.formatted(.iso8601)])
    }
    return token
  }

  /// The caller a bearer token names, or `nil`. The token's hash is looked up (a hash
  /// comparison in the database's index, never the token compared byte by byte against
  /// stored secrets); the token itself is never stored or logged.
  public func caller(token: String) async -> Caller? {
    let hash = Data(SHA256.hash(data: Array(token.utf8)))
    do {
      return try await pool.read { db -> Caller? in
        guard let row = try Row.fetchOne(db, sql: "SELECT name, role FROM tokens WHERE hash = ?", arguments: [hash]),
          let name = row["name"] as String?, let role = Role(rawValue: row["role"] as String? ?? "")
        else { return nil }
        return Caller(name: name, role: role)
      }
    } catch {
      return nil
    }
  }

  /// Writes an online copy of the database to `path` (`relance-server backup`), while the
  /// server keeps running.
  ///
  /// - Throws: `DatabaseError` when the copy cannot be written.
  public func backup(to path: String) throws {
    let destination = try DatabaseQueue(path: path)
    try pool.backup(to: destination)
  }
}
