import Foundation
import FranceRelanceModel
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import RelanceServer
import Synchronization
import Testing

@Suite("The award ledger over HTTP: nobody where they do not belong, nothing lost, nothing doubled")
struct LedgerRoutesTests {
  /// The example award file without its events, and its events one by one.
  static func exampleAward() throws -> (body: JSONValue, events: [JSONValue]) {
    let file = try JSONValue(
      parsing: try ServerHarness.repositoryFile("Examples/awards/ftap-provision-two-reviews.json"))
    guard case .object(let members) = file,
      case .array(let events)? = members.first(where: { $0.key == "events" })?.value
    else { throw CancellationError() }
    return (.object(members.filter { $0.key != "events" }), events)
  }

  /// The example award under another reference, with another amount granted.
  static func award(reference: String, granted: String) throws -> JSONValue {
    let (body, _) = try exampleAward()
    guard case .object(var members) = body,
      let dossierIndex = members.firstIndex(where: { $0.key == "dossier" }),
      case .object(var dossier) = members[dossierIndex].value,
      let referenceIndex = dossier.firstIndex(where: { $0.key == "reference" }),
      let grantedIndex = members.firstIndex(where: { $0.key == "granted" })
    else { throw CancellationError() }
    dossier[referenceIndex] = .init("reference", .string(reference))
    members[dossierIndex] = .init("dossier", .object(dossier))
    members[grantedIndex] = .init("granted", .string(granted))
    return .object(members)
  }

  /// The routes that need a token, each with the roles that may call it.
  static let protectedRoutes: [(HTTPRequest.Method, String, Set<Role>)] = [
    (.post, "/v1/awards", [.instructeur]),
    (.get, "/v1/awards/FTAP-EX-02", [.instructeur, .dinum, .lecteur]),
    (.post, "/v1/awards/FTAP-EX-02/events", [.instructeur, .dinum]),
    (.get, "/v1/envelopes", [.instructeur, .dinum, .lecteur]),
  ]

  @Test(
    "No token or an unknown one: 401 on every protected route; a role that may not: 403", arguments: StoreKind.available
  )
  func authentication(store: StoreKind) async throws {
    let harness = try await ServerHarness.make(
      ledgerFile: "Examples/ledgers/ftap-allocation-example.json", store: store)
    try await harness.test { client in
      for (method, uri, allowed) in Self.protectedRoutes {
        for headers: HTTPFields in [[:], [.authorization: "Bearer inconnu"], [.authorization: "Basic eDp5"]] {
          try await client.execute(uri: uri, method: method, headers: headers) { response in
            #expect(response.status == .unauthorized, "\(method) \(uri)")
            #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"relance\"")
            #expect(response.headers[.contentType] == "application/problem+json")
          }
        }
        for role in Role.allCases where !allowed.contains(role) {
          try await client.execute(uri: uri, method: method, headers: harness.headers(role)) { response in
            #expect(response.status == .forbidden, "\(method) \(uri) \(role)")
          }
        }
      }
      // The public routes answer without a token.
      for uri in [
        "/v1/programmes", "/v1/exports/dispositifs.csv", "/health/live", "/health/ready", "/metrics", "/openapi.json",
      ] {
        try await client.execute(uri: uri, method: .get) { #expect($0.status == .ok, "\(uri)") }
      }
    }
  }

  @Test(
    "An award's events: If-Match required and checked, unlock only by the DINUM, the state as the tool gives it",
    arguments: StoreKind.available)
  func events(store: StoreKind) async throws {
    let (body, events) = try Self.exampleAward()
    let harness = try await ServerHarness.make(
      ledgerFile: "Examples/ledgers/ftap-allocation-example.json", store: store)
    try await harness.test { client in
      try await client.execute(
        uri: "/v1/awards", method: .post, headers: harness.headers(.instructeur),
        body: ByteBuffer(string: body.serialized())
      ) { response in
        #expect(response.status == .created)
        #expect(response.headers[.eTag] == "\"1\"")
        #expect(response.headers[.location] == "/v1/awards/FTAP-EX-02")
      }
      let uri = "/v1/awards/FTAP-EX-02/events"
      let report = ByteBuffer(string: events[0].serialized())
      try await client.execute(uri: uri, method: .post, headers: harness.headers(.instructeur), body: report) {
        #expect($0.status == .preconditionRequired)
      }
      try await client.execute(
        uri: uri, method: .post, headers: harness.headers(.instructeur, [.ifMatch: "\"7\""]), body: report
      ) { #expect($0.status == .preconditionFailed) }
      var version = 1
      for event in events {
        guard case .object(let members) = event,
          case .string(let type)? = members.first(where: { $0.key == "type" })?.value
        else { continue }
        let role: Role = type == "unlock" ? .dinum : .instructeur
        if type == "unlock" {
          try await client.execute(
            uri: uri, method: .post, headers: harness.headers(.instructeur, [.ifMatch: "\"\(version)\""]),
            body: ByteBuffer(string: event.serialized())
          ) { response in
            #expect(response.status == .forbidden)
            #expect(response.body.text.contains("avec l'accord de la DINUM"))
          }
        }
        try await client.execute(
          uri: uri, method: .post, headers: harness.headers(role, [.ifMatch: "\"\(version)\""]),
          body: ByteBuffer(string: event.serialized())
        ) { response in
          #expect(response.status == .created, "\(type): \(response.body.text)")
        }
        version += 1
      }
      // The state is the tool's on the same award file.
      let (output, _) = try RuleRoutesTests.relance([
        "award", "--json",
        ServerHarness.repository.appendingPathComponent("Examples/awards/ftap-provision-two-reviews.json").path,
      ])
      let expected = try JSONValue(parsing: output)
      try await client.execute(uri: "/v1/awards/FTAP-EX-02", method: .get, headers: harness.headers(.lecteur)) {
        response in
        #expect(response.headers[.eTag] == "\"\(version)\"")
        guard case .object(let members) = try JSONValue(parsing: response.body.text) else { return }
        #expect(JSONValue.object(members.filter { $0.key != "version" && $0.key != "events" }) == expected)
      }
    }
  }

  @Test(
    "A retried write with its Idempotency-Key gets the first answer and writes nothing more",
    arguments: StoreKind.available)
  func idempotency(store: StoreKind) async throws {
    let (body, events) = try Self.exampleAward()
    let harness = try await ServerHarness.make(
      ledgerFile: "Examples/ledgers/ftap-allocation-example.json", store: store)
    try await harness.test { client in
      var first = ""
      for _ in 0..<2 {
        try await client.execute(
          uri: "/v1/awards", method: .post,
          headers: harness.headers(.instructeur, [HTTPField.Name("Idempotency-Key")!: "a-1"]),
          body: ByteBuffer(string: body.serialized())
        ) { response in
          #expect(response.status == .created)
          if first.isEmpty { first = response.body.text } else { #expect(response.body.text == first) }
        }
      }
      for _ in 0..<3 {
        try await client.execute(
          uri: "/v1/awards/FTAP-EX-02/events", method: .post,
          headers: harness.headers(.instructeur, [.ifMatch: "\"1\"", HTTPField.Name("Idempotency-Key")!: "e-1"]),
          body: ByteBuffer(string: events[0].serialized())
        ) { #expect($0.status == .created) }
      }
      try await client.execute(uri: "/v1/awards/FTAP-EX-02", method: .get, headers: harness.headers(.dinum)) {
        response in
        #expect(response.headers[.eTag] == "\"2\"")
        #expect(response.body.text.components(separatedBy: #""type":"report""#).count == 2)
      }
      // The same key for another request is refused.
      try await client.execute(
        uri: "/v1/awards/FTAP-EX-02/events", method: .post,
        headers: harness.headers(.dinum, [.ifMatch: "\"2\"", HTTPField.Name("Idempotency-Key")!: "e-1"]),
        body: ByteBuffer(string: events[1].serialized())
      ) { #expect($0.status == .unprocessableContent) }
    }
  }

  @Test(
    "Concurrent commitments over an envelope: one 201, the others 409, never an over-commitment",
    arguments: StoreKind.available)
  func concurrentCommitments(store: StoreKind) async throws {
    // The example's data envelope holds 1 500 000 €: two awards of 800 000 € cannot both fit.
    let harness = try await ServerHarness.make(
      ledgerFile: "Examples/ledgers/ftap-allocation-example.json", store: store)
    let bodies = try (1...4).map { try Self.award(reference: "FTAP-C-\($0)", granted: "500000.00").serialized() }
    try await harness.test { client in
      let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
        for body in bodies {
          group.addTask {
            try await client.execute(
              uri: "/v1/awards", method: .post, headers: harness.headers(.instructeur), body: ByteBuffer(string: body)
            ) { $0.status }
          }
        }
        var statuses: [HTTPResponse.Status] = []
        for try await status in group { statuses.append(status) }
        return statuses
      }
      #expect(statuses.filter { $0 == .created }.count == 3)
      #expect(statuses.filter { $0 == .conflict }.count == 1)
      try await client.execute(uri: "/v1/envelopes", method: .get, headers: harness.headers(.lecteur)) { response in
        #expect(response.body.text.contains(#""id":"ftap.exemple.donnees","label""#))
        #expect(response.body.text.contains(#""committed":"1500000.00","remaining":"0.00""#))
      }
    }
  }

  @Test(
    "Envelopes on a date count what was committed by then; the SCDL export lists the grants",
    arguments: StoreKind.available)
  func envelopesAndExports(store: StoreKind) async throws {
    let (body, _) = try Self.exampleAward()
    let harness = try await ServerHarness.make(
      ledgerFile: "Examples/ledgers/ftap-allocation-example.json", store: store)
    try await harness.test { client in
      try await client.execute(
        uri: "/v1/awards", method: .post, headers: harness.headers(.instructeur),
        body: ByteBuffer(string: body.serialized())
      ) { #expect($0.status == .created) }
      for (day, committed) in [("2023-07-31", "0.00"), ("2023-08-01", "400000.00")] {
        try await client.execute(uri: "/v1/envelopes?on=" + day, method: .get, headers: harness.headers(.dinum)) {
          #expect($0.body.text.contains(#""amount":"1500000.00","steward":null,"committed":""# + committed + "\""))
        }
      }
      try await client.execute(uri: "/v1/envelopes?on=2023-02-30", method: .get, headers: harness.headers(.dinum)) {
        #expect($0.status == .badRequest)
      }
    }
  }

  @Test(
    "The SCDL export of an award and its events is the tool's export of the same ledger", arguments: StoreKind.available
  )
  func scdlAsTheTool(store: StoreKind) async throws {
    let (body, events) = try Self.exampleAward()
    let harness = try await ServerHarness.make(
      ledgerFile: "Examples/ledgers/ftap-allocation-example.json", store: store)
    // The tool: the award's ledger events (award --ledger) on the example's tree and grantor.
    let awardFile = ServerHarness.repository.appendingPathComponent("Examples/awards/ftap-provision-two-reviews.json")
      .path
    let (ledgerOutput, _) = try RuleRoutesTests.relance(["award", "--ledger", awardFile])
    guard case .object(let ledgerMembers) = try JSONValue(parsing: ledgerOutput),
      case .object(let setup) = try JSONValue(
        parsing: try ServerHarness.repositoryFile("Examples/ledgers/ftap-allocation-example.json"))
    else { throw CancellationError() }
    let ledger = JSONValue.object(setup.filter { $0.key != "events" } + ledgerMembers)
    let ledgerPath = harness.folder + "/ledger.json"
    try Data(ledger.serialized().utf8).write(to: URL(fileURLWithPath: ledgerPath))
    let (csv, status) = try RuleRoutesTests.relance(["export", "scdl", ledgerPath])
    #expect(status == 0)
    try await harness.test { client in
      try await client.execute(
        uri: "/v1/awards", method: .post, headers: harness.headers(.instructeur),
        body: ByteBuffer(string: body.serialized())
      ) { #expect($0.status == .created) }
      for (offset, event) in events.enumerated() {
        let unlock = event.serialized().contains(#""type": "unlock""#)
        try await client.execute(
          uri: "/v1/awards/FTAP-EX-02/events", method: .post,
          headers: harness.headers(unlock ? .dinum : .instructeur, [.ifMatch: "\"\(offset + 1)\""]),
          body: ByteBuffer(string: event.serialized())
        ) { #expect($0.status == .created) }
      }
      try await client.execute(uri: "/v1/exports/scdl.csv", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
        #expect(response.body.text == String(decoding: csv, as: UTF8.self))
        #expect(response.body.text.utf8.split(separator: 0x0A).count == 2)
      }
    }
  }

  @Test("Without a grantor, the SCDL export is a 409 that says what to configure", arguments: StoreKind.available)
  func exportWithoutGrantor(store: StoreKind) async throws {
    let harness = try await ServerHarness.make(store: store)
    try await harness.test { client in
      try await client.execute(uri: "/v1/exports/scdl.csv", method: .get) { response in
        #expect(response.status == .conflict)
        #expect(response.body.text.contains("--ledger"))
      }
    }
  }
}

@Suite("Operations: the access log, the metrics, a path's other methods")
struct OperationsTests {
  @Test(
    "Each request writes one JSON access-log line: method, route pattern, status, duration; never its token or body")
  func accessLog() async throws {
    let harness = try await ServerHarness.make()
    let lines = Mutex<[String]>([])
    let router = RelanceApplication.router(
      store: harness.store, accessLog: { line in lines.withLock { $0.append(line) } })
    let token = try #require(harness.tokens[.lecteur])
    try await Application(router: router).test(.router) { client in
      try await client.execute(
        uri: "/v1/awards/SECRET-REF", method: .get, headers: [.authorization: "Bearer " + token]
      ) { #expect($0.status == .notFound) }
      try await client.execute(uri: "/v1/programmes", method: .delete) { response in
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers[.allow] == "GET")
      }
    }
    let written = lines.withLock { $0 }
    #expect(written.count == 2)
    let first = try JSONValue(parsing: written[0])
    guard case .object(let members) = first else { return }
    #expect(members.map(\.key) == ["method", "route", "status", "durationMs", "requestId"])
    #expect(members[1].value == .string("/v1/awards/{ref}"))
    #expect(members[2].value == .number("404"))
    #expect(!written.joined().contains(token) && !written.joined().contains("SECRET-REF"))
  }

  @Test("/metrics counts requests by route pattern and status, and assessments by status")
  func metrics() async throws {
    let harness = try await ServerHarness.make()
    try await harness.test { client in
      try await client.execute(
        uri: "/v1/programmes/ftap-data-2023/assessments", method: .post,
        body: ByteBuffer(bytes: try ServerHarness.repositoryFile("Examples/ftap/policy-two-tranches.json"))
      ) { #expect($0.status == .ok) }
      try await client.execute(uri: "/metrics", method: .get) { response in
        let text = response.body.text
        #expect(response.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
        #expect(
          text.contains(
            #"relance_requests_total{method="POST",route="/v1/programmes/{id}/assessments",status="200"} 1"#))
        #expect(text.contains(#"relance_assessments_total{status="eligible"} 1"#))
        #expect(text.contains("relance_request_duration_seconds_count 1"))
      }
    }
  }
}

@Suite("Two processes on one ledger")
struct SharedLedgerTests {
  @Test(
    "Two stores on one database see each other's commitments: the envelope is never over-committed",
    arguments: StoreKind.available)
  func twoStores(store: StoreKind) async throws {
    let harness = try await ServerHarness.make(
      ledgerFile: "Examples/ledgers/ftap-allocation-example.json", store: store)
    let other = try await LedgerStore.open(harness.location)
    let caller = Caller(name: "test", role: .instructeur)
    func award(_ number: Int) throws -> [UInt8] {
      Array(try LedgerRoutesTests.award(reference: "FTAP-S-\(number)", granted: "500000.00").serialized().utf8)
    }
    // The example's data envelope holds 1 500 000 €: three awards of 500 000 €.
    #expect(try await harness.store.createAward(award(1), by: caller, idempotencyKey: nil).status == 201)
    #expect(try await other.createAward(award(2), by: caller, idempotencyKey: nil).status == 201)
    #expect(try await harness.store.createAward(award(3), by: caller, idempotencyKey: nil).status == 201)
    for (store, number) in [(other, 4), (harness.store, 5)] {
      do {
        _ = try await store.createAward(award(number), by: caller, idempotencyKey: nil)
        Issue.record("award \(number) over-commits the envelope")
      } catch let problem as Problem {
        #expect(problem.status == .conflict)
        #expect(problem.detail.contains("ftap.exemple.donnees") || problem.detail.contains("enveloppe"))
      }
    }
    let envelopes = try await other.envelopes(on: nil).serialized(pretty: false)
    #expect(envelopes.contains(#""committed":"1500000.00","remaining":"0.00""#))
  }
}

@Suite("The envelope check kept between writes")
struct LedgerCacheTests {
  /// The example award under `reference`, with `granted` and a convention date.
  static func award(_ reference: String, granted: String, conventionDate: String) throws -> [UInt8] {
    guard case .object(var members) = try LedgerRoutesTests.award(reference: reference, granted: granted),
      let index = members.firstIndex(where: { $0.key == "conventionDate" })
    else { throw CancellationError() }
    members[index] = .init("conventionDate", .string(conventionDate))
    return Array(JSONValue.object(members).serialized(pretty: false).utf8)
  }

  @Test(
    "Commitments dated out of order, through two stores: each is accepted exactly when the envelope still holds it",
    arguments: StoreKind.available)
  func outOfOrder(store: StoreKind) async throws {
    // The example's data envelope holds 1 500 000 €; awards only commit (no release), so an
    // award fits exactly when the accepted ones and it sum to at most 1 500 000 €, whatever
    // their dates: the model below is that sum, worked out independently of the ledger.
    let harness = try await ServerHarness.make(
      ledgerFile: "Examples/ledgers/ftap-allocation-example.json", store: store)
    let other = try await LedgerStore.open(harness.location)
    let caller = Caller(name: "test", role: .instructeur)
    var generator = SeededGenerator(seed: 2_023)
    var acceptedCents = 0
    for number in 1...40 {
      let euros = Int.random(in: 1...12, using: &generator) * 25_000
      let day = Int.random(in: 1...30, using: &generator)
      let body = try Self.award(
        "FTAP-O-\(number)", granted: "\(euros).00",
        conventionDate: "2023-07-" + (day < 10 ? "0" : "") + String(day))
      let fits = acceptedCents + euros * 100 <= 150_000_000
      do {
        let answer = try await (number.isMultiple(of: 2) ? other : harness.store).createAward(
          body, by: caller, idempotencyKey: nil)
        #expect(fits, "award \(number) of \(euros) € accepted over the envelope")
        #expect(answer.status == 201)
        acceptedCents += euros * 100
      } catch let problem as Problem {
        #expect(!fits, "award \(number) of \(euros) € refused: \(problem.detail)")
        #expect(problem.status == .conflict)
      }
    }
    // A store opened now replays the whole table: the same envelope.
    let fresh = try await LedgerStore.open(harness.location)
    let committed = String(acceptedCents / 100) + ".00"
    for reader in [harness.store, other, fresh] {
      #expect(try await reader.envelopes(on: nil).serialized(pretty: false).contains(#""committed":"\#(committed)""#))
    }
  }
}

/// A small deterministic generator (SplitMix64), so that a failing sequence can be replayed.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
