import Foundation
import FranceRelanceModel
import FundingProgrammes
import HTTPTypes
import Hummingbird
import NIOCore

/// The ledger's routes (design v3 §11): awards and their events behind a bearer token, the
/// envelopes, and the public open-data exports of what was granted.
struct LedgerRoutes: Sendable {
  /// The ledger.
  let store: LedgerStore

  /// Adds the routes: the token-protected ones behind ``BearerAuthenticator``.
  func register(on router: Router<ServerContext>) {
    let store = store
    let protected = router.group().add(middleware: BearerAuthenticator(store: store))
    protected.post("v1/awards") { request, context in
      let caller = try Self.require(context, [.instructeur])
      let body = try await ProgrammeRoutes.body(request)
      return Self.response(
        try await store.createAward(body, by: caller, idempotencyKey: Self.idempotencyKey(request)))
    }
    protected.get("v1/awards/:ref") { _, context in
      _ = try Self.require(context, [.instructeur, .dinum, .lecteur])
      return Self.response(try await store.award(context.parameters.get("ref") ?? ""))
    }
    protected.post("v1/awards/:ref/events") { request, context in
      let caller = try Self.require(context, [.instructeur, .dinum])
      guard let ifMatch = request.headers[.ifMatch] else {
        throw Problem(
          .preconditionRequired, kind: "version-requise", title: "Version requise",
          detail: "If-Match : la version de l'attribution lue (son ETag) est requise pour écrire")
      }
      guard let version = Int(ifMatch.trimmingCharacters(in: ["\"", " "]).replacingOccurrences(of: "W/", with: ""))
      else {
        throw Problem.parameter("If-Match : une version (ETag) attendue, comme \"3\"")
      }
      let body = try await ProgrammeRoutes.body(request)
      return Self.response(
        try await store.appendEvent(
          body, to: context.parameters.get("ref") ?? "", by: caller, version: version,
          idempotencyKey: Self.idempotencyKey(request)))
    }
    protected.get("v1/envelopes") { request, context in
      _ = try Self.require(context, [.instructeur, .dinum, .lecteur])
      var day: CalendarDate?
      if let text = request.uri.queryParameters["on"] {
        do throws(CalendarDate.InvalidDate) {
          day = try CalendarDate(iso: String(text))
        } catch {
          throw Problem.parameter("on : " + error.description)
        }
      }
      return ProgrammeRoutes.json(try await store.envelopes(on: day))
    }
    router.get("v1/exports/scdl.csv") { _, _ in
      Self.csv(try await store.scdlCSV())
    }
    router.get("v1/exports/dispositifs.csv") { _, _ in
      Self.csv(AidScheme.csv(ProgrammeCatalogue.registry.programmes.map(\.aidScheme)))
    }
  }

  // MARK: Helpers

  /// The caller, when its role is one of `roles`.
  ///
  /// - Throws: ``Problem`` 403 naming the roles that may.
  static func require(_ context: ServerContext, _ roles: [Role]) throws -> Caller {
    guard let caller = context.caller else {
      throw Problem(.unauthorized, kind: "non-authentifie", title: "Authentification requise", detail: "jeton absent")
    }
    guard roles.contains(caller.role) else {
      throw Problem(
        .forbidden, kind: "role-insuffisant", title: "Rôle insuffisant",
        detail: "rôle « " + caller.role.rawValue + " » : cette route demande "
          + roles.map { "« " + $0.rawValue + " »" }.joined(separator: " ou "))
    }
    return caller
  }

  /// The `Idempotency-Key` header (at most 200 printable characters), if any.
  ///
  /// - Throws: ``Problem`` 400 for another key.
  static func idempotencyKey(_ request: Request) throws -> String? {
    guard let name = HTTPField.Name("Idempotency-Key"), let key = request.headers[name] else { return nil }
    guard !key.isEmpty, key.count <= 200, key.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
      throw Problem.parameter("Idempotency-Key : 1 à 200 caractères ASCII imprimables attendus")
    }
    return key
  }

  /// The answer of a ledger read or write, with its `ETag` and, when created, `Location`.
  static func response(_ answer: StoredAnswer) -> Response {
    var headers: HTTPFields = [.contentType: "application/json"]
    if let version = answer.version { headers[.eTag] = "\"" + String(version) + "\"" }
    if answer.status == 201, let reference = answer.reference {
      headers[.location] =
        "/v1/awards/" + (reference.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "")
    }
    return Response(
      status: HTTPResponse.Status(code: answer.status), headers: headers,
      body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
  }

  /// A CSV answer, UTF-8.
  static func csv(_ text: String) -> Response {
    Response(
      status: .ok, headers: [.contentType: "text/csv; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text))
    )
  }
}
