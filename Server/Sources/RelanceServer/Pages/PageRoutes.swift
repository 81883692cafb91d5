import FranceRelanceModel
import FundingProgrammes
import HTTPTypes
import Hummingbird
import NIOCore

/// The pages people read (design v3 §12): `/` chooses a programme, `/verifier/{id}` is its
/// pre-check, `/static/relance.css` their stylesheet (no network at run time).
struct PageRoutes: Sendable {
  /// The stylesheet, read once from the target's resources.
  let stylesheet: [UInt8]

  /// Adds the routes.
  func register(on router: Router<ServerContext>) {
    let stylesheet = stylesheet
    router.get("/") { _, _ in
      var body = "<h1>Vérifier un dossier avant de le déposer</h1>\n"
      body +=
        "<p>Choisissez le programme : la page pose les questions une à une et donne le verdict "
        + "dès qu'il est connu, chaque règle avec la phrase du texte qui la fonde.</p>\n<ul class=\"programmes\">\n"
      for programme in ProgrammeCatalogue.registry.programmes {
        body +=
          "<li><a href=\"/verifier/" + HTML.queryEncoded(programme.identifier.rawValue) + "\">"
          + HTML.escaped(programme.title) + "</a> <span class=\"edition\">(" + HTML.escaped(programme.editionName)
          + ")</span></li>\n"
      }
      body += "</ul>\n"
      body +=
        "<h2>Pour les agents</h2>\n<ul>\n<li><a href=\"/instruction\">Instruire un lot de dossiers</a> "
        + "(jeton instructeur)</li>\n<li><a href=\"/registre\">Registre des enveloppes et des attributions</a> "
        + "(tout jeton)</li>\n</ul>\n"
      return Self.html(HTML.page(title: "Vérifier un dossier", body: body))
    }
    router.get("verifier/:id") { request, context in
      let programme = try ProgrammeRoutes.programme(context)
      return Self.html(PreCheckPage(programme: programme, answers: PageAnswers(query: request.uri.query)).html)
    }
    router.get("static/relance.css") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
        body: .init(byteBuffer: ByteBuffer(bytes: stylesheet)))
    }
  }

  /// An HTML answer.
  static func html(_ text: String) -> Response {
    Response(
      status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}
