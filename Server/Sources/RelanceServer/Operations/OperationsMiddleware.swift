import FranceRelanceModel
import HTTPTypes
import Hummingbird
import Logging

/// Wraps every request: turns any error into an `application/problem+json` answer (a
/// route's ``Problem`` as it is, Hummingbird's own errors with their status, anything else
/// as a 500 that says nothing of its cause), counts the request in ``Metrics`` and writes
/// one access-log line of JSON.
///
/// The access log names the method, the route's pattern, the status and the duration; it
/// never writes a header (so no token), a query or a body.
struct OperationsMiddleware: RouterMiddleware {
  typealias Context = ServerContext

  /// Where requests are counted.
  let metrics: Metrics
  /// Where access-log lines go; `nil` writes none.
  let accessLog: (@Sendable (String) -> Void)?
  /// Each route's path pattern, split into components (`:id` matches any), with the
  /// methods it answers: a known path asked with another method is 405, with `Allow`.
  let routes: [(components: [Substring], methods: [String])]

  func handle(
    _ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response
  ) async throws -> Response {
    let start = ContinuousClock.now
    var response: Response
    do {
      response = try await next(request, context)
    } catch let problem as Problem {
      response = problem.response
    } catch let error as any HTTPResponseError {
      let allowed = error.status == .notFound ? allowedMethods(request.uri.path) : []
      if allowed.isEmpty {
        response = Self.problem(for: error.status, request: request).response
      } else {
        response =
          Problem(
            .methodNotAllowed, kind: "methode-non-permise", title: "Méthode non permise",
            detail: "méthode " + request.method.rawValue + " non permise sur " + request.uri.path + " (permises : "
              + allowed.joined(separator: ", ") + ")",
            headers: [.allow: allowed.joined(separator: ", ")]
          ).response
      }
    } catch {
      context.logger.error("erreur interne", metadata: ["type": "\(type(of: error))"])
      response =
        Problem(
          .internalServerError, kind: "erreur-interne", title: "Erreur interne",
          detail: "erreur interne du serveur ; la requête n'a rien écrit"
        ).response
    }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let route = context.endpointPath ?? "inconnue"
    metrics.countRequest(
      method: request.method.rawValue, route: route, status: response.status.code, seconds: seconds)
    if let accessLog {
      let line = JSONValue.object([
        .init("method", .string(request.method.rawValue)), .init("route", .string(route)),
        .init("status", .number(String(response.status.code))),
        .init("durationMs", .number(String(Int((seconds * 1_000).rounded(.up))))),
        .init("requestId", .string(context.id)),
      ])
      accessLog(line.serialized(pretty: false))
    }
    return response
  }

  /// The methods the routes answer on `path`; empty for a path no route has.
  func allowedMethods(_ path: String) -> [String] {
    let components = path.split(separator: "/")
    var methods: [String] = []
    for route in routes where route.components.count == components.count {
      let matches = zip(route.components, components).allSatisfy { pattern, component in
        pattern.hasPrefix(":") || pattern == component
      }
      if matches { methods += route.methods }
    }
    return Array(Set(methods)).sorted()
  }

  /// The problem of a status Hummingbird answered by itself.
  static func problem(for status: HTTPResponse.Status, request: Request) -> Problem {
    switch status {
    case .notFound:
      Problem.notFound("aucune route pour " + request.method.rawValue + " " + request.uri.path)
    case .methodNotAllowed:
      Problem(
        .methodNotAllowed, kind: "methode-non-permise", title: "Méthode non permise",
        detail: "méthode " + request.method.rawValue + " non permise sur " + request.uri.path)
    case .contentTooLarge: Problem.tooLarge(limit: ServerContext.bodyLimit)
    case .requestTimeout:
      Problem(.requestTimeout, kind: "delai-depasse", title: "Délai dépassé", detail: "requête trop lente")
    default:
      Problem(
        status, kind: "requete-refusee", title: "Requête refusée",
        detail: "requête refusée (" + String(status.code) + ")")
    }
  }
}
