// swift-tools-version: 6.0
// The package has no dependencies: the two library modules import only the standard library.

import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "FranceRelanceModel",
  products: [
    .library(name: "FranceRelanceModel", targets: ["FranceRelanceModel"]),
    .library(name: "FTAPGuichet", targets: ["FTAPGuichet"]),
    .library(name: "FundingProgrammes", targets: ["FundingProgrammes"]),
    .executable(name: "relance", targets: ["relance"]),
  ],
  targets: [
    .target(name: "FranceRelanceModel", swiftSettings: strictSettings),
    .target(name: "FTAPGuichet", dependencies: ["FranceRelanceModel"], swiftSettings: strictSettings),
    .target(
      name: "FundingProgrammes", dependencies: ["FranceRelanceModel", "FTAPGuichet"], swiftSettings: strictSettings),
    .executableTarget(
      name: "relance",
      dependencies: ["FranceRelanceModel", "FTAPGuichet", "FundingProgrammes"],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "relance-fuzz",
      dependencies: ["FranceRelanceModel", "FTAPGuichet", "FundingProgrammes", "TestSupport"],
      path: "Fuzz/relance-fuzz",
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "relance-bench",
      dependencies: ["FranceRelanceModel", "FTAPGuichet", "FundingProgrammes", "TestSupport"],
      path: "Benchmarks/relance-bench",
      swiftSettings: strictSettings
    ),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "FranceRelanceModelTests", dependencies: ["FranceRelanceModel", "TestSupport"]),
    .testTarget(name: "FTAPGuichetTests", dependencies: ["FTAPGuichet", "TestSupport"]),
    .testTarget(
      name: "relanceTests", dependencies: ["relance", "FranceRelanceModel", "FundingProgrammes", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
