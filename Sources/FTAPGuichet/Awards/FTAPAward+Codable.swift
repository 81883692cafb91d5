public import FranceRelanceModel

extension FTAPAward: InterchangeCodable, Codable {
  // MARK: Interchange

  /// Reads an award: `{"dossier", "granted", "conventionDate"}` (an award file's first
  /// members; its `events` are the reviews', read by ``replay(json:at:guichet:)``), checked
  /// as ``init(dossier:granted:conventionDate:guichet:readings:)`` checks it, under the
  /// default readings of the 2023 – 2025 guichet.
  ///
  /// - Throws: `InterchangeError` naming the field.
  public init(json: JSONValue, at path: FieldPath) throws(InterchangeError) {
    self = try Self.replay(json: json, at: path).award
  }

  /// The award in its interchange form, without reviews.
  public var json: JSONValue { json(reviews: reviews) }
}
