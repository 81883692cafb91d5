import Foundation
import FranceRelanceModel
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PostgresNIO
import RelanceServer
import Testing

/// The stores a ledger test runs on: SQLite always; PostgreSQL when
/// `RELANCE_TEST_POSTGRES` names a server (`postgres://USER@HOST:PORT/DATABASE`, a user who
/// may create databases), as `.ci/run` sets it after starting one (`.ci/postgres`).
enum StoreKind: String, Sendable, CaseIterable, CustomTestStringConvertible {
  case sqlite
  case postgres

  /// The PostgreSQL server of the tests, if any.
  static let postgresURL = ProcessInfo.processInfo.environment["RELANCE_TEST_POSTGRES"]

  /// The stores of this run.
  static let available: [StoreKind] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]

  var testDescription: String { rawValue }
}

/// A server on a fresh store (a SQLite file in a temporary folder, or a new PostgreSQL
/// database), with one token per role, for a test to call through Hummingbird's router
/// test client.
struct ServerHarness {
  let store: LedgerStore
  let tokens: [Role: String]
  let folder: String
  /// The store's location: a SQLite path or a PostgreSQL URL, for a second store on it.
  let location: String

  /// The repository's root (the library package), from this file's path.
  static let repository: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A harness whose ledger commits to the tree and grantor of `ledgerFile` (a path under
  /// the repository), or to the library's tree.
  static func make(ledgerFile: String? = nil, store kind: StoreKind = .sqlite) async throws -> ServerHarness {
    let folder = NSTemporaryDirectory() + "relance-server-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let location: String
    switch kind {
    case .sqlite: location = folder + "/relance.sqlite"
    case .postgres: location = try await newPostgresDatabase()
    }
    let store = try await LedgerStore.open(location)
    if let ledgerFile { try await store.configure(ledgerFile: try repositoryFile(ledgerFile)) }
    var tokens: [Role: String] = [:]
    for role in Role.allCases { tokens[role] = try await store.addToken(name: "test-" + role.rawValue, role: role) }
    return ServerHarness(store: store, tokens: tokens, folder: folder, location: location)
  }

  /// Creates an empty database on the tests' PostgreSQL server; its URL.
  static func newPostgresDatabase() async throws -> String {
    guard let url = StoreKind.postgresURL, var components = URLComponents(string: url) else {
      throw StoreError("RELANCE_TEST_POSTGRES n'est pas défini")
    }
    let name = "relance_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    let connection = try await PostgresConnection.connect(
      configuration: .init(
        host: components.host ?? "127.0.0.1", port: components.port ?? 5432, username: components.user ?? "postgres",
        password: components.password, database: String(components.path.dropFirst()), tls: .disable),
      id: 1, logger: Logger(label: "relance-server-tests"))
    _ = try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE " + name), logger: connection.logger)
    try await connection.close()
    components.path = "/" + name
    return components.string ?? url
  }

  /// The bytes of a repository file.
  static func repositoryFile(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: repository.appendingPathComponent(path)))
  }

  /// Runs `test` against the application.
  func test(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let app = Application(router: RelanceApplication.router(store: store))
    try await app.test(.router) { client in try await test(client) }
  }

  /// The headers of a request with `role`'s token.
  func headers(_ role: Role?, _ extra: HTTPFields = [:]) -> HTTPFields {
    var fields = extra
    if let role, let token = tokens[role] { fields[.authorization] = "Bearer " + token }
    return fields
  }
}

extension ByteBuffer {
  /// The buffer's bytes as text.
  var text: String { String(buffer: self) }
}
