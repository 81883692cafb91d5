import Foundation
import FranceRelanceModel
import Testing

@testable import relance

/// One source per fact (issue #25): a reading's identifier is spelt once, in its module's
/// constants (`FTAPReadingIdentifiers.swift`, `RelanceReadingIdentifiers.swift`); its
/// declaration and the rules that depend on it name the constant.
@Suite("One source per fact")
struct OneSourceTests {
  /// The Swift files under `Sources/`, with their text.
  static func sources() throws -> [(path: String, text: String)] {
    let root = CommandLineToolTests.root + "/Sources"
    let paths = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
    return try paths.filter { $0.hasSuffix(".swift") }.map { path in
      (path, try String(contentsOfFile: root + "/" + path, encoding: .utf8))
    }
  }

  @Test(
    "Every reading's identifier is spelt in one file of Sources, its constant's (doc comments and a rule of the same name aside)"
  )
  func readingIdentifiers() throws {
    let sources = try Self.sources()
    #expect(sources.count > 100)
    for reading in CommandLineTool.programmes.flatMap(\.readings) {
      let literal = "\"" + reading.id.rawValue + "\""
      let spelling = sources.filter { source in
        source.text.split(separator: "\n").contains { line in
          let code = line.drop { $0 == " " }
          return !code.hasPrefix("//") && line.contains(literal) && !line.contains("RuleIdentifier = " + literal)
        }
      }.map(\.path)
      #expect(spelling.count == 1, "\(reading.id.rawValue) spelt in \(spelling)")
      #expect(spelling.allSatisfy { $0.hasSuffix("ReadingIdentifiers.swift") })
    }
  }
}
