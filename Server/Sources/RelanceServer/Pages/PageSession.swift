import Hummingbird

/// Who is reading a page that needs a role: the token a person gave on the sign-in page,
/// kept in a cookie (`HttpOnly`, `SameSite=Strict`, 8 hours), or a bearer token (for
/// scripts). The token is looked up by its hash, as on the API, and never written in a
/// page or a log.
enum PageSession {
  // MARK: The cookie

  /// The cookie's name.
  static let cookieName = "relance_jeton"
  /// How long a sign-in lasts, in seconds.
  static let lifetime = 8 * 3_600

  /// The cookie that keeps `token`.
  static func cookie(_ token: String) -> Cookie {
    Cookie(name: cookieName, value: token, maxAge: lifetime, path: "/", httpOnly: true, sameSite: .strict)
  }

  /// The cookie that ends the sign-in.
  static let expired = Cookie(name: cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict)

  // MARK: The reader

  /// The caller of a request: its cookie's token, else (no cookie, or an unknown token in
  /// it) its bearer token; `nil` for none or unknown ones.
  static func caller(_ request: Request, store: LedgerStore) async -> Caller? {
    if let token = request.cookies[cookieName]?.value, !token.isEmpty, token.utf8.count <= 256,
      let caller = await store.caller(token: token)
    {
      return caller
    }
    if let header = request.headers[.authorization], header.hasPrefix("Bearer ") {
      return await store.caller(token: String(header.dropFirst("Bearer ".count)))
    }
    return nil
  }

  /// The caller of a page that needs one of `roles`: the caller, or the answer to send
  /// instead (303 to the sign-in page, which comes back to `path`; 403 for another role).
  static func require(
    _ roles: Set<Role>, _ request: Request, store: LedgerStore, title: String
  ) async -> Result<Caller, PageRefusal> {
    guard let caller = await caller(request, store: store) else {
      return .failure(PageRefusal(response: signInRedirect(back: request.uri.path)))
    }
    guard roles.contains(caller.role) else {
      let allowed = roles.map(\.rawValue).sorted().joined(separator: " ou ")
      let body =
        "<h1>" + HTML.escaped(title) + "</h1>\n"
        + HTML.errorAlert(
          "Cette page demande le rôle " + allowed + " ; votre jeton « " + caller.name + " » a le rôle « "
            + caller.role.rawValue + " ».")
      var response = PageRoutes.html(HTML.page(title: title, body: body))
      response.status = .forbidden
      return .failure(PageRefusal(response: response))
    }
    return .success(caller)
  }

  /// 303 to the sign-in page, which comes back to `path`.
  static func signInRedirect(back path: String) -> Response {
    Response(status: .seeOther, headers: [.location: "/connexion?suite=" + HTML.queryEncoded(path)])
  }

  /// Where a sign-in may come back to: a path of this server (never another site).
  static func safeReturn(_ path: String?) -> String {
    guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
      path.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F })
    else { return "/instruction" }
    return path
  }
}

/// A page answered instead of the one asked: a redirection to sign in, or a 403.
struct PageRefusal: Error {
  /// The answer.
  let response: Response
}
