/// A strict CSV reader (RFC 4180) for tests, benchmarks and the fuzzer: a quote inside an
/// unquoted field, anything but a separator or a line end after a closing quote, or a line
/// feed without its carriage return makes the text not well-formed.
///
/// ```swift
/// StrictCSV.read("a,\"b\"\"c\"\r\n", separator: ",")  // [["a", "b\"c"]]
/// ```
public enum StrictCSV {
  /// The rows of `text`, or `nil` when it is not well-formed CSV.
  public static func read(_ text: String, separator: Unicode.Scalar) -> [[String]]? {
    var rows: [[String]] = []
    var row: [String] = []
    var field = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var quoted = false
    var fieldStart = true
    while index < scalars.count {
      let scalar = scalars[index]
      if quoted {
        if scalar == "\"" {
          if index + 1 < scalars.count, scalars[index + 1] == "\"" {
            field.append("\"")
            index += 2
            continue
          }
          quoted = false
          index += 1
          guard index == scalars.count || scalars[index] == separator || scalars[index] == "\r" else { return nil }
          continue
        }
        field.append(scalar)
        index += 1
        continue
      }
      switch scalar {
      case "\"":
        guard fieldStart else { return nil }
        quoted = true
        fieldStart = false
      case separator:
        row.append(String(field))
        field = String.UnicodeScalarView()
        fieldStart = true
      case "\r":
        guard index + 1 < scalars.count, scalars[index + 1] == "\n" else { return nil }
        row.append(String(field))
        field = String.UnicodeScalarView()
        fieldStart = true
        rows.append(row)
        row = []
        index += 1
      case "\n": return nil
      default:
        field.append(scalar)
        fieldStart = false
      }
      index += 1
    }
    guard !quoted else { return nil }
    if !row.isEmpty || !field.isEmpty {
      row.append(String(field))
      rows.append(row)
    }
    return rows
  }
}
