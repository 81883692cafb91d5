/// The statements of one transaction, on either store: the ledger's logic is written once
/// against this protocol, in SQL both SQLite and PostgreSQL read (`?` placeholders, which
/// the PostgreSQL session numbers `$1`, `$2`…).
///
/// A session is used only inside the closure that ``SQLDatabase/write(_:)`` or
/// ``SQLDatabase/read(_:)`` gives it, on the thread that runs that closure.
protocol SQLSession {
  /// Runs a statement that returns no row.
  ///
  /// - Throws: the store's error when the statement fails.
  func execute(_ sql: String, _ arguments: [SQLValue]) throws

  /// The rows of a query, each as its columns' values in the order of the `SELECT`.
  ///
  /// - Throws: the store's error when the query fails.
  func rows(_ sql: String, _ arguments: [SQLValue]) throws -> [[SQLValue]]
}

// MARK: Conveniences

extension SQLSession {
  /// Runs a statement without arguments.
  func execute(_ sql: String) throws { try execute(sql, []) }

  /// The first row of a query, if any.
  func row(_ sql: String, _ arguments: [SQLValue] = []) throws -> [SQLValue]? {
    try rows(sql, arguments).first
  }

  /// The first column of each row, as text (a row whose value is not text is left out).
  func texts(_ sql: String, _ arguments: [SQLValue] = []) throws -> [String] {
    try rows(sql, arguments).compactMap { $0.first?.text }
  }

  /// The first column of the first row as an integer, or `nil` (no row, or `NULL`).
  func integer(_ sql: String, _ arguments: [SQLValue] = []) throws -> Int64? {
    try row(sql, arguments)?.first?.integer
  }

  /// Whether a query returns a row.
  func exists(_ sql: String, _ arguments: [SQLValue] = []) throws -> Bool {
    try row(sql, arguments) != nil
  }
}
