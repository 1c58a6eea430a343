// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "brief",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "brief", targets: ["brief"]),
        .library(name: "BriefCore", targets: ["BriefCore"]),
        .library(name: "BriefEvaluation", targets: ["BriefEvaluation"]),
        .library(name: "BriefSite", targets: ["BriefSite"]),
        .library(name: "BriefServe", targets: ["BriefServe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // These come with Hummingbird anyway; named because BriefServe imports them directly.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.0.0"),
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
        // jemalloc's options for the `brief` binary, which it reads from a C symbol at start-up.
        .target(name: "CAllocatorSettings"),
        // The pure core: model, text tools, extraction, page derivation. No I/O, no clock, no globals.
        .target(name: "BriefCore"),
        // Measuring the core, not needed by the site: `brief analyze` records (JSON Lines) and scoring against gold corpora.
        .target(name: "BriefEvaluation", dependencies: ["BriefCore"]),
        // The edges: loading content, YAML, Markdown, templates (its own Mustache renderer), writing the site.
        .target(
            name: "BriefSite",
            dependencies: [
                "BriefCore", "CCmarkGFM", "CAtomicRename",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The preview server: serves the output folder, watches the project, rebuilds, live reload.
        .target(
            name: "BriefServe",
            dependencies: [
                "BriefCore", "BriefSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Linked with jemalloc (Debian's libjemalloc-dev) in place of glibc's malloc: a build makes and
        // frees millions of small strings and arrays and spent about a fifth of its time in glibc's
        // malloc and free; with jemalloc a 10,000-article build takes a fifth to a quarter less time.
        .executableTarget(
            name: "brief",
            dependencies: [
                "BriefCore", "BriefEvaluation", "BriefSite", "BriefServe", "CAllocatorSettings",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(name: "BriefCoreTests", dependencies: ["BriefCore", "BriefEvaluation"]),
        .testTarget(name: "BriefEvaluationTests", dependencies: ["BriefEvaluation", "BriefCore"]),
        .testTarget(name: "BriefSiteTests", dependencies: ["BriefSite", "BriefCore"]),
        // The command line as a user meets it: runs the built `brief` binary.
        .testTarget(name: "BriefCLITests", dependencies: ["brief"]),
        .testTarget(
            name: "BriefServeTests",
            dependencies: [
                "BriefServe", "BriefSite",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
