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

    /// Watches `process` every 2 ms: how long until a folder named `stagingPrefix…` appeared in
    /// `folder`, and until the process ended (or, with `untilStaging`, returns once the folder is there).
    static func phases(of process: Process, stagingPrefix: String, in folder: URL,
                       untilStaging: Bool = false) async throws -> (toStaging: Duration, full: Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        var toStaging: Duration?
        while process.isRunning {
            if toStaging == nil, try FileManager.default.contentsOfDirectory(atPath: folder.path).contains(where: { $0.hasPrefix(stagingPrefix) }) {
                toStaging = clock.now - start
                if untilStaging { break }
            }
            try await Task.sleep(for: .milliseconds(2))
        }
        if !untilStaging { process.waitUntilExit() }
        let full = clock.now - start
        return (toStaging ?? full, full)
    }

    @Test func killingABuildAtAnyMomentLeavesThePreviousSiteWhole() async throws {
        let project = try TemporaryProject(files: Self.files(count: 150, edition: "first"))
        defer { project.remove() }
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        let old = try TemporaryProject.snapshot(project.site)
        for (path, text) in Self.files(count: 150, edition: "second") { try project.write(path, text) }
        // The new site, built elsewhere, and when its build starts writing (its staging folder appears).
        let reference = project.root.appendingPathComponent("reference")
        let timing = try BriefExecutable.start(["build", "--quiet", "--no-cache", "--source", project.root.path, "--output", reference.path])
        let (toStaging, full) = try await Self.phases(of: timing, stagingPrefix: ".reference.building-", in: project.root)
        #expect(timing.terminationStatus == 0)
        let new = try TemporaryProject.snapshot(reference)
        #expect(new != old)

        // Kill while it reads and analyses, the moment it starts writing, and along the writing.
        let writing = max(full - toStaging, .milliseconds(50))
        // The reference's timings vary with the machine's load, so three kills do not depend on them: one
        // early in reading, one as writing starts and one just after (each build shows its own staging folder).
        let moments: [(afterStaging: Bool, delay: Duration)] = [(false, .milliseconds(100)), (false, toStaging * 0.5), (true, .zero),
                                                                 (true, .milliseconds(5)), (true, writing * 0.25), (true, writing * 0.5)]
        var killedMidway = 0
        var leftStaging = 0
        for moment in moments {
            let process = try BriefExecutable.start(["build", "--quiet", "--no-cache", "--source", project.root.path])
            if moment.afterStaging { _ = try await Self.phases(of: process, stagingPrefix: ".site.building-", in: project.root, untilStaging: true) }
            try await Task.sleep(for: moment.delay)
            if process.isRunning { killedMidway += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try TemporaryProject.snapshot(project.site)
            #expect(now == old || now == new, "killed \(moment): the site is neither the old nor the new one")
            let names = try FileManager.default.contentsOfDirectory(atPath: project.root.path)
            leftStaging += names.contains { $0.hasPrefix(".site.building-") } ? 1 : 0
        }
        #expect(killedMidway >= 3, "the kills that do not depend on the reference's timings land while the build runs (it took \(full), \(toStaging) before writing)")
        #expect(leftStaging >= 1, "a kill during writing leaves a staging folder for the next build to clean")

        let finished = try BriefExecutable.start(["build", "--quiet", "--no-cache", "--source", project.root.path])
        finished.waitUntilExit()
        #expect(finished.terminationStatus == 0, "the lock of a killed build is released")
        #expect(try TemporaryProject.snapshot(project.site) == new)
        let names = try FileManager.default.contentsOfDirectory(atPath: project.root.path)
        #expect(!names.contains { $0.hasPrefix(".site.building-") }, "no staging folder is left: \(names)")
    }
}
