/// The stable part of a démarches-simplifiées champ id: the id is the base64 of
/// `Champ-<stable id>`, and inside a repeated block of `Champ-<stable id>|<row id>`, so the
/// champs of every row share the part before `|`.
enum DSChampIdentifier {
  /// `Champ-<stable id>` from a champ id; `nil` when the id is not such base64.
  static func stablePart(of id: String) -> String? {
    guard let bytes = base64Decoded(id), let text = String(validating: bytes, as: UTF8.self),
      text.hasPrefix("Champ-")
    else { return nil }
    return String(text.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)[0])
  }

  /// Decodes standard base64 (padding optional); `nil` on any other character.
  static func base64Decoded(_ text: String) -> [UInt8]? {
    var bits: UInt32 = 0
    var count = 0
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars {
      let value: UInt32
      switch scalar {
      case "A"..."Z": value = scalar.value - 65
      case "a"..."z": value = scalar.value - 97 + 26
      case "0"..."9": value = scalar.value - 48 + 52
      case "+", "-": value = 62
      case "/", "_": value = 63
      case "=": continue
      default: return nil
      }
      bits = bits << 6 | value
      count += 6
      if count >= 8 {
        count -= 8
        bytes.append(UInt8(truncatingIfNeeded: bits >> UInt32(count)))
      }
    }
    return bytes
  }
}
