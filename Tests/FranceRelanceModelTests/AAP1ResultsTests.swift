import Testing

@testable import FranceRelanceModel

@Suite("Results of the first call (seed 001)")
struct AAP1ResultsTests {
  @Test("The funnel: 69 dossiers, 30 administrations, 12 ministries, 33 preselected, 18 laureates")
  func funnel() {
    #expect(AAP1Results.dossiersFiled == 69)
    #expect(AAP1Results.administrations == 30)
    #expect(AAP1Results.ministries == 12)
    #expect(AAP1Results.preselected == 33)
    #expect(AAP1Results.selected == 18)
    #expect(AAP1Results.laureates.count == AAP1Results.selected)
    #expect(AAP1Results.selected < AAP1Results.preselected && AAP1Results.preselected < AAP1Results.dossiersFiled)
  }

  @Test(
    "The six categories hold 4 + 5 + 4 + 1 + 3 + 1 = 18 laureates",
    arguments: [
      (LaureateCategory.dataPlatform, 4), (.dataSteering, 5), (.apiDevelopment, 4), (.dataScience, 1),
      (.dataQualityAndCollection, 3), (.dataCatalogue, 1),
    ])
  func categories(category: LaureateCategory, count: Int) {
    #expect(AAP1Results.laureates(in: category).count == count)
  }

  @Test("The jury: 15 experts stated, 16 names listed, both kept")
  func jury() {
    #expect(AAP1Results.statedJurySize == 15)
    #expect(AAP1Results.jury.count == 16)
    #expect(Set(AAP1Results.jury.map(\.name)).count == 16)
  }

  @Test("Ministries the text does not name are flagged as interpretations")
  func ministries() {
    let inferred = AAP1Results.laureates.filter { !$0.ministryIsStated }
    #expect(!inferred.isEmpty)
    for laureate in AAP1Results.laureates where laureate.ministryIsStated {
      // A stated ministry is named in the administration line itself.
      #expect(
        laureate.administration.contains("MINISTÈRE") || laureate.administration.contains("MINISTÈRES"),
        "\(laureate.project)")
    }
  }

  @Test("The calendars keep planned and actual dates (seeds 003 and 001)")
  func calendars() throws {
    let continuous = RelanceCall.continuous.calendar
    #expect(continuous.planned.window.opening == .day(try CalendarDate(iso: "2021-01-18")))
    #expect(continuous.actual?.window.opening == .day(try CalendarDate(iso: "2021-02-01")))
    #expect(continuous.inForce == continuous.actual)
    #expect(RelanceCall.aap1.calendar.actual == nil)
    #expect(RelanceCall.aap2.calendar.planned.window == DateWindow(quarter: try Quarter(parsing: "2021-Q2")))
    #expect(RelanceCall.aap3.calendar.planned.window == DateWindow(quarter: try Quarter(parsing: "2021-Q4")))
    #expect(RelanceCall.aap3.calendar.note?.contains("contredit") == true)
    let fund = LocalAuthorityFund.window.window
    #expect(fund.opening.precision == .month)
    #expect(fund.closing == .day(try CalendarDate(iso: "2021-05-28")))
  }

  @Test("Five selection criteria, six objectives, four commitments (seed 003)")
  func counts() {
    #expect(RelanceSelection.criteria.count == 5)
    #expect(RelanceObjective.allCases.count == 6)
    #expect(LaureateCommitment.allCases.count == 4)
    #expect(DataScienceFrameworkContract.supportAreas.count == 5)
    #expect(DataScienceFrameworkContract.providerCount == 10)
  }
}
