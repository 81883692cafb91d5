/// A value sent to or read from the database, the same for SQLite and PostgreSQL: the
/// four kinds of value the ledger's tables hold.
enum SQLValue: Sendable, Hashable {
  /// SQL `NULL`.
  case null
  /// An integer (`INTEGER`, `BIGINT`).
  case integer(Int64)
  /// Text (`TEXT`).
  case text(String)
  /// Bytes (`BLOB` in SQLite, `BYTEA` in PostgreSQL).
  case blob([UInt8])

  // MARK: Reading

  /// The text, or `nil` for another kind.
  var text: String? {
    if case .text(let text) = self { return text }
    return nil
  }

  /// The integer, or `nil` for another kind.
  var integer: Int64? {
    if case .integer(let value) = self { return value }
    return nil
  }

  /// The bytes (a text's UTF-8), or `nil` for another kind.
  var bytes: [UInt8]? {
    switch self {
    case .blob(let bytes): return bytes
    case .text(let text): return Array(text.utf8)
    case .null, .integer: return nil
    }
  }
}

// MARK: Literals

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
  /// A text value.
  init(stringLiteral value: String) { self = .text(value) }
  /// An integer value.
  init(integerLiteral value: Int64) { self = .integer(value) }
}

extension SQLValue {
  /// A text value, or `NULL` for `nil`.
  init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }
  /// An integer value, or `NULL` for `nil`.
  init(_ integer: Int?) { self = integer.map { .integer(Int64($0)) } ?? .null }
}
