import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// `kill -9` at any moment of a build leaves the previous site whole: a `brief build` process is killed
/// at several points of its run, and each time the output folder is still exactly the old site (or,
/// once the swap is done, exactly the new one); the next build cleans up what the killed ones left.
@Suite(.enabled(if: BriefExecutable.url != nil, "the brief binary is not built (swift build)"))
struct KillDuringBuildTests {
    /// A project of `count` articles of a few paragraphs each, with quotations, names and dates.
    static func files(count: Int, edition: String) -> [String: String] {
        var files = ["brief.yml": "title: Kill test \(edition)\n"]
        for index in 0..<count {
            files["content/articles/story-\(index).md"] = """
            ---
            title: Story \(index) of the \(edition) edition
            date: 2025-\(String(format: "%02d", index % 12 + 1))-\(String(format: "%02d", index % 27 + 1))
            ---
            Foreign Minister Anna Weber met Luis Ortega, the trade envoy, in Geneva on March \(index % 27 + 1).

            “The talks went well,” Weber said on Tuesday. “We will meet again next week.”

            Ortega said that the ceasefire would hold until next month, according to officials.
            """
        }
        return files
    }

    @Test func killingABuildAtAnyMomentLeavesThePreviousSiteWhole() async throws {
        let project = try TemporaryProject(files: Self.files(count: 150, edition: "first"))
        defer { project.remove() }
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        let old = try TemporaryProject.snapshot(project.site)
        for (path, text) in Self.files(count: 150, edition: "second") { try project.write(path, text) }
        // The new site, built elsewhere, and how long the binary takes to build it.
        let reference = project.root.appendingPathComponent("reference")
        let clock = ContinuousClock()
        let start = clock.now
        let timing = try BriefExecutable.start(["build", "--quiet", "--source", project.root.path, "--output", reference.path])
        timing.waitUntilExit()
        let full = clock.now - start
        #expect(timing.terminationStatus == 0)
        let new = try TemporaryProject.snapshot(reference)
        #expect(new != old)

        var killedMidway = 0
        var leftStaging = 0
        for fraction in [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95] {
            let process = try BriefExecutable.start(["build", "--quiet", "--source", project.root.path])
            try await Task.sleep(for: full * fraction)
            if process.isRunning { killedMidway += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try TemporaryProject.snapshot(project.site)
            #expect(now == old || now == new, "killed at \(fraction) of the build: the site is neither the old nor the new one")
            let names = try FileManager.default.contentsOfDirectory(atPath: project.root.path)
            leftStaging += names.contains { $0.hasPrefix(".site.building-") } ? 1 : 0
        }
        #expect(killedMidway >= 3, "most kills should land while the build runs (a full build took \(full))")
        #expect(leftStaging >= 1, "a kill during writing leaves a staging folder for the next build to clean")

        let finished = try BriefExecutable.start(["build", "--quiet", "--source", project.root.path])
        finished.waitUntilExit()
        #expect(finished.terminationStatus == 0, "the lock of a killed build is released")
        #expect(try TemporaryProject.snapshot(project.site) == new)
        let names = try FileManager.default.contentsOfDirectory(atPath: project.root.path)
        #expect(!names.contains { $0.hasPrefix(".site.building-") }, "no staging folder is left: \(names)")
    }
}
