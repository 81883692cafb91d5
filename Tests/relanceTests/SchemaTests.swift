import FranceRelanceModel
import Testing

@testable import relance

@Suite("JSON Schemas of the dossier formats")
struct SchemaTests {
  static let broken = [
    "unknown-field", "three-decimals", "impossible-date", "unknown-project-kind", "duration-as-string",
    "negative-amount", "zero-duration", "short-siret", "unknown-indicator", "ftap-field-in-relance", "decimal-comma",
    "zero-total-cost", "zero-request", "repeated-type", "commitment-as-string", "missing-programme",
  ]

  @Test("The reader refuses every broken dossier the schemas refuse", arguments: broken)
  func brokenDossiers(name: String) {
    let path = CommandLineToolTests.root + "/Examples/broken/" + name + ".json"
    let result = CommandLineTool.run(arguments: ["assess", path], readFile: RelanceTool.readFile)
    #expect(result.status == 2, "\(result.standardOutput)")
  }

  @Test(
    "relance schema prints a draft 2020-12 schema built from the reader's format",
    arguments: CommandLineTool.programmeIdentifiers)
  func schema(programme: String) throws {
    let result = CommandLineTool.run(arguments: ["schema", programme], readFile: RelanceTool.readFile)
    #expect(result.status == 0)
    let json = try JSONValue(parsing: result.standardOutput)
    guard case .object(let members) = json,
      case .object(let properties)? = members.first(where: { $0.key == "properties" })?.value
    else {
      Issue.record("no properties")
      return
    }
    #expect(members.first?.value == .string("https://json-schema.org/draft/2020-12/schema"))
    #expect(members.contains { $0.key == "additionalProperties" && $0.value == .bool(false) })
    let format = try #require(CommandLineTool.programmes.first { $0.identifier.rawValue == programme }).dossierFormat
    #expect(Set(properties.map(\.key)) == format.keys)
  }

  @Test("Unknown programmes are bad usage")
  func unknown() {
    #expect(CommandLineTool.run(arguments: ["schema", "nope"], readFile: RelanceTool.readFile).status == 64)
  }
}
