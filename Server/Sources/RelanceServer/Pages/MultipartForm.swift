/// The parts of a `multipart/form-data` body (RFC 7578), as a browser sends a form with a
/// file: each part's field name, file name if any, and bytes. Only what a form sends is
/// read; anything else is refused with `nil`.
struct MultipartForm {
  /// One part.
  struct Part {
    /// The field's name.
    let name: String
    /// The file's name, for a file.
    let filename: String?
    /// The part's bytes.
    let bytes: [UInt8]
  }

  /// The parts, in order.
  let parts: [Part]

  /// The boundary of a `Content-Type: multipart/form-data; boundary=…`, or `nil`.
  static func boundary(of contentType: String) -> String? {
    let pieces = contentType.split(separator: ";").map { $0.trimmingPrefix(" ") }
    guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
    for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
      var value = String(piece.dropFirst("boundary=".count))
      if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
      guard (1...70).contains(value.utf8.count) else { return nil }
      return value
    }
    return nil
  }

  /// Reads `body` split by `boundary`; `nil` when it is not a well-formed form.
  init?(body: [UInt8], boundary: String) {
    let delimiter = Array(("--" + boundary).utf8)
    var parts: [Part] = []
    var positions: [Int] = []
    var index = 0
    while let found = Self.find(delimiter, in: body, from: index) {
      positions.append(found)
      index = found + delimiter.count
    }
    guard positions.count >= 2 else { return nil }
    for (start, end) in zip(positions, positions.dropFirst()) {
      var partStart = start + delimiter.count
      guard body[partStart...].starts(with: [13, 10]) else { return nil }
      partStart += 2
      // The part ends with CRLF before the next delimiter.
      let partEnd = end - 2
      guard partEnd >= partStart, body[partEnd..<end].elementsEqual([13, 10]) else { return nil }
      guard let headerEnd = Self.find([13, 10, 13, 10], in: body, from: partStart), headerEnd <= partEnd else {
        return nil
      }
      let headers = String(decoding: body[partStart..<headerEnd], as: UTF8.self)
      guard
        let disposition = headers.split(separator: "\r\n").first(where: {
          $0.lowercased().hasPrefix("content-disposition:")
        }), let name = Self.parameter("name", in: String(disposition))
      else { return nil }
      parts.append(
        Part(
          name: name, filename: Self.parameter("filename", in: String(disposition)),
          bytes: Array(body[(headerEnd + 4)..<partEnd])))
    }
    self.parts = parts
  }

  /// A quoted parameter of a `Content-Disposition` header.
  static func parameter(_ name: String, in header: String) -> String? {
    let key = " " + name + "=\""
    guard let range = header.range(of: key) ?? header.range(of: ";" + name + "=\"") else { return nil }
    let rest = header[range.upperBound...]
    guard let close = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<close])
  }

  /// The first position of `needle` in `haystack` at or after `start`.
  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
    let first = needle[0]
    var index = start
    while index <= haystack.count - needle.count {
      if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }
}
