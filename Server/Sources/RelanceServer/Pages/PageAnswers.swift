import Foundation
import FranceRelanceModel

/// The answers of a pre-check page, as its URL carries them (`?totalCost=400000&applicant.kind=…`):
/// each key a field path of the programme's dossier format, read into the dossier JSON the
/// library assesses. Every state of the page is a URL that can be shared and reloaded.
struct PageAnswers {
  /// The answers, in the order of the URL; a set field may have several.
  let pairs: [(key: String, value: String)]

  /// Answers given as pairs.
  init(pairs: [(key: String, value: String)]) { self.pairs = pairs }

  /// The answers of a URL's raw query, as a form sends them
  /// (`application/x-www-form-urlencoded`: `+` for a space, `%2B` for a plus sign); a pair
  /// that does not decode is left out.
  init(query: String?) {
    func decoded(_ part: Substring) -> String? {
      String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
    pairs = (query ?? "").split(separator: "&").compactMap { pair in
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let key = decoded(parts[0]), !key.isEmpty, let value = decoded(parts.count > 1 ? parts[1] : "") else {
        return nil
      }
      return (key, value)
    }
  }

  /// The dossier the answers describe, for `format`: each value typed by its field
  /// (booleans `oui`/`non`, whole numbers, sets from repeated keys, the rest as text), an
  /// empty value left out, an unknown key kept as text so that the library names it.
  func dossier(programme: String, format: ObjectFormat) -> JSONValue {
    var root: [JSONValue.Member] = [.init("programme", .string(programme))]
    var seen: Set<String> = []
    for (key, _) in pairs where !seen.contains(key) && key != "programme" && key != Self.readingKey {
      seen.insert(key)
      let values = pairs.filter { $0.key == key }.map(\.value).filter { !$0.isEmpty }
      guard !values.isEmpty else { continue }
      let path = key.split(separator: ".").map(String.init)
      let type = format.field(at: FieldPath(components: path.map { .key($0) }))?.type
      Self.insert(Self.value(values, type: type), at: path[...], into: &root)
    }
    return .object(root)
  }

  /// A value of a field's type.
  static func value(_ values: [String], type: ObjectFormat.FieldType?) -> JSONValue {
    switch type {
    case .boolean?:
      switch values[0] {
      case "oui": return .bool(true)
      case "non": return .bool(false)
      default: return .string(values[0])
      }
    case .integer?:
      return values[0].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && values[0].utf8.count <= 9
        ? .number(values[0]) : .string(values[0])
    case .set?, .array(.enumeration)?, .array(.string)?:
      return .array(values.map(JSONValue.string))
    default:
      return .string(values[0])
    }
  }

  /// Puts `value` at `path` in an object's members, making the objects on the way.
  static func insert(_ value: JSONValue, at path: ArraySlice<String>, into members: inout [JSONValue.Member]) {
    guard let key = path.first else { return }
    guard path.count > 1 else {
      members.append(.init(key, value))
      return
    }
    var nested: [JSONValue.Member] = []
    if let index = members.firstIndex(where: { $0.key == key }) {
      if case .object(let existing) = members[index].value { nested = existing }
      members.remove(at: index)
    }
    insert(value, at: path.dropFirst(), into: &nested)
    members.append(.init(key, .object(nested)))
  }

  /// The key of a chosen reading in the URL (`reading=ID=VARIANT`), which is not a field.
  static let readingKey = "reading"

  /// The readings the URL chooses.
  ///
  /// - Throws: `ReadingError` for a value that is not `ID=VARIANT`.
  func selection() throws(ReadingError) -> ReadingSelection {
    var selection = ReadingSelection()
    for pair in pairs where pair.key == Self.readingKey { try selection.add(parsing: pair.value) }
    return selection
  }

  /// The answers with `reading` chosen as `variant` (any earlier choice of it replaced), or
  /// left to its default when `variant` is `nil`.
  func choosing(_ reading: ReadingIdentifier, _ variant: String?) -> PageAnswers {
    var kept = pairs.filter { pair in
      !(pair.key == Self.readingKey && pair.value.hasPrefix(reading.rawValue + "="))
    }
    if let variant { kept.append((Self.readingKey, reading.rawValue + "=" + variant)) }
    return PageAnswers(pairs: kept)
  }

  /// The URL query of the answers (for a link that keeps them).
  var query: String {
    pairs.map { HTML.queryEncoded($0.key) + "=" + HTML.queryEncoded($0.value) }.joined(separator: "&")
  }
}
