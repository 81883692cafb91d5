import FTAPGuichet
import FundingProgrammes
import Testing

@testable import FranceRelanceModel
@testable import relance

/// Every quote the library cites must appear verbatim in its seed text (white space aside).
@Suite("Traceability: citations are verbatim")
struct TraceabilityTests {
  static var allCitations: [Citation] { CitationIndex.entries.map(\.citation) }

  @Test("The seeds are in the repository")
  func seedsPresent() {
    for source in Source.seeds {
      #expect(SeedText.read("Docs/seeds/" + source.fileName) != nil, "\(source.fileName)")
    }
  }

  @Test("Every cited sentence appears in its seed")
  func quotesAreVerbatim() {
    let texts = Dictionary(uniqueKeysWithValues: Source.seeds.map { ($0, SeedText.normalized($0)) })
    let whole = Dictionary(uniqueKeysWithValues: Source.seeds.map { ($0, SeedText.withoutFootnotes($0)) })
    #expect(Self.allCitations.count > 100)
    for citation in Self.allCitations {
      let quote = SeedText.normalized(citation.quote)
      #expect(
        texts[citation.source]!.contains(quote) || whole[citation.source]!.contains(quote),
        "seed \(citation.source.number): « \(citation.quote) »")
    }
  }

  @Test("Every laureate, administration, jury member and support area is in its seed")
  func namesAreVerbatim() {
    let results = SeedText.normalized(.relanceResults)
    for laureate in AAP1Results.laureates {
      #expect(results.contains(SeedText.normalized(laureate.project)), "\(laureate.project)")
      #expect(results.contains(SeedText.normalized(laureate.administration)), "\(laureate.administration)")
      if let summary = laureate.summary { #expect(results.contains(SeedText.normalized(summary)), "\(summary)") }
    }
    for member in AAP1Results.jury {
      #expect(results.contains(member.name + " "), "\(member.name)")
      #expect(results.contains(SeedText.normalized(member.role)), "\(member.role)")
    }
    let ftap = SeedText.normalized(.ftapDataGuichet)
    for text in FTAPGuichet.qualityPrinciples + FTAPGuichet.datalabSupport
      + FTAPIndicator.allCases.map(\.frenchName).prefix(2)
    {
      #expect(ftap.contains(text), "\(text)")
    }
    let contract = SeedText.normalized(.dataScienceFrameworkContract)
    for area in DataScienceFrameworkContract.supportAreas {
      #expect(contract.contains(area), "\(area)")
    }
  }

  @Test("Rules that read beyond the letter say so")
  func interpretationsAreFlagged() {
    let rules = Dictionary(RelanceCall.aap1.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    #expect(rules[RelanceRules.Applicant.id]?.interpretation != nil)
    #expect(rules[RelanceRules.CoFinancingRate.id]?.interpretation != nil)
    #expect(rules[RelanceRules.ContinuousSize.id]?.interpretation == nil)
  }
}
