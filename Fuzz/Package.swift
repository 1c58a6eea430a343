// swift-tools-version: 6.1
// libFuzzer targets for brief, kept out of the main package so they never slow its build. Each target
// is an executable whose `main` is libFuzzer's driver; see Fuzz/README.md and scripts/fuzz.sh.
import PackageDescription

let targets = ["FuzzArticleReader", "FuzzFrontMatter", "FuzzQuotations", "FuzzNames", "FuzzTimexes"]

let package = Package(
    name: "BriefFuzz",
    dependencies: [.package(name: "brief", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
    ] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "FuzzSupport",
                .product(name: "BriefCore", package: "brief"),
                .product(name: "BriefEvaluation", package: "brief"),
                .product(name: "BriefSite", package: "brief"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])],
            // Debian's gold stops with an internal error linking these; the toolchain's lld links them.
            linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
        )
    },
    swiftLanguageModes: [.v6]
)
