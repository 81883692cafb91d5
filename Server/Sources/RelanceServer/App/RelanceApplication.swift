import Foundation
public import Hummingbird
import Logging
import NIOCore

/// Builds the web service: its router (rules, ledger, operations) and its Hummingbird
/// application.
///
/// ```swift
/// let store = try await LedgerStore.open("relance.sqlite")
/// let app = RelanceApplication.application(ServerConfiguration(), store: store)
/// try await app.runService()
/// ```
public enum RelanceApplication {
  // MARK: Building

  /// The router of every route, behind the operations middleware.
  ///
  /// - Parameters:
  ///   - store: The ledger and the tokens.
  ///   - metrics: Where requests and assessments are counted.
  ///   - accessLog: Where access-log lines go, or `nil`.
  public static func router(
    store: LedgerStore, metrics: Metrics = Metrics(), accessLog: (@Sendable (String) -> Void)? = nil
  ) -> Router<ServerContext> {
    // The routes, registered once on a router of their own so that the operations
    // middleware knows each path's methods (405 with Allow) from the same registration.
    let routes = Router(context: ServerContext.self)
    register(store: store, metrics: metrics, on: routes)
    let table = Dictionary(grouping: routes.routes) { $0.path.description }.map { path, found in
      (components: path.split(separator: "/"), methods: found.map(\.method.rawValue))
    }
    let router = Router(context: ServerContext.self)
    router.add(middleware: OperationsMiddleware(metrics: metrics, accessLog: accessLog, routes: table))
    register(store: store, metrics: metrics, on: router)
    return router
  }

  /// Adds every route to `router`.
  static func register(store: LedgerStore, metrics: Metrics, on router: Router<ServerContext>) {
    ProgrammeRoutes(metrics: metrics).register(on: router)
    LedgerRoutes(store: store).register(on: router)
    OperationsRoutes(metrics: metrics, isReady: { await store.isReady() }, openAPI: OpenAPIDocument.bytes)
      .register(on: router)
    PageRoutes(stylesheet: OpenAPIDocument.resource("relance", "css")).register(on: router)
    SignInRoutes(store: store).register(on: router)
    InstructionRoutes(store: store).register(on: router)
    LedgerPageRoutes(store: store).register(on: router)
  }

  /// The application for a configuration, logging to standard error.
  public static func application(_ configuration: ServerConfiguration, store: LedgerStore) -> some ApplicationProtocol {
    let accessLog: (@Sendable (String) -> Void)? =
      configuration.accessLog
      ? { @Sendable (line: String) in FileHandle.standardOutput.write(Data((line + "\n").utf8)) } : nil
    var logger = Logger(label: "relance-server")
    logger.logLevel = .info
    return Application(
      router: router(store: store, accessLog: accessLog),
      server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))),
      configuration: .init(
        address: .hostname(configuration.host, port: configuration.port), serverName: "relance-server"),
      logger: logger)
  }
}
