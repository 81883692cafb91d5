/// A reading or variant that the programme does not have.
public enum ReadingError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The programme has no reading with this identifier; `known` lists its readings.
  case unknownReading(ReadingIdentifier, known: [ReadingIdentifier])
  /// The reading has no such variant; `allowed` lists its variants.
  case unknownVariant(ReadingIdentifier, String, allowed: [String])
  /// A choice not written `ID=VARIANT`.
  case malformed(String)

  /// The French message, on one line.
  public var description: String {
    switch self {
    case .unknownReading(let id, let known):
      "lecture inconnue « " + id.rawValue + " »"
        + (known.isEmpty
          ? " : ce programme n'en a aucune" : " (lectures : " + known.map(\.rawValue).joined(separator: ", ") + ")")
    case .unknownVariant(let id, let variant, let allowed):
      "variante inconnue « " + variant + " » pour la lecture " + id.rawValue + " (variantes : "
        + allowed.joined(separator: ", ") + ")"
    case .malformed(let text):
      "choix de lecture « " + text + " » : la forme attendue est LECTURE=VARIANTE"
    }
  }
}
