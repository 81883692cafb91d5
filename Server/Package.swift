// swift-tools-version: 6.0
// relance-server: the rules as a web API and a durable award ledger (design v3 §11). It
// depends on the library by path and on the Swift server packages; the library depends on
// none of them.

import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The library's package identity: SwiftPM names a package required by path after its
/// folder, which is the clone's name (`main` here, another name in another clone).
let library = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "main")

let package = Package(
  name: "relance-server",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "relance-server", targets: ["relance-server"])
  ],
  dependencies: [
    .package(path: ".."),
    .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
    .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto.git", exact: "3.12.3"),
    .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
    .package(url: "https://github.com/vapor/postgres-nio.git", exact: "1.33.2"),
  ],
  targets: [
    .target(
      name: "RelanceServer",
      dependencies: [
        .product(name: "FranceRelanceModel", package: library),
        .product(name: "FTAPGuichet", package: library),
        .product(name: "FundingProgrammes", package: library),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ],
      resources: [.copy("Resources")],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "relance-server",
      dependencies: ["RelanceServer"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "RelanceServerTests",
      dependencies: [
        "RelanceServer",
        .product(name: "FranceRelanceModel", package: library),
        .product(name: "FTAPGuichet", package: library),
        .product(name: "FundingProgrammes", package: library),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ],
      swiftSettings: strictSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
