#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
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
    guard let entry = raw[path] else { return Array(path.utf8) }
    guard let bytes = entry else { throw .ambiguousName }
    return bytes
  }
}
