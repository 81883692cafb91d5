extension JSONValue {
  // MARK: Parsing

  /// The deepest nesting of arrays and objects the reader accepts.
  public static let nestingLimit = 64

  /// Parses a UTF-8 JSON document (RFC 8259), strictly.
  ///
  /// Refused, with the byte offset and the path reached: invalid UTF-8, control
  /// characters in strings, lone surrogates, numbers that break the JSON grammar (`NaN`,
  /// `01`, `1.`), trailing commas, duplicated keys, nesting beyond ``nestingLimit``,
  /// anything after the document. A leading UTF-8 byte-order mark is skipped.
  ///
  /// - Complexity: O(*n*) in the size of the document.
  /// - Throws: ``InterchangeError``.
  public init(parsing bytes: some Collection<UInt8>) throws(InterchangeError) {
    self = try JSONDocument(parsing: bytes).value
  }

  /// Parses a JSON document held in a string.
  ///
  /// - Throws: ``InterchangeError``.
  public init(parsing text: String) throws(InterchangeError) {
    try self.init(parsing: text.utf8)
  }
}
