import Foundation

/// The OpenAPI 3.1 document of the API (`Resources/openapi.json`), served at
/// `/openapi.json`: the contract the routes are checked against (a test lists every
/// route of the router in it; CI runs schemathesis on it).
enum OpenAPIDocument {
  /// The document's bytes, read once from the target's resources.
  static let bytes: [UInt8] = resource("openapi", "json")

  /// A file of the target's `Resources` folder; its absence is a packaging defect.
  static func resource(_ name: String, _ type: String) -> [UInt8] {
    guard let url = Bundle.module.url(forResource: name, withExtension: type, subdirectory: "Resources"),
      let data = try? Data(contentsOf: url)
    else { fatalError("relance-server : Resources/" + name + "." + type + " manque au paquet") }
    return Array(data)
  }
}
