import Foundation
import GRDB

/// The embedded store: one SQLite file through GRDB, with write-ahead logging
/// (`journal_mode=WAL`, `synchronous=NORMAL`: a committed transaction survives a crash of
/// the process; a power loss may lose the last ones). One writer, concurrent readers;
/// several processes may open the same file (each write waits up to 10 s for the file's
/// lock).
final class SQLiteDatabase: SQLDatabase {
  // MARK: Stored properties

  /// The database: one writer, concurrent readers.
  let pool: DatabasePool

  // MARK: Opening

  /// Opens (or creates) the file at `path` and applies the schema's migrations
  /// (``LedgerSchema``, through GRDB's migrator).
  ///
  /// - Throws: ``StoreError`` when the file cannot be opened or migrated.
  init(path: String) throws {
    var configuration = Configuration()
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      try db.execute(sql: "PRAGMA foreign_keys = ON")
    }
    configuration.busyMode = .timeout(10)
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      var migrator = DatabaseMigrator()
      for migration in LedgerSchema.migrations {
        migrator.registerMigration(migration.identifier) { db in
          for statement in migration.statements(.sqlite) { try db.execute(sql: statement) }
        }
      }
      try migrator.migrate(pool)
    } catch let error as DatabaseError {
      throw StoreError("base SQLite « " + path + " » : " + (error.message ?? error.description))
    }
  }

  // MARK: Transactions

  func write<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> T) async throws -> T {
    try await pool.write { db in try body(Session(db: db)) }
  }

  func read<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> T) async throws -> T {
    try await pool.read { db in try body(Session(db: db)) }
  }

  func backup(to path: String) throws {
    do {
      let destination = try DatabaseQueue(path: path)
      try pool.backup(to: destination)
    } catch let error as DatabaseError {
      throw StoreError("copie vers « " + path + " » : " + (error.message ?? error.description))
    }
  }

  func close() async {
    try? pool.close()
  }

  // MARK: Session

  /// The statements of one GRDB transaction.
  struct Session: SQLSession {
    let db: Database

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
      try db.execute(sql: sql, arguments: StatementArguments(arguments.map(Self.databaseValue)))
    }

    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [[SQLValue]] {
      try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments.map(Self.databaseValue))).map { row in
        row.databaseValues.map { value in
          switch value.storage {
          case .null: return .null
          case .int64(let integer): return .integer(integer)
          case .double(let number): return .text(String(number))
          case .string(let text): return .text(text)
          case .blob(let data): return .blob(Array(data))
          }
        }
      }
    }

    /// The GRDB value of an argument.
    static func databaseValue(_ value: SQLValue) -> DatabaseValue {
      switch value {
      case .null: return .null
      case .integer(let integer): return integer.databaseValue
      case .text(let text): return text.databaseValue
      case .blob(let bytes): return Data(bytes).databaseValue
      }
    }
  }
}
