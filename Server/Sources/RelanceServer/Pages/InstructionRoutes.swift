import FranceRelanceModel
import Hummingbird
import HummingbirdCore
import NIOCore

/// The instructor's pages (design v3 §12), behind a token of role `instructeur` or `dinum`:
/// upload a batch (a JSON Lines file, one dossier per line, or one JSON dossier; as a file
/// or pasted), see its table filtered by status and by rule, open any dossier's report,
/// download the table as CSV. A batch is kept in the store, so that each state of the
/// table is an address that can be shared and reloaded.
struct InstructionRoutes: Sendable {
  /// The store of batches and tokens.
  let store: LedgerStore
  /// The roles that may use the pages.
  static let roles: Set<Role> = [.instructeur, .dinum]
  /// The pages' title.
  static let title = "Instruction d'un lot de dossiers"

  /// Adds the routes.
  func register(on router: Router<ServerContext>) {
    let store = store
    router.get("instruction") { request, _ in
      switch await PageSession.require(Self.roles, request, store: store, title: Self.title) {
      case .failure(let refusal): return refusal.response
      case .success(let caller):
        return PageRoutes.html(Self.uploadPage(caller: caller, batches: try await store.recentBatches(), error: nil))
      }
    }
    router.post("instruction/lots") { request, context in
      let caller: Caller
      switch await PageSession.require(Self.roles, request, store: store, title: Self.title) {
      case .failure(let refusal): return refusal.response
      case .success(let found): caller = found
      }
      let body = Array(buffer: try await request.body.collect(upTo: context.maxUploadSize))
      let upload: Upload
      switch Self.upload(body, contentType: request.headers[.contentType] ?? "") {
      case .success(let found): upload = found
      case .failure(let refusal):
        var response = PageRoutes.html(
          Self.uploadPage(caller: caller, batches: try await store.recentBatches(), error: refusal.message))
        response.status = .badRequest
        return response
      }
      let id = try await store.saveBatch(name: upload.name, body: upload.bytes, mapping: upload.mapping, by: caller)
      return Response(status: .seeOther, headers: [.location: "/instruction/lots/" + id])
    }
    router.get("instruction/lots/:lot") { request, context in
      switch await PageSession.require(Self.roles, request, store: store, title: Self.title) {
      case .failure(let refusal): return refusal.response
      case .success:
        let batch = try await Self.batch(context, store: store)
        return PageRoutes.html(Self.tablePage(batch, query: request.uri.queryParameters))
      }
    }
    router.get("instruction/lots/:lot/tableau.csv") { request, context in
      switch await PageSession.require(Self.roles, request, store: store, title: Self.title) {
      case .failure(let refusal): return refusal.response
      case .success:
        let style: SpreadsheetStyle
        switch request.uri.queryParameters.get("format") {
        case nil, "csv"?: style = .plain
        case "excel"?: style = .excel
        case let other?:
          throw Problem.parameter("format : csv ou excel attendu, pas « " + other + " »")
        }
        let batch = try await Self.batch(context, store: store)
        let filter = Self.filter(request.uri.queryParameters)
        var text = style.start + style.line(SpreadsheetStyle.header)
        for row in BatchTable(body: batch.body, mapping: batch.mapping).filtered(
          status: filter.status, rule: filter.rule)
        {
          switch row.outcome {
          case .success(let report): text += style.line([batch.name, String(row.line)] + report.spreadsheetCells)
          case .failure(let failure):
            text += style.line(
              [batch.name, String(row.line)] + AssessmentReport.spreadsheetCells(failure: failure.message))
          }
        }
        return Response(
          status: .ok,
          headers: [
            .contentType: "text/csv; charset=utf-8",
            .contentDisposition: "attachment; filename=\"lot-" + batch.id + ".csv\"",
          ],
          body: .init(byteBuffer: ByteBuffer(string: text)))
      }
    }
    router.get("instruction/lots/:lot/dossiers/:ligne") { request, context in
      switch await PageSession.require(Self.roles, request, store: store, title: Self.title) {
      case .failure(let refusal): return refusal.response
      case .success:
        let batch = try await Self.batch(context, store: store)
        guard let line = context.parameters.get("ligne").flatMap({ Int($0) }),
          let row = BatchTable(body: batch.body, mapping: batch.mapping).rows.first(where: { $0.line == line })
        else { throw Problem.notFound("aucun dossier à cette ligne du lot") }
        return PageRoutes.html(Self.dossierPage(batch, row))
      }
    }
  }

  // MARK: Reading requests

  /// The batch the path names.
  ///
  /// - Throws: ``Problem`` 404 for an unknown batch.
  static func batch(_ context: ServerContext, store: LedgerStore) async throws -> LedgerStore.PageBatch {
    let id = context.parameters.get("lot") ?? ""
    guard id.utf8.count == 32, id.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }),
      let batch = try await store.batch(id)
    else { throw Problem.notFound("aucun lot « " + id + " »") }
    return batch
  }

  /// The status and rule a table is filtered by (empty means all).
  static func filter(_ query: FlatDictionary<Substring, Substring>) -> (status: String?, rule: String?) {
    let status = query.get("statut").flatMap { $0.isEmpty ? nil : $0 }
    let rule = query.get("regle").flatMap { $0.isEmpty ? nil : $0 }
    return (status, rule)
  }

  /// What a form uploads: a name, the bytes, and the mapping of a démarches-simplifiées
  /// answer.
  struct Upload {
    let name: String
    let bytes: [UInt8]
    let mapping: [UInt8]?
  }

  /// The upload of a form: a démarches-simplifiées answer (`ds`) with its mapping
  /// (`correspondance`), else its file (`lot`: a JSON Lines file or one dossier; several
  /// JSON files, a folder's, become one line each), else its pasted text (`texte`); what is
  /// wrong when there is none, or a file, the answer or its mapping cannot be read.
  static func upload(_ body: [UInt8], contentType: String) -> Result<Upload, PrintableReport.Failure> {
    let missing = PrintableReport.Failure(
      message: "Choisissez un fichier .jsonl ou .json, ou collez des dossiers, un par ligne, "
        + "ou joignez une réponse démarches-simplifiées avec sa correspondance.")
    if let boundary = MultipartForm.boundary(of: contentType) {
      guard let form = MultipartForm(body: body, boundary: boundary) else { return .failure(missing) }
      for name in ["texte", "ds", "correspondance"] where form.parts.filter({ $0.name == name }).count > 1 {
        return .failure(PrintableReport.Failure(message: name + " : un seul champ attendu"))
      }
      for part in form.parts where ["lot", "ds", "correspondance"].contains(part.name) && part.filename == nil {
        return .failure(PrintableReport.Failure(message: part.name + " : un fichier attendu"))
      }
      if form.parts.contains(where: { $0.name == "correspondance" && !$0.bytes.isEmpty }),
        !form.parts.contains(where: { $0.name == "ds" && !$0.bytes.isEmpty })
      {
        return .failure(
          PrintableReport.Failure(message: "ds : la réponse démarches-simplifiées de cette correspondance manque"))
      }
      for part in form.parts where ["lot", "ds", "correspondance", "texte"].contains(part.name) {
        guard String(validating: part.bytes, as: UTF8.self) != nil else {
          return .failure(
            PrintableReport.Failure(
              message: part.name + " : « " + (part.filename ?? part.name)
                + " » n'est pas du texte UTF-8 (JSON Lines ou JSON attendu)"))
        }
      }
      func file(_ name: String) -> MultipartForm.Part? {
        form.parts.first(where: { $0.name == name && !($0.filename ?? "").isEmpty && !$0.bytes.isEmpty })
      }
      if let answer = file("ds") {
        guard let mapping = file("correspondance") else {
          return .failure(
            PrintableReport.Failure(
              message: "correspondance : joignez le fichier de correspondance des champs de la démarche"))
        }
        if case .failure(let failure) = BatchTable.imported(answer.bytes, mapping: mapping.bytes) {
          return .failure(failure)
        }
        return .success(Upload(name: answer.filename ?? "démarche", bytes: answer.bytes, mapping: mapping.bytes))
      }
      let files = form.parts.filter { $0.name == "lot" && !($0.filename ?? "").isEmpty && !$0.bytes.isEmpty }
      if files.count == 1, let file = files.first {
        return .success(Upload(name: file.filename ?? "lot", bytes: file.bytes, mapping: nil))
      }
      if files.count > 1 {
        // A folder's files: each a JSON dossier, written as one line of the batch.
        var lines: [UInt8] = []
        for file in files {
          do throws(InterchangeError) {
            lines += Array(try JSONValue(parsing: file.bytes).serialized(pretty: false).utf8)
            lines.append(UInt8(ascii: "\n"))
          } catch {
            return .failure(
              PrintableReport.Failure(message: (file.filename ?? "lot") + " : " + error.description))
          }
        }
        return .success(Upload(name: String(files.count) + " fichiers", bytes: lines, mapping: nil))
      }
      if let text = form.parts.first(where: { $0.name == "texte" }),
        text.bytes.contains(where: { ![9, 10, 13, 32].contains($0) })
      {
        return .success(Upload(name: "texte collé", bytes: text.bytes, mapping: nil))
      }
      return .failure(missing)
    }
    if contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
      let form = PageAnswers(query: String(decoding: body, as: UTF8.self))
      if let text = form.pairs.first(where: { $0.key == "texte" })?.value,
        text.unicodeScalars.contains(where: { !$0.properties.isWhitespace })
      {
        return .success(Upload(name: "texte collé", bytes: Array(text.utf8), mapping: nil))
      }
    }
    return .failure(missing)
  }

  // MARK: Pages

  /// The upload form and the latest batches.
  static func uploadPage(caller: Caller, batches: [LedgerStore.PageBatch], error: String?) -> String {
    var body = "<h1>" + HTML.escaped(title) + "</h1>\n"
    body += signedIn(caller)
    body +=
      "<p>Déposez un lot : un fichier JSON Lines (un dossier par ligne, comme l'export de "
      + "<code>relance import</code>) ou un dossier JSON ; ou collez les dossiers, un par ligne. "
      + "Chaque dossier est évalué selon les lectures par défaut.</p>\n"
    body += "<form method=\"post\" action=\"/instruction/lots\" enctype=\"multipart/form-data\">\n"
    if let error { body += HTML.errorAlert(error) }
    body +=
      "<div class=\"groupe\"><label for=\"lot\">Fichier du lot<span class=\"aide\">un .jsonl, ou un ou plusieurs .json "
      + "(les dossiers d'un répertoire) ; 8 Mio au plus</span></label>\n<input type=\"file\" id=\"lot\" name=\"lot\" "
      + "accept=\".jsonl,.json,application/json\" multiple></div>\n"
    body +=
      "<div class=\"groupe\"><label for=\"texte\">Ou dossiers collés<span class=\"aide\">un dossier JSON par ligne"
      + "</span></label>\n<textarea id=\"texte\" name=\"texte\" rows=\"6\"></textarea></div>\n"
    body +=
      "<fieldset class=\"groupe\"><legend>Ou une réponse de démarches-simplifiées<span class=\"aide\">"
      + "La page de dossiers de l'API (getDemarche) ou un dossier (getDossier), et le fichier de correspondance "
      + "de ses champs, comme pour <code>relance import ds --mapping</code></span></legend>\n"
      + "<label for=\"ds\">Réponse de l'API (JSON)</label>\n<input type=\"file\" id=\"ds\" name=\"ds\" "
      + "accept=\".json,application/json\">\n<label for=\"correspondance\">Correspondance des champs (JSON)</label>\n"
      + "<input type=\"file\" id=\"correspondance\" name=\"correspondance\" accept=\".json,application/json\">"
      + "</fieldset>\n"
    body += "<button type=\"submit\" class=\"bouton\">Évaluer le lot</button>\n</form>\n"
    if !batches.isEmpty {
      body +=
        "<h2>Lots récents</h2>\n<table><caption>Les derniers lots déposés</caption><thead><tr>"
        + "<th scope=\"col\">Lot</th><th scope=\"col\">Déposé par</th><th scope=\"col\">Le</th></tr></thead><tbody>\n"
      for batch in batches {
        body +=
          "<tr><td><a href=\"/instruction/lots/" + HTML.escaped(batch.id) + "\">" + HTML.escaped(batch.name)
          + "</a></td><td>" + HTML.escaped(batch.createdBy) + "</td><td>" + HTML.escaped(batch.createdAt)
          + "</td></tr>\n"
      }
      body += "</tbody></table>\n"
    }
    return HTML.page(title: title, body: body)
  }

  /// Who is signed in, and the form that signs out.
  static func signedIn(_ caller: Caller) -> String {
    "<form method=\"post\" action=\"/deconnexion\" class=\"session\"><p>Connecté : " + HTML.escaped(caller.name)
      + " (" + HTML.escaped(caller.role.rawValue) + ") <button type=\"submit\" class=\"bouton-secondaire\">"
      + "Se déconnecter</button></p></form>\n"
  }

  /// A batch's table, filtered by the query's status and rule.
  static func tablePage(_ batch: LedgerStore.PageBatch, query: FlatDictionary<Substring, Substring>) -> String {
    let table = BatchTable(body: batch.body, mapping: batch.mapping)
    let filter = filter(query)
    let rows = table.filtered(status: filter.status, rule: filter.rule)
    let base = "/instruction/lots/" + batch.id
    var body = "<h1>Lot « " + HTML.escaped(batch.name) + " »</h1>\n"
    body +=
      "<p>Déposé par " + HTML.escaped(batch.createdBy) + " le " + HTML.escaped(batch.createdAt) + " : "
      + String(table.rows.count) + " dossier(s).</p>\n"
    var counts: [String: Int] = [:]
    for row in table.rows { counts[row.statusName, default: 0] += 1 }
    let statuses: [(String, String)] =
      AssessmentStatus.allCases.map { ($0.rawValue, $0.frenchName) } + [("invalidInput", "entrée invalide")]
    body += "<ul class=\"compteurs\">\n"
    for (name, label) in statuses where counts[name] != nil {
      body += "<li>" + HTML.escaped(label) + " : " + String(counts[name]!) + "</li>\n"
    }
    body += "</ul>\n"
    body += "<form method=\"get\" action=\"" + HTML.escaped(base) + "\" class=\"filtres\">\n"
    body += "<div class=\"groupe\"><label for=\"statut\">Statut</label>\n<select id=\"statut\" name=\"statut\">"
    body += "<option value=\"\">tous</option>"
    for (name, label) in statuses {
      body +=
        "<option value=\"" + HTML.escaped(name) + "\"" + (filter.status == name ? " selected" : "") + ">"
        + HTML.escaped(label) + "</option>"
    }
    body += "</select></div>\n"
    body +=
      "<div class=\"groupe\"><label for=\"regle\">Règle non satisfaite</label>\n<select id=\"regle\" name=\"regle\">"
    body += "<option value=\"\">toutes</option>"
    for rule in table.openRules {
      body +=
        "<option value=\"" + HTML.escaped(rule) + "\"" + (filter.rule == rule ? " selected" : "") + ">"
        + HTML.escaped(rule) + "</option>"
    }
    body += "</select></div>\n<button type=\"submit\" class=\"bouton\">Filtrer</button>\n</form>\n"
    var csvQuery: [String] = []
    if let status = filter.status { csvQuery.append("statut=" + HTML.queryEncoded(status)) }
    if let rule = filter.rule { csvQuery.append("regle=" + HTML.queryEncoded(rule)) }
    let csv = base + "/tableau.csv" + (csvQuery.isEmpty ? "" : "?" + csvQuery.joined(separator: "&"))
    let excel = csv + (csvQuery.isEmpty ? "?" : "&") + "format=excel"
    body +=
      "<p>Télécharger : <a href=\"" + HTML.escaped(csv) + "\">CSV</a> · <a href=\"" + HTML.escaped(excel)
      + "\">CSV pour un tableur français</a></p>\n"
    body +=
      "<table><caption>" + String(rows.count) + " dossier(s) affiché(s) sur " + String(table.rows.count)
      + "</caption><thead><tr><th scope=\"col\">Ligne</th><th scope=\"col\">Référence</th>"
      + "<th scope=\"col\">Statut</th><th scope=\"col\">Plafond</th><th scope=\"col\">Règles non satisfaites</th>"
      + "<th scope=\"col\">Rapport</th></tr></thead><tbody>\n"
    for row in rows {
      body += "<tr><td>" + String(row.line) + "</td>"
      switch row.outcome {
      case .success(let report):
        body +=
          "<td>" + HTML.escaped(report.assessment.reference ?? "—") + "</td><td>"
          + HTML.escaped(report.status.frenchName) + "</td><td>"
          + HTML.escaped(report.coFinancing?.cap?.description ?? "—") + "</td><td>"
          + HTML.escaped(row.openRules.isEmpty ? "—" : row.openRules.joined(separator: ", ")) + "</td>"
      case .failure(let failure):
        body += "<td>—</td><td>entrée invalide</td><td>—</td><td>" + HTML.escaped(failure.message) + "</td>"
      }
      body +=
        "<td><a href=\"" + HTML.escaped(base + "/dossiers/" + String(row.line)) + "\">ligne " + String(row.line)
        + "</a></td></tr>\n"
    }
    body += "</tbody></table>\n<p><a href=\"/instruction\">Déposer un autre lot</a></p>\n"
    return HTML.page(title: "Lot « " + batch.name + " »", body: body)
  }

  /// One dossier's report, as on the pre-check page.
  static func dossierPage(_ batch: LedgerStore.PageBatch, _ row: BatchTable.Row) -> String {
    var body =
      "<p><a href=\"/instruction/lots/" + HTML.escaped(batch.id) + "\">Retour au lot « " + HTML.escaped(batch.name)
      + " »</a></p>\n"
    switch row.outcome {
    case .success(let report):
      body +=
        "<h1>" + HTML.escaped(report.title) + "</h1>\n<p>Dossier "
        + HTML.escaped(report.assessment.reference ?? "sans référence")
        + ", ligne " + String(row.line) + " du lot.</p>\n"
        + report.verdictHTML(ReportHTMLOptions(citations: .inline, headingLevel: 2, headingID: "verdict"))
    case .failure(let failure):
      body +=
        "<h1>Entrée invalide</h1>\n<div class=\"alerte alerte-erreur\" role=\"alert\"><p>Ligne " + String(row.line)
        + " : " + HTML.escaped(failure.message) + "</p></div>\n"
    }
    return HTML.page(title: "Dossier, ligne " + String(row.line), body: body)
  }
}
