import FTAPGuichet
import FranceRelanceModel
import Testing

/// Next questions (design §6, issue #14): the inputs a dossier lacks, the most decisive
/// first.
@Suite("Next questions")
struct QuestionTests {
  let guichet = FTAPGuichet()

  @Test(
    "An empty FTAP dossier: the project types first, which four rules need (seed 004: the type decides eligibility, the referencing obligations of data provision and the mandatory indicators)"
  )
  func emptyDossier() {
    let questions = guichet.questions(for: FTAPDossier())
    #expect(questions.first?.field == FieldPath("projectTypes"))
    #expect(
      questions.first?.rules.map(\.rawValue) == [
        "ftap.projectType", "ftap.referencing.api", "ftap.referencing.dataGouv", "ftap.indicators",
      ])
    // Ties keep the order of the fields' declaration: the filing date (window and dates)
    // before the applicant's kind (applicant and Titre 2), both needed by two rules.
    #expect(questions.dropFirst().prefix(2).map(\.field.description) == ["filedOn", "applicant.kind"])
  }

  @Test("Each question lists exactly the rules whose finding lacks that field, and a complete dossier has none")
  func matchesFindings() {
    var dossier = FTAPDossier()
    dossier.totalCost = try? Euros(400_000)
    dossier.projectTypes = [.dataProvision]
    let report = guichet.report(on: dossier)
    for question in guichet.questions(for: dossier) {
      let lacking = report.assessment.findings.filter { $0.outcome.missingFields.contains(question.field) }
      #expect(question.rules == lacking.map(\.rule.id), "\(question.field)")
    }
    let counts = guichet.questions(for: dossier).map(\.rules.count)
    #expect(counts == counts.sorted(by: >))
  }

  @Test("Under another reading, the questions follow the rules of that reading")
  func underReading() throws {
    var dossier = FTAPDossier()
    dossier.projectTypes = [.policyImprovement]
    var selection = ReadingSelection()
    try selection.add(parsing: "ftap.referencing.scope=dataProvisionOnly")
    let questions = try guichet.questions(for: dossier, selection: selection)
    // A policy project under `dataProvisionOnly` owes no referencing: the API channel
    // is then asked by the indicators rule alone, if at all.
    #expect(!questions.contains { $0.rules.contains(RuleIdentifier(rawValue: "ftap.referencing.api")) })
  }
}
