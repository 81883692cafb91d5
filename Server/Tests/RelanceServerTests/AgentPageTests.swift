import FTAPGuichet
import Foundation
import FranceRelanceModel
import FundingProgrammes
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RelanceServer
import Testing

@Suite("The agents' pages: sign-in, a batch's table with filters and CSV, the ledger on a date")
struct AgentPageTests {
  /// A multipart form of one file part and one text part.
  static func multipart(file: (name: String, bytes: String)?, text: String?) -> (String, String) {
    let boundary = "----relance-test-boundary"
    var body = ""
    if let file {
      body +=
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"lot\"; filename=\"" + file.name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + file.bytes + "\r\n"
    }
    body +=
      "--" + boundary + "\r\nContent-Disposition: form-data; name=\"texte\"\r\n\r\n" + (text ?? "") + "\r\n--"
      + boundary
      + "--\r\n"
    return ("multipart/form-data; boundary=" + boundary, body)
  }

  /// The repository's three FTAP batch lines as one JSON Lines text, with a broken line.
  static func batchText() throws -> String {
    var lines: [String] = []
    for path in [
      "Examples/ftap/policy-two-tranches.json", "Examples/ftap/incomplete.json",
      "Examples/ftap/ineligible-fixable-by-numbers.json",
    ] {
      lines.append(
        try JSONValue(parsing: String(decoding: ServerHarness.repositoryFile(path), as: UTF8.self)).serialized(
          pretty: false))
    }
    lines.insert(#"{"programme": "ftap-data-2023", "totalCost": "1,5"}"#, at: 2)
    return lines.joined(separator: "\n") + "\n"
  }

  @Test("Signing in keeps the token in an HttpOnly, SameSite=Strict cookie; an unknown token is said next to its field")
  func signIn() async throws {
    let harness = try await ServerHarness.make()
    let token = try #require(harness.tokens[.instructeur])
    try await harness.test { client in
      try await client.execute(uri: "/instruction", method: .get) { response in
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/connexion?suite=%2Finstruction")
      }
      try await client.execute(
        uri: "/connexion", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: "jeton=" + token + "&suite=%2Finstruction")
      ) { response in
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/instruction")
        let cookie = response.headers[.setCookie] ?? ""
        #expect(cookie.hasPrefix("relance_jeton=" + token))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
      }
      try await client.execute(
        uri: "/connexion", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: "jeton=inconnu&suite=https%3A%2F%2Fexemple.org")
      ) { response in
        #expect(response.status == .unauthorized)
        #expect(response.body.text.contains("<p class=\"message-erreur\" id=\"jeton-erreur\">Ce jeton est inconnu."))
        #expect(response.body.text.contains("aria-describedby=\"jeton-erreur\""))
        // Another site is never where a sign-in goes back to.
        #expect(!response.body.text.contains("exemple.org"))
      }
      try await client.execute(
        uri: "/instruction", method: .get, headers: [.cookie: "relance_jeton=" + token]
      ) { #expect($0.status == .ok) }
      try await client.execute(
        uri: "/instruction", method: .get, headers: [.cookie: "relance_jeton=" + (harness.tokens[.lecteur] ?? "")]
      ) { response in
        #expect(response.status == .forbidden)
        #expect(response.body.text.contains("demande le rôle dinum ou instructeur"))
      }
    }
  }

  @Test("A batch uploaded: its table counts and filters by status and rule, links each report, and downloads as CSV")
  func batch() async throws {
    let harness = try await ServerHarness.make()
    let cookie: HTTPFields = [.cookie: "relance_jeton=" + (harness.tokens[.instructeur] ?? "")]
    let text = try Self.batchText()
    // The library's reports of the same lines, worked out here, are the table's expectation.
    let reports = text.split(separator: "\n").map { line in
      try? FTAPGuichet().report(onJSON: JSONValue(parsing: String(line)))
    }
    try await harness.test { client in
      let (type, body) = Self.multipart(file: ("lot <b>.jsonl", text), text: nil)
      var contentType = cookie
      contentType[.contentType] = type
      let location = try await client.execute(
        uri: "/instruction/lots", method: .post, headers: contentType, body: ByteBuffer(string: body)
      ) { response in
        #expect(response.status == .seeOther)
        return response.headers[.location] ?? ""
      }
      #expect(location.hasPrefix("/instruction/lots/") && location.count == "/instruction/lots/".count + 32)
      try await client.execute(uri: location, method: .get, headers: cookie) { response in
        let page = response.body.text
        #expect(response.status == .ok)
        #expect(page.contains("<h1>Lot « lot &lt;b&gt;.jsonl »</h1>"))
        #expect(page.contains("4 dossier(s) affiché(s) sur 4"))
        #expect(page.contains("<li>entrée invalide : 1</li>"))
        #expect(page.contains("<td>totalCost: "))
        for case let report? in reports {
          #expect(
            page.contains("<td>" + pageText(report.assessment.reference ?? "") + "</td><td>" + report.status.frenchName)
          )
        }
      }
      let ineligible = reports.compactMap { $0 }.filter { $0.status == .ineligible }
      try await client.execute(uri: location + "?statut=ineligible", method: .get, headers: cookie) { response in
        #expect(response.body.text.contains(String(ineligible.count) + " dossier(s) affiché(s) sur 4"))
      }
      let rule = try #require(ineligible.first?.assessment.violations.first?.rule.id.rawValue)
      let withRule = reports.compactMap { $0 }.filter { report in
        report.assessment.findings.contains {
          $0.rule.id.rawValue == rule && [.violated, .undetermined, .missingInput].contains($0.outcome.kind)
        }
      }
      try await client.execute(uri: location + "/tableau.csv?regle=" + rule, method: .get, headers: cookie) {
        response in
        #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
        let lines = response.body.text.split(separator: "\r\n")
        #expect(lines.count == 1 + withRule.count)
        #expect(
          lines.first == "file,line,reference,programme,status,cap,bindingLimit,violated,undetermined,missing,remedy")
      }
      try await client.execute(uri: location + "/tableau.csv?format=excel", method: .get, headers: cookie) {
        response in
        #expect(response.body.text.hasPrefix("\u{FEFF}file;line;"))
      }
      try await client.execute(uri: location + "/dossiers/1", method: .get, headers: cookie) { response in
        #expect(response.body.text.contains("<p class=\"statut\">Statut : ÉLIGIBLE</p>"))
        #expect(response.body.text.contains("<h2 id=\"verdict\">Verdict</h2>"))
      }
      try await client.execute(uri: location + "/dossiers/3", method: .get, headers: cookie) { response in
        #expect(response.body.text.contains("<h1>Entrée invalide</h1>"))
      }
      try await client.execute(uri: location + "/dossiers/99", method: .get, headers: cookie) {
        #expect($0.status == .notFound)
      }
      try await client.execute(
        uri: "/instruction/lots/" + String(repeating: "0", count: 32), method: .get, headers: cookie
      ) {
        #expect($0.status == .notFound)
      }
      // Neither file nor text: the form again, with its error.
      let (emptyType, emptyBody) = Self.multipart(file: nil, text: "  ")
      var emptyHeaders = cookie
      emptyHeaders[.contentType] = emptyType
      try await client.execute(
        uri: "/instruction/lots", method: .post, headers: emptyHeaders, body: ByteBuffer(string: emptyBody)
      ) { response in
        #expect(response.status == .badRequest)
        #expect(response.body.text.contains("Choisissez un fichier"))
      }
    }
  }

  @Test(
    "A démarches-simplifiées page with its mapping: a row per dossier of the page, the one the mapping cannot read says why"
  )
  func dsPage() async throws {
    let harness = try await ServerHarness.make()
    let cookie = "relance_jeton=" + (harness.tokens[.dinum] ?? "")
    let page = String(
      decoding: try ServerHarness.repositoryFile("Examples/ds/ftap-demarche-page.example.json"), as: UTF8.self)
    let mapping = String(
      decoding: try ServerHarness.repositoryFile("Examples/ds/ftap-mapping.example.json"), as: UTF8.self)
    // What the library's importer makes of the same page, worked out here.
    let imported = try DSImport(mapping: DSMapping(json: JSONValue(parsing: mapping))).dossiers(
      in: JSONValue(parsing: page))
    let boundary = "----relance-ds"
    @Sendable func part(_ name: String, _ file: String, _ content: String) -> String {
      "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
        + "\"\r\nContent-Type: application/json\r\n\r\n" + content + "\r\n"
    }
    let headers: HTTPFields = [.cookie: cookie, .contentType: "multipart/form-data; boundary=" + boundary]
    try await harness.test { client in
      let location = try await client.execute(
        uri: "/instruction/lots", method: .post, headers: headers,
        body: ByteBuffer(
          string: part("ds", "page.json", page) + part("correspondance", "mapping.json", mapping) + "--" + boundary
            + "--\r\n")
      ) { response in
        #expect(response.status == .seeOther)
        return response.headers[.location] ?? ""
      }
      try await client.execute(uri: location, method: .get, headers: [.cookie: cookie]) { response in
        let text = response.body.text
        #expect(text.contains(String(imported.count) + " dossier(s) affiché(s) sur " + String(imported.count)))
        for case .failure(let error) in imported { #expect(text.contains(pageText(error.description))) }
      }
      // The page without its mapping: the form again, saying what is missing.
      try await client.execute(
        uri: "/instruction/lots", method: .post, headers: headers,
        body: ByteBuffer(string: part("ds", "page.json", page) + "--" + boundary + "--\r\n")
      ) { response in
        #expect(response.status == .badRequest)
        #expect(response.body.text.contains("correspondance : joignez le fichier de correspondance"))
      }
    }
  }

  @Test(
    "A folder's files uploaded together are one batch, a row each; a file that is not JSON refuses the upload, named")
  func folder() async throws {
    let harness = try await ServerHarness.make()
    let cookie = "relance_jeton=" + (harness.tokens[.instructeur] ?? "")
    let names = ["policy-two-tranches", "incomplete", "ineligible-size-personnel-api"]
    let files = try names.map { name in
      (
        name + ".json",
        String(decoding: try ServerHarness.repositoryFile("Examples/ftap/" + name + ".json"), as: UTF8.self)
      )
    }
    let boundary = "----relance-folder"
    @Sendable func body(_ files: [(String, String)]) -> ByteBuffer {
      var text = ""
      for (name, content) in files {
        text +=
          "--" + boundary + "\r\nContent-Disposition: form-data; name=\"lot\"; filename=\"" + name
          + "\"\r\nContent-Type: application/json\r\n\r\n" + content + "\r\n"
      }
      return ByteBuffer(string: text + "--" + boundary + "--\r\n")
    }
    let headers: HTTPFields = [.cookie: cookie, .contentType: "multipart/form-data; boundary=" + boundary]
    try await harness.test { client in
      let location = try await client.execute(
        uri: "/instruction/lots", method: .post, headers: headers, body: body(files)
      ) { response in
        #expect(response.status == .seeOther)
        return response.headers[.location] ?? ""
      }
      try await client.execute(uri: location, method: .get, headers: [.cookie: cookie]) { response in
        let text = response.body.text
        #expect(text.contains("<h1>Lot « 3 fichiers »</h1>"))
        #expect(text.contains("3 dossier(s) affiché(s) sur 3"))
        #expect(text.contains("<li>éligible : 1</li>") && text.contains("<li>inéligible : 1</li>"))
        #expect(text.contains("<li>incomplet : 1</li>"))
      }
      try await client.execute(
        uri: "/instruction/lots", method: .post, headers: headers,
        body: body(files + [("casse.json", "{\"programme\": ")])
      ) { response in
        #expect(response.status == .badRequest)
        #expect(response.body.text.contains("casse.json : "))
      }
      // A file that is not text is refused, named, before anything is stored.
      var binary = ByteBuffer(
        string: "--" + boundary + "\r\nContent-Disposition: form-data; name=\"lot\"; filename=\"photo.jpg\"\r\n\r\n")
      binary.writeBytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10])
      binary.writeString("\r\n--" + boundary + "--\r\n")
      try await client.execute(uri: "/instruction/lots", method: .post, headers: headers, body: binary) { response in
        #expect(response.status == .badRequest)
        #expect(response.body.text.contains("« photo.jpg » n&#39;est pas du texte UTF-8"))
      }
    }
  }

  @Test("The ledger page on a date: each envelope's figures in the chart and the table; an award's timeline")
  func ledger() async throws {
    let harness = try await ServerHarness.make(ledgerFile: "Examples/ledgers/ftap-allocation-example.json")
    let (award, events) = try LedgerRoutesTests.exampleAward()
    let caller = Caller(name: "test", role: .instructeur)
    _ = try await harness.store.createAward(Array(award.serialized().utf8), by: caller, idempotencyKey: nil)
    var version = 1
    for event in events.prefix(2) {
      _ = try await harness.store.appendEvent(
        Array(event.serialized().utf8), to: "FTAP-EX-02", by: caller, version: version, idempotencyKey: nil)
      version += 1
    }
    let cookie: HTTPFields = [.cookie: "relance_jeton=" + (harness.tokens[.lecteur] ?? "")]
    // The award's state from the library after the same two events.
    guard case .object(var members) = award else { throw CancellationError() }
    members.append(.init("events", .array(Array(events.prefix(2)))))
    let (state, reviews) = try FTAPAward.replay(json: .object(members))
    try await harness.test { client in
      try await client.execute(uri: "/registre", method: .get, headers: cookie) { response in
        let page = response.body.text
        #expect(response.status == .ok)
        #expect(page.contains("<svg role=\"img\" aria-labelledby=\"graphique-titre\""))
        #expect(page.contains("<title>versé : " + reviews.released.description + "</title>"))
        #expect(page.contains("<td>" + state.granted.description + "</td><td>" + reviews.released.description))
      }
      try await client.execute(uri: "/registre?date=2023-07-31", method: .get, headers: cookie) { response in
        // Before the convention: nothing committed, no award.
        #expect(response.body.text.contains("<td>1 500 000 €</td><td>0 €</td>"))
        #expect(!response.body.text.contains("FTAP-EX-02"))
      }
      try await client.execute(uri: "/registre?date=2023-02-30", method: .get, headers: cookie) { response in
        #expect(response.status == .badRequest)
        #expect(response.body.text.contains("date : une date AAAA-MM-JJ attendue"))
      }
      try await client.execute(uri: "/registre/attributions/FTAP-EX-02", method: .get, headers: cookie) { response in
        #expect(response.body.text.contains("<title id=\"frise-titre\">Frise des jalons de FTAP-EX-02</title>"))
        #expect(response.body.text.contains("<caption>Jalons et tranches</caption>"))
      }
    }
  }
}

/// Text as the pages escape it.
func pageText(_ text: String) -> String { HTMLText.escaped(text) }
