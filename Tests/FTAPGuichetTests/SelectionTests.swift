import FranceRelanceModel
import Testing

@testable import FTAPGuichet

@Suite("Selection: criteria, jury grid, ranking (seeds 003 and 004)")
struct SelectionTests {
  @Test(
    "Seed 004: a main criterion, then 5, 6 and 8 criteria per type (the bullet on data sources counted twice, the 6-month experimental impact added)"
  )
  func counts() {
    #expect(FTAPSelection.proactive.count == 5)
    #expect(FTAPSelection.dataProvision.count == 6)
    #expect(FTAPSelection.policyImprovement.count == 8)
    #expect(RelanceSelection.criteria.count == 5)
    let ids =
      ([FTAPSelection.main] + FTAPSelection.proactive + FTAPSelection.dataProvision + FTAPSelection.policyImprovement)
      .map(\.id)
    #expect(Set(ids).count == ids.count)
  }

  @Test("The main criterion weighs most, whatever the combination of types")
  func mainWeighsMost() {
    for types in [
      Set<FTAPProjectType>([.proactiveAdministration]), [.dataProvision, .policyImprovement],
      Set(FTAPProjectType.allCases),
    ] {
      let grid = FTAPSelection.grid(for: types)
      #expect(grid.mainCriterion == FTAPSelection.main)
      let main = grid.entries[0].weight
      #expect(main == grid.entries.dropFirst().reduce(0) { $0 + $1.weight })
    }
  }

  func scores(_ grid: JuryGrid, main: Int, others: Int) -> [String: Int] {
    Dictionary(
      uniqueKeysWithValues: grid.entries.map { ($0.criterion.id, $0.criterion == FTAPSelection.main ? main : others) })
  }

  @Test("Scoring: totals, shares and reasons")
  func scoring() throws {
    let grid = FTAPSelection.grid(for: [.proactiveAdministration])
    let card = try grid.score(reference: "A", scores: scores(grid, main: 5, others: 3))
    // Five criteria of weight 2 and the main one of weight 10: 10 × 5 = 50, five × 2 × 3
    // = 30: 80 of (10 + 10) × 5 = 100.
    #expect(card.total == 80)
    #expect(card.maximumTotal == 100)
    #expect(card.share == .percent(80))
    #expect(card.reasons.last == "Total : 80/100 points (80 %)")
  }

  /// « Les sources de données nécessaires au projet doivent être clairement identifiées.
  /// … Si des données personnelles et/ou sensibles sont traitées … » is one bullet of
  /// seed 004: its two criteria weigh one criterion together, not two.
  @Test("The data-sources bullet weighs as one criterion, split in two halves")
  func splitBullet() {
    let grid = FTAPSelection.grid(for: [.policyImprovement])
    let weights = Dictionary(uniqueKeysWithValues: grid.entries.map { ($0.criterion.id, $0.weight) })
    #expect(weights["ftap.criterion.policy.dataSources"] == 1)
    #expect(weights["ftap.criterion.policy.legalFramework"] == 1)
    #expect(weights["ftap.criterion.policy.benefits"] == 2)
    // Eight criteria of which two halves: 6 × 2 + 2 × 1 = 14, the main criterion's weight.
    #expect(weights["ftap.criterion.impactModel"] == 14)
  }

  @Test("Scoring refuses unknown, missing and out-of-scale scores")
  func scoringErrors() throws {
    let grid = RelanceSelection.grid
    var all = Dictionary(uniqueKeysWithValues: grid.entries.map { ($0.criterion.id, 3) })
    all["relance.criterion.viability"] = 6
    #expect(throws: JuryGrid.ScoringError.outOfRange("relance.criterion.viability", 6)) {
      try grid.score(reference: "A", scores: all)
    }
    all["relance.criterion.viability"] = nil
    #expect(throws: JuryGrid.ScoringError.missingScore("relance.criterion.viability")) {
      try grid.score(reference: "A", scores: all)
    }
    all["relance.criterion.viability"] = 3
    all["nope"] = 1
    #expect(throws: JuryGrid.ScoringError.unknownCriterion("nope")) { try grid.score(reference: "A", scores: all) }
  }

  @Test("Ranking: best share first, the main criterion breaks ties, across grids")
  func ranking() throws {
    let proactive = FTAPSelection.grid(for: [.proactiveAdministration])
    let policy = FTAPSelection.grid(for: [.policyImprovement])
    // Same 60 % share: B is stronger on the main criterion.
    let a = try proactive.score(reference: "A", scores: scores(proactive, main: 2, others: 4))
    let b = try policy.score(reference: "B", scores: scores(policy, main: 4, others: 2))
    let c = try policy.score(reference: "C", scores: scores(policy, main: 5, others: 5))
    #expect(a.share == b.share)
    let ranking = JuryGrid.rank([a, b, c])
    #expect(ranking.map(\.scorecard.reference) == ["C", "B", "A"])
    #expect(ranking[1].reason.contains("critère principal"))
  }

  @Test("The Relance calls use the same grid, criteria equally weighted")
  func relanceGrid() throws {
    let grid = RelanceSelection.grid
    let high = try grid.score(
      reference: "X", scores: Dictionary(uniqueKeysWithValues: grid.entries.map { ($0.criterion.id, 5) }))
    let low = try grid.score(
      reference: "Y", scores: Dictionary(uniqueKeysWithValues: grid.entries.map { ($0.criterion.id, 1) }))
    #expect(JuryGrid.rank([low, high]).map(\.rank) == [1, 2])
    #expect(JuryGrid.rank([low, high]).first?.scorecard.reference == "X")
    #expect(high.total == 25)
  }
}
