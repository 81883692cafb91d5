import FranceRelanceModel
import Testing

@testable import FTAPGuichet

/// The fields the rules read (`FTAPField`, `RelanceField`: path, French label) and the
/// dossier formats the reader, the writer and the schema use must name the same fields.
@Suite("Field declarations agree with the dossier formats")
struct FieldDeclarationTests {
  @Test("Every FTAP field a rule reads is a field of the FTAP dossier format", arguments: FTAPField.allCases)
  func ftapField(field: FTAPField) {
    #expect(FTAPDossier.format.field(at: field.path) != nil, "\(field.path)")
    #expect(!field.label.isEmpty)
  }

  @Test("Every Relance field a rule reads is a field of the calls' dossier format", arguments: RelanceField.allCases)
  func relanceField(field: RelanceField) {
    #expect(RelanceDossier.format(for: RelanceCall.allCases).field(at: field.path) != nil, "\(field.path)")
    #expect(!field.label.isEmpty)
  }

  @Test("Field positions are distinct and below 32, as EnumSet needs")
  func positions() {
    #expect(Set(FTAPField.allCases.map(\.position)).count == FTAPField.allCases.count)
    #expect(Set(RelanceField.allCases.map(\.position)).count == RelanceField.allCases.count)
    #expect(FTAPField.allCases.allSatisfy { $0.position < 32 })
  }
}
