import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes
import Testing

@testable import relance

@Suite("Generated reference pages")
struct ReferenceDocsTests {
  let pages = Dictionary(uniqueKeysWithValues: ReferenceDocs.pages().map { ($0.name, $0.content) })

  @Test("An index, one page per programme, a traceability page and the commands' page")
  func pageSet() {
    #expect(pages.count == CommandLineTool.programmes.count + 3)
    for programme in CommandLineTool.programmes {
      #expect(pages["index.md"]?.contains("(" + programme.identifier.rawValue + ".md)") == true)
    }
    #expect(pages["index.md"]?.contains("(commandes.md)") == true)
    for command in CommandLineTool.table {
      #expect(pages["commandes.md"]?.contains("\n## " + command.name + "\n") == true)
    }
  }

  /// Issue #12: what stays with people is listed on every programme's page and in the
  /// README.
  @Test("Every programme page and the README say what the tool does not check")
  func notChecked() throws {
    for programme in CommandLineTool.programmes {
      let page = try #require(pages[programme.identifier.rawValue + ".md"])
      #expect(page.contains("## Ce que l'outil ne vérifie pas"))
      #expect(page.contains("sélection par le jury"))
      #expect(page.contains("chaque lecture des textes"))
    }
    let ftap = try #require(pages["ftap-data-2023.md"])
    for item in ["taux de cofinancement effectif", "DITP", "base juridique"] { #expect(ftap.contains(item)) }
    let readme = String(decoding: try RelanceTool.readFile(CommandLineToolTests.root + "/README.md"), as: UTF8.self)
    #expect(readme.contains("## What the tool does not check"))
  }

  @Test("Every rule that applies appears with its quoted sentence, seed and interpretation; the others are named")
  func rules() throws {
    for programme in CommandLineTool.programmes {
      let page = try #require(pages[programme.identifier.rawValue + ".md"])
      for rule in programme.rules {
        guard rule.applies else {
          // The guichet continu's size rule is not a condition of the calls for projects.
          #expect(!page.contains("### " + rule.id.rawValue + "\n"))
          #expect(page.contains("la règle `" + rule.id.rawValue + "` n'est pas une condition de ce programme"))
          continue
        }
        #expect(page.contains("### " + rule.id.rawValue + "\n"))
        #expect(page.contains("« " + rule.citation.frenchQuote + " »"))
        if let interpretation = rule.interpretation { #expect(page.contains(interpretation)) }
      }
    }
  }

  @Test("Relance pages show the envelope tree, the calendar and the criteria; the FTAP page its indicators")
  func content() throws {
    let continuous = try #require(pages["relance-cvd-continu.md"])
    #expect(continuous.contains("| Effectif | 1er février 2021"))
    #expect(continuous.contains("Cycle de vie de la donnée : **23 000 000 €**"))
    #expect(continuous.contains("**← cet appel**"))
    #expect(continuous.contains("Coût total maximal (exclu) d'un projet du guichet continu"))
    let ftap = try #require(pages["ftap-data-2023.md"])
    for indicator in FTAPIndicator.allCases { #expect(ftap.contains("`" + indicator.rawValue + "`")) }
    #expect(ftap.contains("janvier 2023 (au mois)"))
    #expect(ftap.contains(FTAPSelection.main.title))
  }

  @Test("The traceability page lists every cited sentence under its seed")
  func traceability() throws {
    let page = try #require(pages["tracabilite.md"])
    for entry in CitationIndex.entries {
      #expect(page.contains("« " + ReferenceMarkdown.cell(entry.citation.quote) + " »"))
    }
    #expect(page.contains("## Seed 002"))
  }

  @Test("The committed pages are the generated ones")
  func committedPagesAreFresh() throws {
    for (name, content) in pages {
      let bytes = try RelanceTool.readFile(CommandLineToolTests.root + "/Docs/reference/" + name)
      #expect(String(decoding: bytes, as: UTF8.self) == content, "Docs/reference/\(name) is stale")
    }
  }
}
