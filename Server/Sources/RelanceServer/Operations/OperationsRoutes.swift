import FranceRelanceModel
import HTTPTypes
import Hummingbird
import NIOCore

/// `/health/live`, `/health/ready`, `/metrics` and `/openapi.json`: what an operator's
/// probes and scrapers call.
struct OperationsRoutes: Sendable {
  /// The counters `/metrics` writes.
  let metrics: Metrics
  /// Whether the store answers: `/health/ready` is 503 when it does not.
  let isReady: @Sendable () async -> Bool
  /// The OpenAPI document.
  let openAPI: [UInt8]

  /// Adds the routes.
  func register(on router: Router<ServerContext>) {
    let metrics = metrics
    let isReady = isReady
    let openAPI = openAPI
    router.get("health/live") { _, _ in
      ProgrammeRoutes.json(.object([.init("status", .string("ok"))]))
    }
    router.get("health/ready") { _, _ in
      guard await isReady() else {
        throw Problem(
          .serviceUnavailable, kind: "indisponible", title: "Service indisponible",
          detail: "la base du registre ne répond pas")
      }
      return ProgrammeRoutes.json(.object([.init("status", .string("ok"))]))
    }
    router.get("metrics") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: metrics.prometheusText)))
    }
    router.get("openapi.json") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: openAPI)))
    }
  }
}
