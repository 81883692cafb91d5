#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(Musl)
  import Musl
#endif

/// The command-line arguments as text, with the bytes of those that are not UTF-8, so
/// that a file is opened by the exact name it was given (a name decoded with replacement
/// characters could open a different file).
struct ArgumentNames: Sendable {
  /// The arguments after the program's name, decoded (invalid bytes become U+FFFD).
  let arguments: [String]
  /// The bytes of each argument that is not valid UTF-8, by its decoded text; `nil` for a
  /// text two different arguments decode to.
  private let raw: [String: [UInt8]?]
  /// The names read from folders, by their decoded text (see ``FolderNames``).
  let folders = FolderNames()

  /// Reads `argv`.
  init(argc: Int32, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) {
    var arguments: [String] = []
    var raw: [String: [UInt8]?] = [:]
    var valid: Set<String> = []
    for index in 1..<Int(argc) {
      guard let pointer = argv[index] else { continue }
      let bytes = UnsafeBufferPointer(start: pointer, count: strlen(pointer)).map { UInt8(bitPattern: $0) }
      let text = String(decoding: bytes, as: UTF8.self)
      arguments.append(text)
      if Array(text.utf8) == bytes {
        valid.insert(text)
      } else if let earlier = raw[text], earlier != bytes {
        raw[text] = .some(nil)
      } else {
        raw[text] = bytes
      }
    }
    for text in valid where raw[text] != nil { raw[text] = .some(nil) }
    self.arguments = arguments
    self.raw = raw
  }

  /// The bytes to open for a path taken from the arguments.
  ///
  /// - Throws: ``InputFileError/ambiguousName`` when two arguments decode to this text.
  func bytes(of path: String) throws(InputFileError) -> [UInt8] {
    guard let entry = raw[path] ?? folders.entry(path) else { return Array(path.utf8) }
    guard let bytes = entry else { throw .ambiguousName }
    return bytes
  }

  /// Whether `path` starts with an argument that is not valid UTF-8: a folder to write in
  /// that its decoded text would name wrongly.
  func startsWithUndecodableArgument(_ path: String) -> Bool {
    raw.keys.contains { path.hasPrefix($0) }
  }
}

/// The paths a folder listing found, by their decoded text, with their bytes: a file whose
/// name is not UTF-8 is opened by its own bytes, and two names that decode to the same text
/// (`a\xFF.json` and `a\u{FFFD}.json`) are an error for both, never one read for the other.
///
/// Listing and reading happen on the tool's one reading thread, never concurrently.
final class FolderNames: @unchecked Sendable {
  private var entries: [String: [UInt8]?] = [:]

  /// Notes a path found in a folder: its decoded text and its bytes.
  func note(_ text: String, bytes: [UInt8]) {
    if let existing = entries[text], existing != bytes {
      entries[text] = .some(nil)
    } else if entries[text] == nil {
      entries[text] = bytes
    }
  }

  /// The bytes of a path a listing found; `.some(nil)` when two names decode to it;
  /// `nil` when no listing found it.
  func entry(_ text: String) -> [UInt8]?? { entries[text] }
}
