import FTAPGuichet
import Foundation
import FranceRelanceModel
import Testing

@testable import relance

/// `relance assess --html` (issue #24, design v3 §12): one printable document, the page's
/// template, each rule's sentence as a footnote, a summary page for a batch, every value
/// escaped.
@Suite("relance assess --html: the printable report")
struct PrintableReportTests {
  func run(_ arguments: [String], files: [String: String]) -> ToolResult {
    CommandLineTool.run(arguments: arguments) { (path: String) throws(InputFileError) -> [UInt8] in
      guard let text = files[path] else { throw InputFileError.unreadable("absent") }
      return Array(text.utf8)
    }
  }

  /// How many times `part` occurs in `text`.
  func count(_ part: String, in text: String) -> Int { text.components(separatedBy: part).count - 1 }

  @Test("One dossier: its verdict, one footnote per finding with the finding's sentence, no summary page")
  func oneDossier() throws {
    let result = run(["assess", "--html", "a.json"], files: ["a.json": BatchCommandTests.eligible])
    let html = result.standardOutput
    #expect(result.status == 0)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
    #expect(html.contains("<p class=\"statut\">Statut : ÉLIGIBLE</p>"))
    #expect(!html.contains("class=\"sommaire\""))
    // The findings and their notes, worked out from the library's report of the same dossier.
    let report = try FTAPGuichet().report(onJSON: JSONValue(parsing: BatchCommandTests.eligible))
    let findings = report.assessment.findings
    #expect(count("<sup class=\"appel\">", in: html) == findings.count)
    #expect(count("<li>", in: html.components(separatedBy: "<ol class=\"notes\">").last ?? "") >= findings.count)
    for finding in findings {
      #expect(html.contains(HTMLText.escaped(finding.citation.frenchQuote)))
      #expect(html.contains(HTMLText.escaped(finding.rule.title)))
    }
    // Printed: A4, and each dossier's pages apart.
    #expect(html.contains("@page { size: A4;"))
    #expect(html.contains(".dossier, .sommaire { break-after: page; }"))
  }

  @Test("A batch: a summary page with one row per dossier, then each dossier's pages; an unreadable one says why")
  func batch() {
    let result = run(
      ["assess", "--html", "a.json", "b.json", "c.json"],
      files: [
        "a.json": BatchCommandTests.eligible, "b.json": BatchCommandTests.incomplete,
        "c.json": #"{"programme": "ftap-data-2023", "totalCost": "1,5"}"#,
      ])
    let html = result.standardOutput
    #expect(result.status == 2)
    #expect(html.contains("<h1>Synthèse : 3 dossiers</h1>"))
    #expect(count("<section class=\"dossier\">", in: html) == 3)
    #expect(html.contains("<h1>Entrée invalide</h1>"))
    #expect(html.contains("totalCost: "))
    // Summary rows in input order.
    let summary = html.components(separatedBy: "</table>").first ?? ""
    let a = summary.range(of: "<td>a.json</td>")
    let c = summary.range(of: "<td>c.json</td>")
    #expect(a != nil && c != nil && a!.lowerBound < c!.lowerBound)
  }

  @Test(
    "Text from the dossier is escaped in the document",
    arguments: ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "a&b", "'quote'"])
  func escaped(reference: String) {
    let dossier = JSONValue.object([
      .init("programme", .string("ftap-data-2023")), .init("reference", .string(reference)),
    ])
    .serialized(pretty: false)
    let result = run(["assess", "--html", "d.jsonl"], files: ["d.jsonl": dossier + "\n" + dossier + "\n"])
    #expect(!result.standardOutput.contains(reference))
    #expect(result.standardOutput.contains(HTMLText.escaped(reference)))
  }

  @Test("--html goes alone")
  func alone() {
    for other in ["--json", "--verdict", "--csv", "--excel", "--motivation"] {
      #expect(run(["assess", "--html", other, "a.json"], files: ["a.json": BatchCommandTests.eligible]).status == 64)
    }
  }
}
