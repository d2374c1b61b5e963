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
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // HTTP stack: only Fetch (and its tests, for the local fault-injecting server) use these.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev). Only DOM imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib from the system (Debian: zlib1g-dev): multi-member gzip for WARC files, sitemaps, HTTP bodies.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "DOM", dependencies: ["CLibXML2"]),
        .target(name: "WinnowCore"),
        .target(
            name: "Fetch",
            dependencies: [
                "WinnowCore", "DOM", "CZlib",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(name: "Clean", dependencies: ["WinnowCore", "DOM"]),
        // One POSIX call Swift's Glibc module does not declare (`syncfs`, for grouped durability).
        .target(name: "CPOSIX"),
        .target(name: "Export", dependencies: ["WinnowCore", "CPOSIX"]),
        .executableTarget(
            name: "winnow",
            dependencies: [
                "WinnowCore", "Fetch", "Clean", "Export", "DOM",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DOMTests", dependencies: ["DOM", "TestSupport"]),
        .testTarget(name: "CleanTests", dependencies: ["Clean", "DOM", "WinnowCore", "TestSupport"]),
        // Helpers shared by test targets (not part of any product).
        .target(name: "TestSupport"),
        .testTarget(name: "ExportTests", dependencies: ["Export", "WinnowCore", "TestSupport"]),
        .testTarget(
            name: "FetchTests",
            dependencies: [
                "Fetch", "WinnowCore", "DOM",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["winnow", "Clean", "Export", "WinnowCore", "TestSupport"]),
    ]
)

// The libFuzzer target (scripts/fuzz) exists only when asked for: it has no main of its own
// (libFuzzer's -sanitize=fuzzer supplies it), so a plain `swift build` could not link it.
if Context.environment["WINNOW_FUZZ"] == "1" {
    package.targets.append(
        .executableTarget(
            name: "winnow-fuzz",
            dependencies: ["Clean", "Export", "WinnowCore"],
            path: "Fuzz/WinnowFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    )
}

// Same language settings for every target, set in one place.
for target in package.targets where target.type != .system && target.name != "CPOSIX" {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ]
}
