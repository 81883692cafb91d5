/// One of the public texts the library encodes: every number, date and rule cites one.
///
/// A source is a value, not a closed list (issue #25): the project's seed texts are the
/// constants of ``seeds`` (`.ftapDataGuichet`, `.relanceInformationMeeting`, …), and a
/// programme that encodes another text declares its own source next to its rules, with no
/// edit here. Two sources are the same text when their keys are equal.
///
/// ```swift
/// let note = Source(
///   key: "005_note_de_cadrage", title: "Note de cadrage", publisher: "DINUM",
///   date: .day(CalendarDate(uncheckedYear: 2026, month: 3, day: 2)))
/// let citation = Citation(note, at: "Montants", quoting: "Entre 50 000 € et 500 000 €")
/// ```
///
/// Where two texts disagree, the later one states what actually happened and the earlier
/// one what was planned; the library keeps both, labelled.
public struct Source: Sendable, RawRepresentable {
  // MARK: Stored properties

  /// The text's key: its file name without `.txt`, such as `004_ef0645be5cac4630`. The
  /// JSON citation's `source` is this key.
  public let rawValue: String
  /// The French title of the text.
  public let title: String
  /// Who published the text.
  public let publisher: String
  /// When the text is dated, as precisely as it says; `nil` when it carries no date.
  public let date: StatedDate?

  // MARK: Creating

  /// Declares a source text.
  ///
  /// - Parameters:
  ///   - key: the text's key, its file name without `.txt` (`004_ef0645be5cac4630`); the
  ///     first three characters are the short number citations show.
  ///   - title: the French title.
  ///   - publisher: who published it.
  ///   - date: when it is dated, as precisely as it says.
  public init(key: String, title: String, publisher: String, date: StatedDate?) {
    rawValue = key
    self.title = title
    self.publisher = publisher
    self.date = date
  }

  /// The seed text with this key; `nil` for another key (a programme's own source is
  /// declared with ``init(key:title:publisher:date:)``).
  public init?(rawValue: String) {
    guard let seed = Self.seeds.first(where: { $0.rawValue == rawValue }) else { return nil }
    self = seed
  }

  // MARK: Description

  /// The file name, such as `003_c7cb2b34e8c99a16.txt`.
  public var fileName: String { rawValue + ".txt" }

  /// The short number used in citations: `000` to `004` for the seeds.
  public var number: String { String(rawValue.prefix(3)) }
}

// MARK: - Identity and coding

extension Source: Hashable {
  /// Two sources are the same text when their keys are equal.
  public static func == (lhs: Source, rhs: Source) -> Bool { lhs.rawValue == rhs.rawValue }

  /// Hashes the key.
  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

extension Source: Codable {
  /// Decodes a seed text from its key, as ``encode(to:)`` writes it.
  ///
  /// - Throws: `DecodingError.dataCorrupted` for a key that is not one of ``seeds``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let key = try container.decode(String.self)
    guard let source = Source(rawValue: key) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "source inconnue « " + key + " »")
    }
    self = source
  }

  /// Encodes the key, as the JSON citation's `source`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
