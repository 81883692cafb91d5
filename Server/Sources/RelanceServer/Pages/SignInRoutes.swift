import Hummingbird
import NIOCore

/// Signing in on the pages: `/connexion` asks for an access token (the one
/// `relance-server token add` printed), checks it, and keeps it in a cookie;
/// `/deconnexion` forgets it.
struct SignInRoutes: Sendable {
  /// Where tokens are looked up.
  let store: LedgerStore

  /// Adds the routes.
  func register(on router: Router<ServerContext>) {
    let store = store
    router.get("connexion") { request, _ in
      let back = PageSession.safeReturn(request.uri.queryParameters.get("suite"))
      return PageRoutes.html(Self.page(back: back, error: nil))
    }
    router.post("connexion") { request, context in
      let body = try await request.body.collect(upTo: 64 * 1_024)
      let form = PageAnswers(query: String(buffer: body))
      let token = form.pairs.first(where: { $0.key == "jeton" })?.value ?? ""
      let back = PageSession.safeReturn(form.pairs.first(where: { $0.key == "suite" })?.value)
      guard !token.isEmpty, token.utf8.count <= 256, await store.caller(token: token) != nil else {
        var response = PageRoutes.html(
          Self.page(back: back, error: token.isEmpty ? "Saisissez votre jeton d'accès." : "Ce jeton est inconnu."))
        response.status = .unauthorized
        return response
      }
      var response = Response(status: .seeOther, headers: [.location: back])
      response.setCookie(PageSession.cookie(token))
      return response
    }
    router.post("deconnexion") { _, _ in
      var response = Response(status: .seeOther, headers: [.location: "/"])
      response.setCookie(PageSession.expired)
      return response
    }
  }

  /// The sign-in form, with its error next to the field.
  static func page(back: String, error: String?) -> String {
    let described = error == nil ? "" : " aria-describedby=\"jeton-erreur\" aria-invalid=\"true\""
    var body = "<h1>Se connecter</h1>\n"
    body +=
      "<p>Les pages d'instruction et du registre demandent le jeton d'accès que l'administrateur a créé pour vous "
      + "(<code>relance-server token add</code>). Il est gardé dans un cookie de session de 8 heures.</p>\n"
    body += "<form method=\"post\" action=\"/connexion\">\n"
    body += "<input type=\"hidden\" name=\"suite\" value=\"" + HTML.escaped(back) + "\">\n"
    body += "<div class=\"" + (error == nil ? "groupe" : "groupe groupe-erreur") + "\">"
    body += "<label for=\"jeton\">Jeton d'accès</label>\n"
    if let error {
      body += "<p class=\"message-erreur\" id=\"jeton-erreur\">" + HTML.escaped(error) + "</p>\n"
    }
    body += "<input type=\"password\" id=\"jeton\" name=\"jeton\" autocomplete=\"current-password\"" + described + ">\n"
    body += "</div>\n<button type=\"submit\" class=\"bouton\">Se connecter</button>\n</form>\n"
    return HTML.page(title: "Se connecter", body: body)
  }
}
