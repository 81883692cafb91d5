import Dispatch
import Foundation
import Logging
import NIOCore
import PostgresNIO

/// The shared store: one PostgreSQL database, through PostgresNIO's connection pool, that
/// several `relance-server` processes use at once (`--database postgres://…`).
///
/// Every write transaction first takes a transaction-scoped advisory lock
/// (`pg_advisory_xact_lock`), so that writes are serialised across processes as SQLite
/// serialises them within a file: the envelope check and the insertion of a commitment
/// happen with no other write between them, and the ledger's sequence numbers are
/// committed in order. Reads run in `REPEATABLE READ` transactions: one consistent state.
///
/// The ledger's logic is synchronous (as GRDB's transactions are); each transaction runs
/// on a Dispatch thread that waits for its queries, never on a thread of Swift's
/// cooperative pool.
final class PostgreSQLDatabase: SQLDatabase {
  // MARK: Stored properties

  /// The connection pool.
  let client: PostgresClient
  /// The task that runs the pool (cancelled by ``close()``).
  let runner: Task<Void, Never>
  /// Where PostgresNIO logs (errors only: its warning that a lease waits for the pool's
  /// task to start is expected here, the first lease racing that task).
  let logger: Logger
  /// The server and database, for messages (never the password).
  let label: String

  /// The key of the writers' advisory lock: « relance » in ASCII.
  static let writersLock: Int64 = 0x72_65_6C_61_6E_63_65

  // MARK: Opening

  /// Connects to the database a `postgres://` URL names and applies the schema's
  /// migrations (``LedgerSchema``).
  ///
  /// The URL is `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, with the optional
  /// query items `sslmode=disable|prefer|require` (`prefer` by default, `disable` on a
  /// loopback host), `host=/DIRECTORY` for a Unix socket, `port=PORT` (as libpq reads it)
  /// and `pool=N` (at most N connections, 10 by default).
  ///
  /// - Throws: ``StoreError`` when the URL is not one, or the database cannot be reached
  ///   or migrated.
  init(url: String) async throws {
    let configuration = try Self.configuration(url)
    label = configuration.label
    var logger = Logger(label: "relance-server.postgres")
    logger.logLevel = .error
    self.logger = logger
    let client = PostgresClient(configuration: configuration.client, backgroundLogger: logger)
    self.client = client
    runner = Task { await client.run() }
    do {
      _ = try await write { session in
        try session.execute(
          "CREATE TABLE IF NOT EXISTS relance_migrations (identifier TEXT PRIMARY KEY NOT NULL, appliedAt TEXT NOT NULL)"
        )
        let applied = Set(try session.texts("SELECT identifier FROM relance_migrations"))
        for migration in LedgerSchema.migrations where !applied.contains(migration.identifier) {
          for statement in migration.statements(.postgres) { try session.execute(statement) }
          try session.execute(
            "INSERT INTO relance_migrations (identifier, appliedAt) VALUES (?, ?)",
            [.text(migration.identifier), .text(Date.now.formatted(.iso8601))])
        }
        return true
      }
    } catch {
      runner.cancel()
      throw StoreError("base PostgreSQL " + label + " : " + Self.reason(error))
    }
  }

  /// The pool's configuration and a label of a `postgres://` URL.
  static func configuration(_ url: String) throws -> (client: PostgresClient.Configuration, label: String) {
    guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
      let user = components.user, !user.isEmpty
    else {
      throw StoreError("--database : postgres://UTILISATEUR[:MOT_DE_PASSE]@HÔTE[:PORT]/BASE attendu")
    }
    let items = Dictionary(
      (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
    let database = String(components.path.drop { $0 == "/" })
    let name = database.isEmpty ? user : database
    guard let port = components.port ?? (items["port"].map { Int($0) } ?? 5432), (1...65_535).contains(port) else {
      throw StoreError("--database : port est un nombre de 1 à 65535")
    }
    var configuration: PostgresClient.Configuration
    let label: String
    if let socket = items["host"], socket.hasPrefix("/") {
      configuration = .init(
        unixSocketPath: socket + "/.s.PGSQL." + String(port), username: user,
        password: components.password, database: name)
      label = socket + "/" + name
    } else {
      let host = components.host ?? "localhost"
      let loopback = ["localhost", "127.0.0.1", "::1"].contains(host)
      let tls: PostgresClient.Configuration.TLS
      switch items["sslmode"] ?? (loopback ? "disable" : "prefer") {
      case "disable": tls = .disable
      case "prefer": tls = .prefer(.makeClientConfiguration())
      case "require": tls = .require(.makeClientConfiguration())
      default: throw StoreError("--database : sslmode vaut disable, prefer ou require")
      }
      configuration = .init(
        host: host, port: port, username: user, password: components.password, database: name,
        tls: tls)
      label = host + ":" + String(port) + "/" + name
    }
    if let pool = items["pool"] {
      guard let count = Int(pool), (1...200).contains(count) else {
        throw StoreError("--database : pool est un nombre de connexions de 1 à 200")
      }
      configuration.options.maximumConnections = count
    } else {
      configuration.options.maximumConnections = 10
    }
    configuration.options.connectTimeout = .seconds(5)
    return (configuration, label)
  }

  /// A short reason for an error, without the query or its arguments.
  static func reason(_ error: any Error) -> String {
    if let error = error as? StoreError { return error.message }
    if let error = error as? PSQLError {
      if let message = error.serverInfo?[.message] { return message }
      if let underlying = error.underlying { return String(describing: underlying) }
      return String(describing: error.code)
    }
    if String(describing: type(of: error)).contains("ConnectionPoolError") {
      return "connexion impossible (serveur arrêté, hôte, port, utilisateur ou mot de passe erronés)"
    }
    return String(describing: error)
  }

  // MARK: Transactions

  func write<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> T) async throws -> T {
    try await transaction(
      begin: ["BEGIN", "SELECT pg_advisory_xact_lock(" + String(Self.writersLock) + ")"], body)
  }

  func read<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> T) async throws -> T {
    try await transaction(begin: ["BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"], body)
  }

  /// Runs `body` between `begin` and `COMMIT` on a leased connection, on a Dispatch thread;
  /// rolls back when it throws.
  func transaction<T: Sendable>(begin: [String], _ body: @escaping @Sendable (any SQLSession) throws -> T)
    async throws -> T
  {
    let logger = self.logger
    return try await client.withConnection { connection in
      try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
          let session = Session(connection: connection, logger: logger)
          continuation.resume(
            with: Result(catching: {
              for statement in begin { try session.execute(statement) }
              do {
                let value = try body(session)
                try session.execute("COMMIT")
                return value
              } catch {
                try? session.execute("ROLLBACK")
                throw error
              }
            }))
        }
      }
    }
  }

  func backup(to path: String) throws {
    throw StoreError(
      "la copie d'une base PostgreSQL (" + label + ") se fait avec pg_dump : pg_dump -Fc -f " + path + " URL_DE_LA_BASE"
    )
  }

  func close() async {
    runner.cancel()
    _ = await runner.value
  }

  // MARK: Session

  /// The statements of one transaction on a connection, each waited for.
  struct Session: SQLSession {
    let connection: PostgresConnection
    let logger: Logger

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
      _ = try connection.query(Self.query(sql, arguments), logger: logger).wait()
    }

    func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [[SQLValue]] {
      try connection.query(Self.query(sql, arguments), logger: logger).wait().rows.map { row in
        try row.map { cell in try Self.value(cell) }
      }
    }

    /// The query of a statement with `?` placeholders, numbered as PostgreSQL reads them.
    static func query(_ sql: String, _ arguments: [SQLValue]) -> PostgresQuery {
      var numbered = ""
      var next = 0
      for character in sql {
        if character == "?" {
          next += 1
          numbered += "$" + String(next)
        } else {
          numbered.append(character)
        }
      }
      var bindings = PostgresBindings(capacity: arguments.count)
      for argument in arguments {
        switch argument {
        case .null: bindings.appendNull()
        case .integer(let integer): bindings.append(integer)
        case .text(let text): bindings.append(text)
        case .blob(let bytes): bindings.append(ByteBuffer(bytes: bytes))
        }
      }
      return PostgresQuery(unsafeSQL: numbered, binds: bindings)
    }

    /// The value of a cell.
    static func value(_ cell: PostgresCell) throws -> SQLValue {
      guard cell.bytes != nil else { return .null }
      switch cell.dataType {
      case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
      case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
      case .bytea: return .blob(Array(try cell.decode(ByteBuffer.self).readableBytesView))
      default: return .text(try cell.decode(String.self))
      }
    }
  }
}
