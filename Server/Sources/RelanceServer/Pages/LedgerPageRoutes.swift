import FranceRelanceModel
import Hummingbird
import NIOCore

/// The ledger's pages (design v3 §12), for any token (`lecteur` and up): `/registre` shows
/// each envelope's committed, paid, withheld and remaining amounts on a chosen date as an
/// SVG bar chart and the same figures as a table; `/registre/attributions/{ref}` shows an
/// award's milestones and tranches as a timeline and a table.
struct LedgerPageRoutes: Sendable {
  /// The ledger.
  let store: LedgerStore
  /// The pages' title.
  static let title = "Registre des enveloppes"

  /// Adds the routes.
  func register(on router: Router<ServerContext>) {
    let store = store
    router.get("registre") { request, _ in
      switch await PageSession.require(Set(Role.allCases), request, store: store, title: Self.title) {
      case .failure(let refusal): return refusal.response
      case .success(let caller):
        var day: CalendarDate?
        var refusal: String?
        if let text = request.uri.queryParameters.get("date"), !text.isEmpty {
          day = try? CalendarDate(iso: text)
          if day == nil { refusal = "date : une date AAAA-MM-JJ attendue (« " + text + " »)" }
        }
        let tree = try await store.envelopes(on: day)
        let awards = try await store.awards(on: day)
        var response = PageRoutes.html(
          Self.page(tree: tree, awards: awards, day: day, caller: caller, error: refusal))
        if refusal != nil { response.status = .badRequest }
        return response
      }
    }
    router.get("registre/attributions/:ref") { request, context in
      switch await PageSession.require(Set(Role.allCases), request, store: store, title: Self.title) {
      case .failure(let refusal): return refusal.response
      case .success:
        let answer = try await store.award(context.parameters.get("ref") ?? "")
        return PageRoutes.html(Self.awardPage(try JSONValue(parsing: String(decoding: answer.body, as: UTF8.self))))
      }
    }
  }

  // MARK: Figures

  /// An envelope's figures on the page.
  struct EnvelopeFigures: Sendable {
    let id: String
    let label: String
    let depth: Int
    let amount: Int64
    let committed: Int64
    let paid: Int64
    let withheld: Int64
    var remaining: Int64 { amount - committed }
    /// Committed, neither paid nor withheld.
    var toCome: Int64 { max(committed - paid - withheld, 0) }
  }

  /// The envelopes of `tree`, depth first, with their awards' paid and withheld amounts
  /// (an envelope counts its own awards and its descendants').
  static func figures(tree: JSONValue, awards: [LedgerStore.AwardOnDate]) -> [EnvelopeFigures] {
    var result: [EnvelopeFigures] = []
    func cents(_ value: JSONValue?) -> Int64 {
      guard case .string(let text)? = value, let euros = try? Euros(parsing: text) else { return 0 }
      return euros.cents
    }
    func walk(_ node: JSONValue, depth: Int) -> [String] {
      guard case .object(let members) = node else { return [] }
      func member(_ key: String) -> JSONValue? { members.first(where: { $0.key == key })?.value }
      guard case .string(let id)? = member("id") else { return [] }
      let index = result.count
      result.append(
        EnvelopeFigures(
          id: id, label: { if case .string(let label)? = member("label") { label } else { id } }(), depth: depth,
          amount: cents(member("amount")), committed: cents(member("committed")), paid: 0, withheld: 0))
      var ids = [id]
      if case .array(let children)? = member("children") {
        for child in children { ids += walk(child, depth: depth + 1) }
      }
      let own = awards.filter { ids.contains($0.envelope) }
      let entry = result[index]
      result[index] = EnvelopeFigures(
        id: entry.id, label: entry.label, depth: entry.depth, amount: entry.amount, committed: entry.committed,
        paid: own.reduce(0) { $0 + $1.paid.cents }, withheld: own.reduce(0) { $0 + $1.withheld.cents })
      return ids
    }
    if case .object(let members) = tree, let root = members.first(where: { $0.key == "tree" })?.value {
      _ = walk(root, depth: 0)
    }
    return result
  }

  /// Cents as euros, French.
  static func euros(_ cents: Int64) -> String {
    (try? Euros(cents: cents))?.description ?? "—"
  }

  // MARK: Pages

  /// The envelopes page.
  static func page(
    tree: JSONValue, awards: [LedgerStore.AwardOnDate], day: CalendarDate?, caller: Caller, error: String?
  ) -> String {
    let envelopes = figures(tree: tree, awards: awards)
    var body = "<h1>" + HTML.escaped(title) + "</h1>\n" + InstructionRoutes.signedIn(caller)
    body += "<form method=\"get\" action=\"/registre\" class=\"filtres\">\n"
    if let error { body += HTML.errorAlert(error) }
    body +=
      "<div class=\"groupe\"><label for=\"date\">Situation au<span class=\"aide\">Au format AAAA-MM-JJ ; vide : "
      + "tous les événements</span></label>\n<input type=\"date\" id=\"date\" name=\"date\" value=\""
      + HTML.escaped(day?.isoString ?? "")
      + "\"></div>\n<button type=\"submit\" class=\"bouton\">Afficher</button>\n</form>\n"
    body +=
      "<p>"
      + (day.map { "Situation au " + HTML.escaped($0.frenchDescription) } ?? "Situation après tous les événements")
      + " : les engagements datés jusqu'à ce jour, et pour chaque attribution les versements et retenues de ses "
      + "événements datés jusqu'à ce jour.</p>\n"
    body += chart(envelopes)
    body +=
      "<table><caption>Enveloppes</caption><thead><tr><th scope=\"col\">Enveloppe</th><th scope=\"col\">Montant</th>"
      + "<th scope=\"col\">Engagé</th><th scope=\"col\">Versé</th><th scope=\"col\">Retenu</th>"
      + "<th scope=\"col\">Restant</th></tr></thead><tbody>\n"
    for envelope in envelopes {
      body +=
        "<tr><th scope=\"row\">" + String(repeating: "— ", count: envelope.depth) + HTML.escaped(envelope.label)
        + " <span class=\"aide\">" + HTML.escaped(envelope.id) + "</span></th><td>" + euros(envelope.amount)
        + "</td><td>" + euros(envelope.committed) + "</td><td>" + euros(envelope.paid) + "</td><td>"
        + euros(envelope.withheld) + "</td><td>" + euros(envelope.remaining) + "</td></tr>\n"
    }
    body += "</tbody></table>\n"
    if !awards.isEmpty {
      body +=
        "<table><caption>Attributions</caption><thead><tr><th scope=\"col\">Référence</th>"
        + "<th scope=\"col\">Enveloppe</th><th scope=\"col\">Convention</th><th scope=\"col\">Attribué</th>"
        + "<th scope=\"col\">Versé</th><th scope=\"col\">Retenu</th><th scope=\"col\">À venir</th></tr></thead><tbody>\n"
      for award in awards {
        body +=
          "<tr><td><a href=\"/registre/attributions/" + HTML.queryEncoded(award.reference) + "\">"
          + HTML.escaped(award.reference) + "</a></td><td>" + HTML.escaped(award.envelope) + "</td><td>"
          + HTML.escaped(award.conventionDate.frenchDescription) + "</td><td>" + HTML.escaped(award.granted.description)
          + "</td><td>" + HTML.escaped(award.paid.description) + "</td><td>" + HTML.escaped(award.withheld.description)
          + "</td><td>" + HTML.escaped(award.remaining.description) + "</td></tr>\n"
      }
      body += "</tbody></table>\n"
    }
    return HTML.page(title: title, body: body)
  }

  /// The segments of a bar, in order: class, legend, value.
  static let segments: [(css: String, legend: String, value: @Sendable (EnvelopeFigures) -> Int64)] = [
    ("verse", "versé", { $0.paid }), ("retenu", "retenu", { $0.withheld }),
    ("avenir", "engagé, à venir", { $0.toCome }), ("restant", "restant", { $0.remaining }),
  ]

  /// The envelopes as horizontal bars, each the envelope's amount split into paid,
  /// withheld, committed still to come, and remaining. The table after it gives the same
  /// figures (the chart's text alternative).
  static func chart(_ envelopes: [EnvelopeFigures]) -> String {
    let width = 640.0
    let labelWidth = 0.0
    let barHeight = 22.0
    let rowHeight = 48.0
    let height = Double(envelopes.count) * rowHeight + 36
    var svg =
      "<figure class=\"graphique\"><svg role=\"img\" aria-labelledby=\"graphique-titre\" viewBox=\"0 0 "
      + String(Int(width)) + " " + String(Int(height)) + "\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">"
      + "<title id=\"graphique-titre\">Consommation des enveloppes : versé, retenu, engagé à venir, restant</title>\n"
    for (row, envelope) in envelopes.enumerated() {
      let y = Double(row) * rowHeight
      svg +=
        "<text x=\"0\" y=\"" + String(Int(y + 14)) + "\" class=\"libelle\">" + HTML.escaped(envelope.label) + " — "
        + HTML.escaped(euros(envelope.amount)) + "</text>\n"
      var x = labelWidth
      let total = max(envelope.amount, 1)
      for segment in segments {
        let value = segment.value(envelope)
        guard value > 0 else { continue }
        let w = (width - labelWidth) * Double(value) / Double(total)
        svg +=
          "<rect class=\"" + segment.css + "\" x=\"" + String(format2(x)) + "\" y=\"" + String(Int(y + 20))
          + "\" width=\"" + format2(w) + "\" height=\"" + String(Int(barHeight)) + "\"><title>"
          + HTML.escaped(segment.legend + " : " + euros(value)) + "</title></rect>\n"
        x += w
      }
    }
    var legendX = 0.0
    for segment in segments {
      svg +=
        "<rect class=\"" + segment.css + "\" x=\"" + format2(legendX) + "\" y=\"" + String(Int(height - 14))
        + "\" width=\"12\" height=\"12\"></rect><text x=\"" + format2(legendX + 16) + "\" y=\""
        + String(Int(height - 4)) + "\" class=\"legende\">" + HTML.escaped(segment.legend) + "</text>\n"
      legendX += 150
    }
    return svg + "</svg></figure>\n"
  }

  /// A coordinate with two decimals.
  static func format2(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return String(hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") + String(hundredths % 100)
  }

  /// An award's timeline: its convention, then each milestone with its tranche and state.
  static func awardPage(_ state: JSONValue) -> String {
    guard case .object(let members) = state else { return HTML.page(title: title, body: "") }
    func text(_ key: String) -> String {
      if case .string(let value)? = members.first(where: { $0.key == key })?.value { return value }
      return "—"
    }
    let reference = text("reference")
    var body =
      "<p><a href=\"/registre\">Retour au registre</a></p>\n<h1>Attribution " + HTML.escaped(reference) + "</h1>\n"
    body +=
      "<dl class=\"identite\"><dt>Attribué</dt><dd>" + money(text("granted")) + "</dd><dt>Convention</dt><dd>"
      + HTML.escaped(text("conventionDate")) + "</dd><dt>Versé</dt><dd>" + money(text("paid"))
      + "</dd><dt>Retenu</dt><dd>" + money(text("withheld")) + "</dd><dt>Restant</dt><dd>"
      + money(text("remaining")) + "</dd></dl>\n"
    var milestones: [(number: String, date: String, tranche: String, state: String)] = []
    if case .array(let items)? = members.first(where: { $0.key == "milestones" })?.value {
      for case .object(let fields) in items {
        func field(_ key: String) -> String {
          switch fields.first(where: { $0.key == key })?.value {
          case .string(let value)?: return value
          case .number(let value)?: return value
          default: return "—"
          }
        }
        milestones.append((field("number"), field("date"), field("tranche"), field("state")))
      }
    }
    // The timeline: the convention, then one mark per milestone, evenly spaced.
    let width = 640.0
    let step = milestones.isEmpty ? 0 : (width - 80) / Double(milestones.count)
    var svg =
      "<figure class=\"graphique\"><svg role=\"img\" aria-labelledby=\"frise-titre\" viewBox=\"0 0 640 110\" "
      + "width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"frise-titre\">Frise des jalons de "
      + HTML.escaped(reference) + "</title>\n<line x1=\"20\" y1=\"50\" x2=\"620\" y2=\"50\" class=\"axe\"></line>\n"
      + "<circle cx=\"20\" cy=\"50\" r=\"7\" class=\"convention\"><title>Convention : "
      + HTML.escaped(text("conventionDate")) + "</title></circle><text x=\"4\" y=\"80\" class=\"legende\">"
      + HTML.escaped(text("conventionDate")) + "</text>\n"
    for (offset, milestone) in milestones.enumerated() {
      let x = 20 + step * Double(offset + 1)
      let css = milestone.state.hasPrefix("tranche débloquée") ? "debloque" : "attente"
      svg +=
        "<circle cx=\"" + format2(x) + "\" cy=\"50\" r=\"9\" class=\"" + css + "\"><title>Jalon "
        + HTML.escaped(milestone.number)
        + " : " + HTML.escaped(milestone.state) + "</title></circle><text x=\"" + format2(x - 30)
        + "\" y=\"25\" class=\"legende\">Jalon " + HTML.escaped(milestone.number) + "</text><text x=\""
        + format2(x - 34) + "\" y=\"80\" class=\"legende\">" + HTML.escaped(milestone.date) + "</text>\n"
    }
    body += svg + "</svg></figure>\n"
    body +=
      "<table><caption>Jalons et tranches</caption><thead><tr><th scope=\"col\">Jalon</th><th scope=\"col\">Date</th>"
      + "<th scope=\"col\">Tranche</th><th scope=\"col\">État</th></tr></thead><tbody>\n"
    for milestone in milestones {
      body +=
        "<tr><td>" + HTML.escaped(milestone.number) + "</td><td>" + HTML.escaped(milestone.date) + "</td><td>"
        + money(milestone.tranche) + "</td><td>" + HTML.escaped(milestone.state) + "</td></tr>\n"
    }
    body += "</tbody></table>\n"
    return HTML.page(title: "Attribution " + reference, body: body)
  }

  /// A decimal string of euros, written in French.
  static func money(_ text: String) -> String {
    HTML.escaped((try? Euros(parsing: text))?.description ?? text)
  }
}
