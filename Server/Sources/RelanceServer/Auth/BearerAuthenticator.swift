import HTTPTypes
import Hummingbird

/// Reads `Authorization: Bearer TOKEN` on the ledger's routes: no token or an unknown one
/// is 401 (with `WWW-Authenticate: Bearer`); a known one sets the context's ``Caller``.
/// The routes then check the caller's role (403). The token is looked up by its hash and
/// never logged.
struct BearerAuthenticator: RouterMiddleware {
  typealias Context = ServerContext

  /// Where tokens are looked up.
  let store: LedgerStore

  func handle(
    _ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response
  ) async throws -> Response {
    guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
      let caller = await store.caller(token: String(header.dropFirst("Bearer ".count)))
    else {
      throw Problem(
        .unauthorized, kind: "non-authentifie", title: "Authentification requise",
        detail: "jeton absent ou inconnu : envoyer Authorization: Bearer JETON",
        headers: [.wwwAuthenticate: "Bearer realm=\"relance\""])
    }
    var context = context
    context.caller = caller
    return try await next(request, context)
  }
}
