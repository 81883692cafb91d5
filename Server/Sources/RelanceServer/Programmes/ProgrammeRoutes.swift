import FranceRelanceModel
import FundingProgrammes
import HTTPTypes
import Hummingbird
import NIOCore

/// The public routes of the rules (design v3 §11): the catalogue, and for one programme
/// the assessment of a dossier (or of an `application/x-ndjson` stream of dossiers), its
/// validation, its next questions and its French motivation. The library decides; these
/// routes read the body, call it, and write its answer.
struct ProgrammeRoutes: Sendable {
  // MARK: Stored properties

  /// Where the assessments are counted.
  let metrics: Metrics

  // MARK: Routes

  /// Adds the routes under `/v1/programmes`.
  func register(on router: Router<ServerContext>) {
    let routes = self
    router.get("v1/programmes") { _, _ in
      Self.json(.object([.init("programmes", .array(ProgrammeCatalogue.registry.programmes.map(\.summaryJSON)))]))
    }
    router.get("v1/programmes/:id") { _, context in
      Self.json(try Self.programme(context).descriptionJSON)
    }
    router.post("v1/programmes/:id/assessments") { request, context in
      try await routes.assess(request, context)
    }
    router.post("v1/programmes/:id/validations") { request, context in
      let programme = try Self.programme(context)
      let bytes = try await Self.body(request)
      let errors: [InterchangeError]
      do throws(InterchangeError) {
        errors = programme.inputErrors(in: try JSONDocument(parsing: bytes).value)
      } catch {
        // No body at all is a request without its document, not a document with an error.
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { throw Problem.input(error) }
        errors = [error]
      }
      return Self.json(
        .object([
          .init("valid", .bool(errors.isEmpty)),
          .init("errors", Problem.errorList(errors)),
        ]))
    }
    router.post("v1/programmes/:id/questions") { request, context in
      let programme = try Self.programme(context)
      let selection = try Self.selection(request)
      let document = try await Self.document(request)
      do throws(ProgrammeError) {
        return Self.json(Question.json(try programme.questions(onJSON: document.value, selection: selection)))
      } catch {
        throw Self.problem(error)
      }
    }
    router.post("v1/programmes/:id/motivations") { request, context in
      let programme = try Self.programme(context)
      let selection = try Self.selection(request)
      let document = try await Self.document(request)
      do throws(ProgrammeError) {
        let report = try programme.report(onJSON: document, selection: selection)
        return Self.json(.object([.init("motivation", .string(report.frenchMotivation))]))
      } catch {
        throw Self.problem(error)
      }
    }
  }

  // MARK: Assessing

  /// `POST /v1/programmes/{id}/assessments`: one JSON dossier → its report; an
  /// `application/x-ndjson` body → one line per line, streamed in order.
  func assess(_ request: Request, _ context: ServerContext) async throws -> Response {
    let programme = try Self.programme(context)
    let selection = try Self.selection(request)
    let detail = try Self.detail(request)
    if request.headers[.contentType]?.lowercased().hasPrefix("application/x-ndjson") == true {
      return stream(request.body, programme: programme, selection: selection, detail: detail)
    }
    let document = try await Self.document(request)
    var output: [UInt8] = []
    output.reserveCapacity(detail == .full ? 16_384 : 512)
    // `{"dossier": …, "reform": …}`: the dossier under a reform's dated values.
    let underReform: (JSONDocument, Reform)?
    do throws(InterchangeError) { underReform = try Self.reformRequest(document) } catch {
      throw Problem.input(error)
    }
    switch Self.assess(
      underReform?.0 ?? document, under: underReform?.1, programme: programme, selection: selection, detail: detail,
      into: &output)
    {
    case .success(let status):
      metrics.countAssessment(status)
      return Response(
        status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: output)))
    case .failure(let error): throw Self.problem(error)
    }
  }

  /// The dossier and the reform of a body `{"dossier": {…}, "reform": {…}}` (exactly these
  /// two members: a dossier always has `programme`), or `nil` for a dossier: the body of
  /// one assessment, or a line of a JSON Lines batch.
  ///
  /// - Throws: `InterchangeError` naming `reform.…` for a reform the library refuses (an
  ///   unknown parameter, a value of another unit, two periods on one day).
  static func reformRequest(_ document: JSONDocument) throws(InterchangeError) -> (JSONDocument, Reform)? {
    // A dossier has no `reform` member: it is told apart by a lookup among the root's
    // tokens, without building the document's tree.
    guard let root = try? JSONObjectReader(document, at: .root, keys: [], allowingOthers: true),
      root.contains("reform"), root.contains("dossier"),
      case .object(let members) = document.value, members.count == 2,
      let dossier = members.first(where: { $0.key == "dossier" })?.value,
      let reformJSON = members.first(where: { $0.key == "reform" })?.value
    else { return nil }
    do throws(InterchangeError) {
      return (
        JSONDocument(dossier), try Reform(json: reformJSON).checked(against: ProgrammeCatalogue.registry.programmes)
      )
    } catch {
      throw underReform(error)
    }
  }

  /// `error` with its path under the body's member `key`.
  static func under(_ key: String, _ error: InterchangeError) -> InterchangeError {
    InterchangeError(error.reason, at: FieldPath(components: [.key(key)] + error.path.components))
  }

  /// A reform's error, its path under `reform`.
  static func underReform(_ error: InterchangeError) -> InterchangeError { under("reform", error) }

  /// A dossier's error, its path under `dossier`.
  static func inDossier(_ error: ProgrammeError) -> ProgrammeError {
    guard case .input(let input) = error else { return error }
    return .input(under("dossier", input))
  }

  /// Appends the report (or the verdict) of one dossier, under `reform` when one is given
  /// (with the reform's note, as `relance assess --reform` writes it), after
  /// `leadingMembers`, to `output`; its status, or why it could not be assessed. Under a
  /// reform, errors name `reform.…` or `dossier.…`.
  static func assess(
    _ document: JSONDocument, under reform: Reform? = nil, programme: any FundingProgramme,
    selection: ReadingSelection, detail: AssessmentDetail, leadingMembers: [JSONValue.Member] = [],
    into output: inout [UInt8]
  ) -> Result<AssessmentStatus, ProgrammeError> {
    var assessed = programme
    if let reform {
      do throws(InterchangeError) { assessed = try programme.reformed(by: reform) } catch {
        return .failure(.input(underReform(error)))
      }
    }
    do throws(ProgrammeError) {
      switch detail {
      case .full:
        let report =
          if let reform {
            try reform.report(document, by: programme, reformed: assessed, selection: selection)
          } else {
            try programme.report(onJSON: document, selection: selection)
          }
        report.appendJSON(to: &output, leadingMembers: leadingMembers)
        return .success(report.status)
      case .verdict:
        let summary = try assessed.verdictSummary(onJSON: document, selection: selection)
        summary.appendJSON(to: &output, leadingMembers: leadingMembers)
        return .success(summary.verdict.status)
      }
    } catch {
      return .failure(reform == nil ? error : inDossier(error))
    }
  }

  /// The streamed answer to a JSON Lines body: for each non-blank line, in order, its
  /// report (or verdict) led by `"line"`, or `{"line", "error": {"path", "message"}}`;
  /// one line in memory at a time.
  func stream(
    _ body: RequestBody, programme: any FundingProgramme, selection: ReadingSelection, detail: AssessmentDetail
  ) -> Response {
    let metrics = metrics
    return Response(
      status: .ok, headers: [.contentType: "application/x-ndjson"],
      body: ResponseBody { writer in
        var splitter = LineSplitter(limit: ServerContext.bodyLimit)
        var number = 0
        var output: [UInt8] = []
        output.reserveCapacity(65_536)
        func answer(_ line: LineSplitter.Line) {
          number += 1
          let origin = JSONValue.Member("line", .number(String(number)))
          switch line {
          case .tooLong:
            Self.appendError(
              "", "ligne trop longue (plus de " + String(ServerContext.bodyLimit / 1_048_576) + " Mio)", origin,
              to: &output)
          case .complete(let bytes):
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
            do throws(InterchangeError) {
              let document = try JSONDocument(parsing: bytes)
              // A line is a dossier, or `{"dossier", "reform"}` as the body of one assessment.
              let request = try Self.reformRequest(document)
              switch Self.assess(
                request?.0 ?? document, under: request?.1, programme: programme, selection: selection,
                detail: detail, leadingMembers: [origin], into: &output)
              {
              case .success(let status): metrics.countAssessment(status)
              case .failure(.input(let error)): throw error
              case .failure(.reading(let error)): Self.appendError("", error.description, origin, to: &output)
              }
            } catch {
              Self.appendError(error.path.description, error.reason.description, origin, to: &output)
            }
          }
          output.append(0x0A)
        }
        for try await buffer in body {
          for line in splitter.append(buffer) { answer(line) }
          if output.count >= 32_768 {
            try await writer.write(ByteBuffer(bytes: output))
            output.removeAll(keepingCapacity: true)
          }
        }
        if let last = splitter.finish() { answer(last) }
        if !output.isEmpty { try await writer.write(ByteBuffer(bytes: output)) }
        try await writer.finish(nil)
      })
  }

  /// Appends `{"line": N, "error": {"path", "message"}}` (without its line break).
  static func appendError(_ path: String, _ message: String, _ origin: JSONValue.Member, to output: inout [UInt8]) {
    let line = JSONValue.object([
      origin, .init("error", .object([.init("path", .string(path)), .init("message", .string(message))])),
    ])
    output.append(contentsOf: line.serialized(pretty: false).utf8)
  }

  // MARK: Reading requests

  /// The programme the path names.
  ///
  /// - Throws: ``Problem`` 404 naming the known programmes.
  static func programme(_ context: ServerContext) throws -> any FundingProgramme {
    let id = context.parameters.get("id") ?? ""
    guard let programme = ProgrammeCatalogue.registry.programme(ProgrammeIdentifier(rawValue: id)) else {
      throw Problem.notFound(
        "programme inconnu « " + id + " » (programmes : "
          + ProgrammeCatalogue.registry.identifiers.joined(separator: ", ")
          + ")")
    }
    return programme
  }

  /// The readings chosen with `?reading=ID=VARIANT` (repeatable).
  ///
  /// - Throws: ``Problem`` 400 for a value that is not `ID=VARIANT`.
  static func selection(_ request: Request) throws -> ReadingSelection {
    var selection = ReadingSelection()
    for value in request.uri.queryParameters[values: "reading"] {
      do { try selection.add(parsing: String(value)) } catch { throw Problem.parameter(error.description) }
    }
    return selection
  }

  /// The answer's detail, `?detail=full|verdict` (`full` by default).
  ///
  /// - Throws: ``Problem`` 400 for another value.
  static func detail(_ request: Request) throws -> AssessmentDetail {
    guard let value = request.uri.queryParameters["detail"] else { return .full }
    guard let detail = AssessmentDetail(rawValue: String(value)) else {
      throw Problem.parameter(
        "detail : valeur inconnue « " + String(value) + " » (valeurs : "
          + AssessmentDetail.allCases.map(\.rawValue).joined(separator: ", ") + ")")
    }
    return detail
  }

  /// The request's body, at most ``ServerContext/bodyLimit`` bytes.
  ///
  /// - Throws: ``Problem`` 413 beyond.
  ///
  /// A body over the limit is read to its end and dropped before the 413 is sent, so that a
  /// client that sends its whole body before reading the answer gets it instead of
  /// waiting (the connection stays usable).
  static func body(_ request: Request) async throws -> [UInt8] {
    var bytes: [UInt8] = []
    var tooLarge = false
    for try await buffer in request.body {
      guard !tooLarge, bytes.count + buffer.readableBytes <= ServerContext.bodyLimit else {
        tooLarge = true
        bytes = []
        continue
      }
      bytes.append(contentsOf: buffer.readableBytesView)
    }
    if tooLarge { throw Problem.tooLarge(limit: ServerContext.bodyLimit) }
    return bytes
  }

  /// The request's body read as a JSON document.
  ///
  /// - Throws: ``Problem`` 413 or 400, with the reader's error.
  static func document(_ request: Request) async throws -> JSONDocument {
    let bytes = try await body(request)
    do { return try JSONDocument(parsing: bytes) } catch { throw Problem.input(error) }
  }

  /// The problem of a dossier that could not be assessed: its input error, or a reading
  /// that does not exist.
  static func problem(_ error: ProgrammeError) -> Problem {
    switch error {
    case .input(let input): Problem.input(input)
    case .reading(let reading): Problem.parameter(reading.description)
    }
  }

  // MARK: Writing answers

  /// A JSON answer, compact.
  static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "application/json"],
      body: .init(byteBuffer: ByteBuffer(string: value.serialized(pretty: false))))
  }
}
