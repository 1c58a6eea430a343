import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// One build of an output folder at a time, and nothing a killed build left behind survives the next.
@Suite struct BuildLockTests {
    static let files = ["content/articles/a.md": "---\ntitle: A\ndate: 2025-09-03\n---\nBody.\n"]

    @Test func aSecondBuildOfTheSameOutputFailsAtOnceNamingTheFirst() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        let before = try TemporaryProject.snapshot(project.site)
        try secondBuildFails(project)
        #expect(try TemporaryProject.snapshot(project.site) == before)
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))  // the lock was released
    }

    /// Holds the lock of `project`'s site while a build of it runs; releases it on return.
    func secondBuildFails(_ project: TemporaryProject) throws {
        let held = try BuildLock(output: project.site)
        defer { withExtendedLifetime(held) {} }
        do {
            _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
            Issue.record("expected the second build to fail")
        } catch {
            let message = error.diagnostics.first?.message ?? ""
            #expect(message.contains("another build is writing"), "\(message)")
            #expect(message.contains("(process \(getpid()))"))
        }
    }

    @Test func anotherOutputFolderIsNotBlocked() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        let held = try BuildLock(output: project.site)
        defer { withExtendedLifetime(held) {} }
        let other = project.root.appendingPathComponent("public")
        #expect(try SiteBuilder.build(.init(projectRoot: project.root, output: other)).articles == 1)
    }

    @Test func theNextBuildRemovesStagingFoldersAKilledBuildLeft() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        let stale = project.root.appendingPathComponent(".site.building-DEAD")
        try project.write(".site.building-DEAD/index.html", "half a page")
        try project.write(".sitemap.building-KEEP/x", "another output's")
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".sitemap.building-KEEP").path))
    }

    @Test func aSiteMovedAsideByAKilledSwapIsPutBack() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        let before = try TemporaryProject.snapshot(project.site)
        let aside = project.root.appendingPathComponent(".site.building-DEAD.old")
        try FileManager.default.moveItem(at: project.site, to: aside)
        let lock = try BuildLock(output: project.site)
        #expect(lock.removeStaleStaging(of: project.site) == 0)
        #expect(try TemporaryProject.snapshot(project.site) == before)
    }
}
