public import Hummingbird
import NIOCore

/// The context of one request: Hummingbird's core storage, and the caller once a bearer
/// token has named one (``Caller``, set by ``BearerAuthenticator``).
public struct ServerContext: RequestContext {
  // MARK: Stored properties

  /// Hummingbird's per-request storage.
  public var coreContext: CoreRequestContextStorage
  /// Who sent the request, when it carried a valid token.
  public var caller: Caller?

  /// The largest body the server reads: 8 MiB, as the `relance` tool reads at most 8 MiB
  /// of a file (413 beyond).
  public static let bodyLimit = 8 * 1_024 * 1_024

  /// The largest body a decoder reads.
  public var maxUploadSize: Int { Self.bodyLimit }

  // MARK: Creating contexts

  /// A context for a request.
  public init(source: Source) {
    coreContext = .init(source: source)
  }
}
