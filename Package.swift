// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Winnow",
    products: [
        .executable(name: "winnow", targets: ["winnow"]),
        .library(name: "WinnowCore", targets: ["WinnowCore"]),
        .library(name: "Clean", targets: ["Clean"]),
        .library(name: "Export", targets: ["Export"]),
        .library(name: "Fetch", targets: ["Fetch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev). Only DOM imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "DOM", dependencies: ["CLibXML2"]),
        .target(name: "WinnowCore"),
        .target(name: "Fetch", dependencies: ["WinnowCore"]),
        .target(name: "Clean", dependencies: ["WinnowCore", "DOM"]),
        .target(name: "Export", dependencies: ["WinnowCore"]),
        .executableTarget(
            name: "winnow",
            dependencies: [
                "WinnowCore", "Fetch", "Clean", "Export",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DOMTests", dependencies: ["DOM"]),
        .testTarget(name: "CleanTests", dependencies: ["Clean", "DOM", "WinnowCore"]),
        .testTarget(name: "ExportTests", dependencies: ["Export", "WinnowCore"]),
        .testTarget(name: "FetchTests", dependencies: ["Fetch", "WinnowCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["winnow", "Clean", "Export", "WinnowCore"]),
    ]
)

// Same language settings for every target, set in one place.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ]
}
