import Testing

@testable import FranceRelanceModel

@Suite("France Relance envelope tree (seed 003)")
struct EnvelopeTests {
  let plan = RelancePlan.envelopes

  @Test("500 M€ = 208 M€ SNAP + 292 M€ ITN, exactly (seed 003, « Contexte »)")
  func planSplit() throws {
    #expect(plan.amount == .millions(500))
    #expect(plan.children.map(\.id) == [RelancePlan.snapIdentifier, RelancePlan.itnIdentifier])
    #expect(plan.find(RelancePlan.snapIdentifier)?.amount == .millions(208))
    #expect(plan.find(RelancePlan.itnIdentifier)?.amount == .millions(292))
    #expect(plan.unallocated == .zero)
  }

  @Test("ITN 292 M€ = 146 M€ FTAP (DITP) + 146 M€ programme 352 (DINUM) (seed 003)")
  func itnSplit() throws {
    let itn = try #require(plan.find(RelancePlan.itnIdentifier))
    #expect(itn.unallocated == .zero)
    let ftap = try #require(plan.find(RelancePlan.ftapIdentifier))
    let p352 = try #require(plan.find(RelancePlan.programme352Identifier))
    #expect(ftap.amount == .millions(146))
    #expect(ftap.steward == .ditp)
    #expect(p352.amount == .millions(146))
    #expect(p352.steward == .dinum)
  }

  @Test("P352 includes 23 M€ « Cycle de vie de la donnée » = 6 + 4 + 6 + 7 M€ (seed 003)")
  func dataLifecycleSplit() throws {
    let p352 = try #require(plan.find(RelancePlan.programme352Identifier))
    #expect(p352.unallocated == .millions(123))
    let cvd = try #require(plan.find(RelancePlan.dataLifecycleIdentifier))
    #expect(cvd.amount == .millions(23))
    #expect(cvd.children.map(\.amount) == [.millions(6), .millions(4), .millions(6), .millions(7)])
    #expect(cvd.unallocated == .zero)
    #expect(RelanceCall.allCases.map(\.envelopeIdentifier) == cvd.children.map(\.id))
  }

  @Test("The tree keeps its invariant and every amount cites seed 003")
  func invariant() throws {
    try plan.validate()
    for envelope in plan.allEnvelopes {
      #expect(envelope.citation?.source == .relanceInformationMeeting, "\(envelope.id)")
    }
    #expect(plan.path(to: RelanceCall.aap2.envelopeIdentifier)?.count == 5)
  }

  @Test("A tree whose children exceed their parent is refused")
  func brokenTree() {
    let broken = Envelope(
      id: "root", label: "Racine", amount: .millions(10),
      children: [
        Envelope(id: "a", label: "A", amount: .millions(6)), Envelope(id: "b", label: "B", amount: .millions(5)),
      ])
    #expect(throws: Envelope.TreeError.childrenExceedParent("root", children: .millions(11), parent: .millions(10))) {
      try broken.validate()
    }
    let duplicate = Envelope(
      id: "root", label: "Racine", amount: .millions(10),
      children: [Envelope(id: "root", label: "A", amount: .millions(1))])
    #expect(throws: Envelope.TreeError.duplicateIdentifier("root")) { try duplicate.validate() }
    let negative = Envelope(id: "root", label: "Racine", amount: Euros(uncheckedCents: -1))
    #expect(throws: Envelope.TreeError.negativeAmount("root")) { try negative.validate() }
  }
}
