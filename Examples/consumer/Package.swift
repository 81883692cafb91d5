// swift-tools-version: 6.0
// A service of another team that uses the library: the README's example, kept compiling.

import PackageDescription

let package = Package(
  name: "consumer",
  dependencies: [.package(name: "FranceRelanceModel", path: "../..")],
  targets: [
    .executableTarget(
      name: "consumer",
      dependencies: [
        .product(name: "FranceRelanceModel", package: "FranceRelanceModel"),
        .product(name: "FTAPGuichet", package: "FranceRelanceModel"),
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
