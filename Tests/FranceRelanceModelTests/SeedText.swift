#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@testable import FranceRelanceModel

/// Reads the seed texts copied in `Docs/seeds/`, normalised for quoting: HTML tags and
/// `&nbsp;` become spaces, Markdown emphasis is dropped, white space is collapsed.
enum SeedText {
  static let repositoryRoot: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/")
  }()

  static func read(_ relativePath: String) -> String? {
    guard let file = fopen(repositoryRoot + "/" + relativePath, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      bytes.append(contentsOf: buffer[0..<count])
      if count < buffer.count { break }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func normalized(_ text: String) -> String {
    var output = ""
    var inTag = false
    for character in text.replacing("&nbsp;", with: " ").replacing("**", with: "") {
      if character == "<" { inTag = true; output.append(" "); continue }
      if character == ">", inTag { inTag = false; continue }
      if !inTag { output.append(character) }
    }
    return output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func normalized(_ source: Source) -> String {
    normalized(read("Docs/seeds/" + source.fileName) ?? "")
  }
}
