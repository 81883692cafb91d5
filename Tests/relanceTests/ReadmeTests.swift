import Testing

@testable import relance

@Suite("The README")
struct ReadmeTests {
  func read(_ path: String) throws -> String {
    String(decoding: try RelanceTool.readFile(CommandLineToolTests.root + "/" + path), as: UTF8.self)
  }

  @Test("Its Swift example is exactly the consumer package's code, which CI builds and runs")
  func swiftExample() throws {
    let readme = try read("README.md")
    let code = try read("Examples/consumer/Sources/consumer/main.swift")
    #expect(readme.contains("```swift\n" + code + "```"))
  }

  @Test("Its two commands name files that exist and the test command is swift test")
  func commands() throws {
    let readme = try read("README.md")
    #expect(readme.contains("swift run relance assess Examples/relance/aap1-eligible.json"))
    #expect(readme.contains("\nswift test "))
    _ = try read("Examples/relance/aap1-eligible.json")
    _ = try read("Examples/ledgers/relance-example.json")
  }
}
