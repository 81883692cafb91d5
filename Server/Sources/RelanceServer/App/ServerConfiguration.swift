/// How `relance-server` runs: where it listens, where its ledger is stored, and whether it
/// writes an access log.
public struct ServerConfiguration: Sendable, Hashable {
  // MARK: Stored properties

  /// The address to listen on (`127.0.0.1` by default: loopback only).
  public var host: String
  /// The port (8080 by default).
  public var port: Int
  /// Where the ledger and the tokens are kept: the path of a SQLite file (`relance.sqlite`
  /// in the working directory by default), or a `postgres://` URL of a PostgreSQL database
  /// that several processes share (``LedgerStore/open(_:)``).
  public var database: String
  /// Whether each request writes one JSON line on standard output.
  public var accessLog: Bool
  /// A ledger file giving the envelope tree and the grantor the ledger commits to
  /// (`--ledger`), stored with the ledger; `nil` keeps the stored one (the library's
  /// France Relance tree, without a grantor, at first).
  public var ledgerFile: String?
  /// How long a connection may stay silent (a slow client sending nothing, a kept-alive
  /// connection unused) before the server closes it, in seconds (30 by default).
  public var idleTimeoutSeconds: Int

  /// A configuration; every parameter has the default `relance-server` starts with.
  public init(
    host: String = "127.0.0.1", port: Int = 8080, database: String = "relance.sqlite", accessLog: Bool = true,
    ledgerFile: String? = nil, idleTimeoutSeconds: Int = 30
  ) {
    self.ledgerFile = ledgerFile
    self.idleTimeoutSeconds = idleTimeoutSeconds
    self.host = host
    self.port = port
    self.database = database
    self.accessLog = accessLog
  }
}
