// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "brief",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "brief", targets: ["brief"]),
        .library(name: "BriefCore", targets: ["BriefCore"]),
        .library(name: "BriefSite", targets: ["BriefSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Debian's cmark-gfm (libcmark-gfm-dev, libcmark-gfm-extensions-dev) as a Swift module.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // One C function: Linux's renameat2(RENAME_EXCHANGE), which Glibc's Swift overlay does not expose.
        .target(name: "CAtomicRename"),
        // The pure core: model, text tools, extraction, page derivation. No I/O, no clock, no globals.
        .target(name: "BriefCore"),
        // The edges: loading content, YAML, Markdown, templates, writing the site.
        .target(
            name: "BriefSite",
            dependencies: [
                "BriefCore", "CCmarkGFM", "CAtomicRename",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "brief",
            dependencies: [
                "BriefCore", "BriefSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BriefCoreTests", dependencies: ["BriefCore"]),
        .testTarget(name: "BriefSiteTests", dependencies: ["BriefSite", "BriefCore"]),
    ],
    swiftLanguageModes: [.v6]
)
