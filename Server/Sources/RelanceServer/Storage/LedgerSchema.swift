/// The tables of the store, as versioned migrations written once for both stores: where
/// SQLite and PostgreSQL spell a type differently, the statement names it through
/// ``Dialect`` (`BLOB` / `BYTEA`, SQLite's `INTEGER PRIMARY KEY AUTOINCREMENT` /
/// PostgreSQL's `BIGSERIAL PRIMARY KEY`).
///
/// A migration is applied once, in order, when a store opens (SQLite through GRDB's
/// migrator, PostgreSQL through the `relance_migrations` table under the writers' lock,
/// so that processes starting together do not apply it twice). A released migration is
/// never edited: a change of schema is a new one.
enum LedgerSchema {
  // MARK: Dialects

  /// The SQL dialect a statement is written for.
  enum Dialect: Sendable, Hashable {
    /// SQLite (the embedded store).
    case sqlite
    /// PostgreSQL (shared by several processes).
    case postgres

    /// The type of a column of bytes.
    var bytes: String { self == .sqlite ? "BLOB" : "BYTEA" }
    /// An append-only sequence number column, the table's key.
    var sequenceKey: String { self == .sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY" }
  }

  /// One version of the schema.
  struct Migration: Sendable {
    /// Its identifier, recorded once applied.
    let identifier: String
    /// Its statements in a dialect, run in order.
    let statements: @Sendable (Dialect) -> [String]
  }

  // MARK: Migrations

  /// Every migration, in order.
  static let migrations: [Migration] = [
    Migration(identifier: "v1: tokens") { dialect in
      [
        """
        CREATE TABLE tokens (
          hash \(dialect.bytes) PRIMARY KEY NOT NULL,
          name TEXT NOT NULL UNIQUE,
          role TEXT NOT NULL,
          createdAt TEXT NOT NULL
        )
        """
      ]
    },
    Migration(identifier: "v2: ledger") { dialect in
      [
        """
        CREATE TABLE ledgerSetup (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          file TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE awards (
          reference TEXT PRIMARY KEY NOT NULL,
          file TEXT NOT NULL,
          version INTEGER NOT NULL,
          createdBy TEXT NOT NULL,
          createdAt TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE awardEvents (
          award TEXT NOT NULL REFERENCES awards(reference),
          sequence INTEGER NOT NULL,
          event TEXT NOT NULL,
          actor TEXT NOT NULL,
          role TEXT NOT NULL,
          recordedAt TEXT NOT NULL,
          PRIMARY KEY (award, sequence)
        )
        """,
        """
        CREATE TABLE ledgerEvents (
          sequence \(dialect.sequenceKey),
          award TEXT NOT NULL REFERENCES awards(reference),
          event TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE idempotency (
          key TEXT PRIMARY KEY NOT NULL,
          caller TEXT NOT NULL,
          route TEXT NOT NULL,
          status INTEGER NOT NULL,
          version INTEGER,
          reference TEXT,
          body \(dialect.bytes) NOT NULL,
          createdAt TEXT NOT NULL
        )
        """,
      ]
    },
    Migration(identifier: "v3: page batches") { dialect in
      [
        """
        CREATE TABLE pageBatches (
          id TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          body \(dialect.bytes) NOT NULL,
          mapping \(dialect.bytes),
          createdBy TEXT NOT NULL,
          createdAt TEXT NOT NULL
        )
        """
      ]
    },
  ]
}
