import FTAPGuichet
import Foundation
import FranceRelanceModel
import FundingProgrammes
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RelanceServer
import Synchronization
import Testing

@Suite("The rules over HTTP: the library decides, the server carries")
struct RuleRoutesTests {
  /// The `relance` tool built by the library package (`swift build` at the repository's
  /// root, which `.ci/run` does first).
  static let tool = ServerHarness.repository.appendingPathComponent(".build/debug/relance").path

  /// Runs the tool; its standard output and exit status.
  static func relance(_ arguments: [String]) throws -> (output: [UInt8], status: Int32) {
    let (output, _, status) = try relanceWithErrors(arguments)
    return (output, status)
  }

  /// Runs the tool; its standard output, its standard error and its exit status.
  static func relanceWithErrors(_ arguments: [String]) throws -> (output: [UInt8], errors: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let text = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (Array(data), String(decoding: text, as: UTF8.self), process.terminationStatus)
  }

  /// Every example dossier of the repository.
  static let examples: [String] = ["Examples/ftap", "Examples/relance"].flatMap { folder in
    ((try? FileManager.default.contentsOfDirectory(
      atPath: ServerHarness.repository.appendingPathComponent(folder).path)) ?? [])
      .filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
  }

  @Test("The tool is built beside the server (swift build at the repository's root)")
  func toolIsBuilt() {
    #expect(FileManager.default.isExecutableFile(atPath: Self.tool), "swift build at the repository's root first")
  }

  @Test("Each example's report is the tool's report, byte for byte (compact)", arguments: examples)
  func sameReport(example: String) async throws {
    let (output, _) = try Self.relance([
      "assess", "--json", ServerHarness.repository.appendingPathComponent(example).path,
    ])
    let expected = try JSONValue(parsing: output).serialized(pretty: false)
    let response = try await Self.assess(file: example)
    #expect(response.status == .ok)
    #expect(response.headers[.contentType] == "application/json")
    #expect(response.body.text == expected)
  }

  @Test(
    "A dossier under a reform ({\"dossier\", \"reform\"}) gets the tool's report under --reform; a bad reform or dossier names its path"
  )
  func reform() async throws {
    let dossierPath = "Examples/ftap/policy-two-tranches.json"
    let reformPath = "Examples/reforms/ftap-taux-40.json"
    let (output, status) = try Self.relance([
      "assess", "--json", "--reform", ServerHarness.repository.appendingPathComponent(reformPath).path,
      ServerHarness.repository.appendingPathComponent(dossierPath).path,
    ])
    #expect(status == 1)
    let expected = try JSONValue(parsing: output).serialized(pretty: false)
    let dossier = try JSONValue(parsing: String(decoding: ServerHarness.repositoryFile(dossierPath), as: UTF8.self))
    let reform = try JSONValue(parsing: String(decoding: ServerHarness.repositoryFile(reformPath), as: UTF8.self))
    let body = JSONValue.object([.init("dossier", dossier), .init("reform", reform)]).serialized(pretty: false)
    guard case .object(var broken) = reform else { throw CancellationError() }
    broken[broken.count - 1] = .init(
      "parameters",
      .object([
        .init(
          "ftap.size.min", .array([.object([.init("from", .string("2025-01-01")), .init("value", .string("1.00"))])]))
      ]))
    let badReform = JSONValue.object([.init("dossier", dossier), .init("reform", .object(broken))]).serialized(
      pretty: false)
    let badDossier = JSONValue.object([
      .init("dossier", .object([.init("programme", .string("ftap-data-2023")), .init("totalCost", .string("1,5"))])),
      .init("reform", reform),
    ]).serialized(pretty: false)
    let harness = try await ServerHarness.make()
    try await harness.test { client in
      try await client.execute(
        uri: "/v1/programmes/ftap-data-2023/assessments", method: .post, body: ByteBuffer(string: body)
      ) { response in
        #expect(response.status == .ok)
        #expect(response.body.text == expected)
      }
      try await client.execute(
        uri: "/v1/programmes/ftap-data-2023/assessments", method: .post, body: ByteBuffer(string: badReform)
      ) { response in
        #expect(response.status == .badRequest)
        #expect(response.body.text.contains("reform.parameters.ftap.size.min: valeur inconnue"))
      }
      try await client.execute(
        uri: "/v1/programmes/ftap-data-2023/assessments", method: .post, body: ByteBuffer(string: badDossier)
      ) { response in
        #expect(response.status == .badRequest)
        #expect(response.body.text.contains("dossier.totalCost: "))
      }
      // In a JSON Lines batch, a line may be {"dossier", "reform"} too: its answer is the
      // same report led by its line number; a bad reform or dossier is that line's error.
      let lines = [dossier.serialized(pretty: false), body, badReform, badDossier].joined(separator: "\n")
      try await client.execute(
        uri: "/v1/programmes/ftap-data-2023/assessments", method: .post,
        headers: [.contentType: "application/x-ndjson"], body: ByteBuffer(string: lines)
      ) { response in
        #expect(response.status == .ok)
        let answers = response.body.text.split(separator: "\n").map(String.init)
        #expect(answers.count == 4)
        guard answers.count == 4 else { return }
        #expect(answers[0].hasPrefix(#"{"line":1,"programme":"ftap-data-2023""#))
        #expect(!answers[0].contains(#""reform":"#))
        #expect(answers[1] == #"{"line":2,"# + expected.dropFirst())
        #expect(answers[2].hasPrefix(#"{"line":3,"error":{"path":"reform.parameters.ftap.size.min","#))
        #expect(answers[3].hasPrefix(#"{"line":4,"error":{"path":"dossier.totalCost","#))
      }
    }
  }

  /// The answer of the server to a repository file sent to the assessments of the
  /// programme it names.
  static func assess(file path: String) async throws -> TestResponse {
    let body = try ServerHarness.repositoryFile(path)
    let programme = try ProgrammeCatalogue.registry.programme(of: JSONDocument(parsing: body)).identifier.rawValue
    let harness = try await ServerHarness.make()
    let answer = Mutex<TestResponse?>(nil)
    try await harness.test { client in
      let response = try await client.execute(
        uri: "/v1/programmes/" + programme + "/assessments", method: .post, body: ByteBuffer(bytes: body))
      answer.withLock { $0 = response }
    }
    return try #require(answer.withLock { $0 })
  }

  /// The regulation cases: each dossier under its readings.
  static let cases: [String] = {
    let folder = ServerHarness.repository.appendingPathComponent("Tests/Cases")
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(".json") { paths.append(path) }
    }
    return paths.sorted()
  }()

  @Test("Every regulation case's dossier gets the tool's report under the case's readings")
  func casesAgree() async throws {
    #expect(Self.cases.count > 50)
    let harness = try await ServerHarness.make()
    let scratch = harness.folder + "/dossier.json"
    try await harness.test { client in
      for path in Self.cases {
        let caseJSON = try JSONValue(parsing: try ServerHarness.repositoryFile("Tests/Cases/" + path))
        guard case .object(let members) = caseJSON, let dossier = members.first(where: { $0.key == "dossier" })?.value
        else { continue }
        var readings: [String] = []
        if case .object(let chosen)? = members.first(where: { $0.key == "readings" })?.value {
          readings = chosen.compactMap { member in
            if case .string(let variant) = member.value { member.key + "=" + variant } else { nil }
          }
        }
        let text = dossier.serialized()
        try Data(text.utf8).write(to: URL(fileURLWithPath: scratch))
        let (output, status) = try Self.relance(
          ["assess", "--json"] + readings.flatMap { ["--reading", $0] } + [scratch])
        let programme =
          (try? ProgrammeCatalogue.registry.programme(of: dossier).identifier.rawValue) ?? "ftap-data-2023"
        let query = readings.map {
          "reading=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        }
        .joined(separator: "&")
        try await client.execute(
          uri: "/v1/programmes/" + programme + "/assessments" + (query.isEmpty ? "" : "?" + query), method: .post,
          body: ByteBuffer(string: text)
        ) { response in
          if status == 2 {
            #expect(response.status == .badRequest, "\(path)")
          } else {
            #expect(response.status == .ok, "\(path)")
            let expected = try JSONValue(parsing: output).serialized(pretty: false)
            #expect(response.body.text == expected, "\(path)")
          }
        }
      }
    }
  }

  @Test(
    "A broken dossier gets the tool's one-line error as problem+json",
    arguments: [
      "commitment-as-string", "decimal-comma", "duration-as-string", "impossible-date", "negative-amount",
      "repeated-type", "short-siret", "three-decimals",
    ])
  func brokenDossier(name: String) async throws {
    let path = "Examples/broken/" + name + ".json"
    let file = ServerHarness.repository.appendingPathComponent(path).path
    // The tool's line: « FILE: path: message ».
    let (_, errors, status) = try Self.relanceWithErrors(["assess", "--json", file])
    #expect(status == 2)
    let expected = String(errors.dropFirst((file + ": ").count).prefix { $0 != "\n" })
    let response = try await Self.assess(file: path)
    #expect(response.status == .badRequest)
    #expect(response.headers[.contentType] == "application/problem+json")
    guard case .object(let fields) = try JSONValue(parsing: response.body.text),
      case .string(let detail)? = fields.first(where: { $0.key == "detail" })?.value
    else {
      Issue.record("no detail")
      return
    }
    #expect(detail == expected)
  }

  @Test("NDJSON: one line out per dossier line, in order, errors on their line, blank lines skipped")
  func ndjson() async throws {
    let eligible = try JSONValue(parsing: try ServerHarness.repositoryFile("Examples/ftap/policy-two-tranches.json"))
      .serialized(pretty: false)
    let body = eligible + "\n\n{\"programme\": \"ftap-data-2023\", \"totalCost\": \"1,5\"}\r\nnot json\n" + eligible
    let harness = try await ServerHarness.make()
    try await harness.test { client in
      try await client.execute(
        uri: "/v1/programmes/ftap-data-2023/assessments?detail=verdict", method: .post,
        headers: [.contentType: "application/x-ndjson"], body: ByteBuffer(string: body)
      ) { response in
        #expect(response.status == .ok)
        let lines = response.body.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(
          lines[0].hasPrefix(#"{"line":1,"programme":"ftap-data-2023","reference":"FTAP-EX-03","status":"eligible""#))
        #expect(lines[1].hasPrefix(#"{"line":3,"error":{"path":"totalCost","message":"#))
        #expect(lines[2].hasPrefix(#"{"line":4,"error":{"path":"(racine)","message":"JSON invalide"#))
        #expect(lines[3].hasPrefix(#"{"line":5,"programme""#))
      }
    }
  }

  @Test("Readings, detail and programme are checked: 400 or 404 as problem+json, one line")
  func parameters() async throws {
    let body = ByteBuffer(bytes: try ServerHarness.repositoryFile("Examples/ftap/policy-two-tranches.json"))
    let harness = try await ServerHarness.make()
    try await harness.test { client in
      for (uri, status) in [
        ("/v1/programmes/ftap-data-2023/assessments?reading=ftap.size.bounds=nope", HTTPResponse.Status.badRequest),
        ("/v1/programmes/ftap-data-2023/assessments?reading=nope", .badRequest),
        ("/v1/programmes/ftap-data-2023/assessments?detail=all", .badRequest),
        ("/v1/programmes/relance-cvd-aap1/assessments", .badRequest),
        ("/v1/programmes/inconnu/assessments", .notFound),
      ] {
        try await client.execute(uri: uri, method: .post, body: body) { response in
          #expect(response.status == status, "\(uri)")
          #expect(response.headers[.contentType] == "application/problem+json")
          #expect(!response.body.text.contains("\n"))
        }
      }
      try await client.execute(
        uri: "/v1/programmes/ftap-data-2023/assessments?reading=ftap.size.bounds%3Dhard", method: .post, body: body
      ) {
        #expect($0.status == .ok)
        #expect($0.body.text.contains(#"{"id":"ftap.size.bounds","variant":"hard","isDefault":false"#))
      }
    }
  }

  @Test("A body over 8 MiB is refused with 413")
  func tooLarge() async throws {
    let harness = try await ServerHarness.make()
    try await harness.test { client in
      try await client.execute(
        uri: "/v1/programmes/ftap-data-2023/assessments", method: .post,
        body: ByteBuffer(repeating: UInt8(ascii: " "), count: 8 * 1_024 * 1_024 + 1)
      ) { response in
        #expect(response.status == .contentTooLarge)
        #expect(response.headers[.contentType] == "application/problem+json")
      }
    }
  }

  @Test("Validations list every input error; questions and motivations answer as the tool does")
  func otherRoutes() async throws {
    let incomplete = try ServerHarness.repositoryFile("Examples/ftap/incomplete.json")
    let (questions, _) = try Self.relance(
      ["questions", "--json", ServerHarness.repository.appendingPathComponent("Examples/ftap/incomplete.json").path])
    let harness = try await ServerHarness.make()
    try await harness.test { client in
      try await client.execute(
        uri: "/v1/programmes/ftap-data-2023/questions", method: .post, body: ByteBuffer(bytes: incomplete)
      ) { response in
        #expect(response.status == .ok)
        let expected = try JSONValue(parsing: questions).serialized(pretty: false)
        #expect(response.body.text == expected)
      }
      try await client.execute(
        uri: "/v1/programmes/ftap-data-2023/validations", method: .post,
        body: ByteBuffer(string: #"{"programme": "ftap-data-2023", "totalCost": "1,5", "durationMonths": "x", "z": 1}"#)
      ) { response in
        #expect(response.status == .ok)
        let text = response.body.text
        #expect(text.hasPrefix(#"{"valid":false,"errors":[{"path":"z","message":"champ inconnu"}"#))
        #expect(text.contains(#""path":"totalCost""#) && text.contains(#""path":"durationMonths""#))
      }
      try await client.execute(
        uri: "/v1/programmes/ftap-data-2023/motivations", method: .post, body: ByteBuffer(bytes: incomplete)
      ) { response in
        #expect(response.status == .ok)
        #expect(response.body.text.hasPrefix(#"{"motivation":"Le dossier FTAP-EX-08 est incomplet"#))
      }
    }
  }

  @Test("The catalogue lists every programme; a programme's page has its rules, readings, parameters and schema")
  func catalogue() async throws {
    let harness = try await ServerHarness.make()
    try await harness.test { client in
      try await client.execute(uri: "/v1/programmes", method: .get) { response in
        #expect(response.status == .ok)
        for id in ProgrammeCatalogue.registry.identifiers { #expect(response.body.text.contains("\"" + id + "\"")) }
      }
      try await client.execute(uri: "/v1/programmes/ftap-data-2023", method: .get) { response in
        let value = try JSONValue(parsing: response.body.text)
        guard case .object(let members) = value else { return }
        #expect(
          members.map(\.key) == [
            "programme", "title", "edition", "window", "rules", "readings", "parameters", "schema",
          ])
        if case .array(let rules)? = members.first(where: { $0.key == "rules" })?.value {
          #expect(rules.count == FTAPGuichet().rules.count)
        }
      }
    }
  }
}

@Suite("The OpenAPI document is the contract of every route")
struct OpenAPIDocumentTests {
  @Test("Every route of the router is in /openapi.json with its method, and every path of the document is a route")
  func everyRoute() async throws {
    let harness = try await ServerHarness.make()
    let router = RelanceApplication.router(store: harness.store)
    let routes = Set(
      router.routes.map { route in
        route.method.rawValue.lowercased() + " "
          + route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{" + $0.dropFirst() + "}" : $0 }
          .joined(separator: "/")
      })
    try await harness.test { client in
      try await client.execute(uri: "/openapi.json", method: .get) { response in
        guard case .object(let document) = try JSONValue(parsing: response.body.text),
          case .object(let paths)? = document.first(where: { $0.key == "paths" })?.value
        else {
          Issue.record("no paths")
          return
        }
        var documented: Set<String> = []
        for path in paths {
          guard case .object(let operations) = path.value else { continue }
          for operation in operations { documented.insert(operation.key + " " + path.key) }
        }
        let normalised = Set(routes.map { $0.replacingOccurrences(of: " ", with: " /") })
        #expect(normalised == documented)
        // Each programme parameter lists the catalogue's identifiers, in its order.
        var lists: [JSONValue] = []
        for path in paths {
          guard case .object(let operations) = path.value else { continue }
          for operation in operations {
            guard case .object(let fields) = operation.value,
              case .array(let parameters)? = fields.first(where: { $0.key == "parameters" })?.value
            else { continue }
            for case .object(let parameter) in parameters
            where parameter.contains(where: { $0.key == "name" && $0.value == .string("id") }) {
              if case .object(let schema)? = parameter.first(where: { $0.key == "schema" })?.value,
                let list = schema.first(where: { $0.key == "enum" })?.value
              {
                lists.append(list)
              }
            }
          }
        }
        #expect(lists.count == 6)
        #expect(lists.allSatisfy { $0 == .array(ProgrammeCatalogue.registry.identifiers.map { .string($0) }) })
      }
    }
  }
}
