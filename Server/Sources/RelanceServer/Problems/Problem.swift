public import FranceRelanceModel
public import HTTPTypes
public import Hummingbird
import NIOCore

/// An error answer of the API, written as RFC 9457 `application/problem+json`: `type`,
/// `title`, `status`, `detail` and, for input errors, `errors: [{"path", "message"}]` in
/// the words of the `relance` tool.
///
/// The detail is one printable line: text taken from input is escaped as the tool escapes
/// it (`JSONObjectReader.escapingLineBreaks(in:)`), and no stack trace, SQL or internal
/// error ever reaches it.
///
/// ```swift
/// throw Problem.input(InterchangeError(.missingField, at: FieldPath("totalCost")))
/// // 400 {"type": "urn:relance:probleme:entree-invalide", "title": "Entrée invalide", …}
/// ```
public struct Problem: Error, HTTPResponseError, Sendable {
  // MARK: Stored properties

  /// The HTTP status.
  public let status: HTTPResponse.Status
  /// The kind of problem, a stable URN (`urn:relance:probleme:…`).
  public let type: String
  /// The French title of the kind.
  public let title: String
  /// The French explanation of this occurrence, on one line.
  public let detail: String
  /// The input errors, each with its field path.
  public let errors: [InterchangeError]
  /// Headers the answer carries besides its content type (`WWW-Authenticate`, `Allow`).
  public let headers: HTTPFields

  /// The most Unicode scalars a detail or a message keeps, as the `relance` tool's lines
  /// (`…` marks the cut).
  public static let lineLimit = 600

  // MARK: Creating problems

  /// A problem of a kind.
  ///
  /// - Parameters:
  ///   - status: The HTTP status.
  ///   - kind: The last part of the type URN (`entree-invalide`).
  ///   - title: The French title of the kind.
  ///   - detail: The French explanation; escaped onto one line.
  ///   - errors: The input errors, if any.
  ///   - headers: Extra headers.
  public init(
    _ status: HTTPResponse.Status, kind: String, title: String, detail: String, errors: [InterchangeError] = [],
    headers: HTTPFields = [:]
  ) {
    self.status = status
    self.type = "urn:relance:probleme:" + kind
    self.title = title
    self.detail = JSONObjectReader.escapingLineBreaks(in: detail, limit: Self.lineLimit)
    self.errors = errors
    self.headers = headers
  }

  /// A dossier or a body that cannot be read: 400, with the error's path and message as
  /// the tool prints them.
  public static func input(_ error: InterchangeError) -> Problem {
    input([error])
  }

  /// Several input errors (a validation): 400, the first one in `detail`.
  public static func input(_ errors: [InterchangeError]) -> Problem {
    Problem(
      .badRequest, kind: "entree-invalide", title: "Entrée invalide", detail: errors.first?.description ?? "",
      errors: errors)
  }

  /// A parameter of the request that is not valid (a reading, a date): 400.
  public static func parameter(_ detail: String) -> Problem {
    Problem(.badRequest, kind: "parametre-invalide", title: "Paramètre invalide", detail: detail)
  }

  /// Something that does not exist: 404.
  public static func notFound(_ detail: String) -> Problem {
    Problem(.notFound, kind: "introuvable", title: "Introuvable", detail: detail)
  }

  /// A body beyond the size limit: 413.
  public static func tooLarge(limit: Int) -> Problem {
    Problem(
      .contentTooLarge, kind: "trop-volumineux", title: "Corps de requête trop volumineux",
      detail: "corps de requête trop volumineux (plus de " + String(limit / (1_024 * 1_024)) + " Mio)")
  }

  // MARK: Answering

  /// The problem as JSON.
  public var json: JSONValue {
    var members: [JSONValue.Member] = [
      .init("type", .string(type)), .init("title", .string(title)), .init("status", .number(String(status.code))),
      .init("detail", .string(detail)),
    ]
    if !errors.isEmpty { members.append(.init("errors", errorList)) }
    return .object(members)
  }

  /// The input errors as `[{"path", "message"}]`, each on one line.
  public var errorList: JSONValue { Self.errorList(errors) }

  /// `errors` as `[{"path", "message"}]`, each on one line: the problem's `errors` and the
  /// list a validation answers.
  public static func errorList(_ errors: [InterchangeError]) -> JSONValue {
    .array(
      errors.map {
        .object([
          .init("path", .string(JSONObjectReader.escapingLineBreaks(in: $0.path.description, limit: Self.lineLimit))),
          .init(
            "message", .string(JSONObjectReader.escapingLineBreaks(in: $0.reason.description, limit: Self.lineLimit))),
        ])
      })
  }

  /// The `application/problem+json` answer.
  public func response(from request: Request, context: some RequestContext) throws -> Response {
    response
  }

  /// The `application/problem+json` answer, whatever the request.
  public var response: Response {
    var fields = headers
    fields[.contentType] = "application/problem+json"
    return Response(
      status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: json.serialized(pretty: false))))
  }
}
