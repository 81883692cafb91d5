/// A database the ledger is kept in: SQLite through GRDB (``SQLiteDatabase``) or
/// PostgreSQL through PostgresNIO (``PostgreSQLDatabase``).
///
/// Writes are serialised: one write transaction at a time, across every process that
/// shares the database (SQLite's single writer; PostgreSQL's transaction-scoped advisory
/// lock). Reads see one consistent state.
protocol SQLDatabase: Sendable {
  /// Runs `body` in one write transaction: committed when it returns, rolled back when it
  /// throws.
  ///
  /// - Throws: what `body` throws, or the store's error.
  func write<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> T) async throws -> T

  /// Runs `body` in one read-only transaction, on one consistent state of the database.
  ///
  /// - Throws: what `body` throws, or the store's error.
  func read<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) throws -> T) async throws -> T

  /// Writes an online copy of the database to the file `path`.
  ///
  /// - Throws: ``StoreError`` when the store cannot copy itself to a file.
  func backup(to path: String) throws

  /// Closes the connections (the store is not used afterwards).
  func close() async
}
