import Foundation

/// The OpenAPI 3.1 document of the API (`Resources/openapi.json`), served at
/// `/openapi.json`: the contract the routes are checked against (a test lists every
/// route of the router in it; CI runs schemathesis on it).
enum OpenAPIDocument {
  /// The document's bytes, read once from the target's resources.
  static let bytes: [UInt8] = {
    guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources"),
      let data = try? Data(contentsOf: url)
    else { fatalError("relance-server : Resources/openapi.json manque au paquet") }
    return Array(data)
  }()
}
