import Foundation
import FranceRelanceModel
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RelanceServer

/// A server on a fresh SQLite store in a temporary folder, with one token per role, for a
/// test to call through Hummingbird's router test client.
struct ServerHarness {
  let store: LedgerStore
  let tokens: [Role: String]
  let folder: String

  /// The repository's root (the library package), from this file's path.
  static let repository: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A harness whose ledger commits to the tree and grantor of `ledgerFile` (a path under
  /// the repository), or to the library's tree.
  static func make(ledgerFile: String? = nil) async throws -> ServerHarness {
    let folder = NSTemporaryDirectory() + "relance-server-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let store = try LedgerStore(path: folder + "/relance.sqlite")
    if let ledgerFile { try await store.configure(ledgerFile: try repositoryFile(ledgerFile)) }
    var tokens: [Role: String] = [:]
    for role in Role.allCases { tokens[role] = try await store.addToken(name: "test-" + role.rawValue, role: role) }
    return ServerHarness(store: store, tokens: tokens, folder: folder)
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
