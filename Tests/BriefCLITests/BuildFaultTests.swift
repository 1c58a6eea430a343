import Foundation
import Testing

/// Issue 17 through the `brief` binary: the site does not depend on the order of the files on disk
/// or the number of cores, and a disk that fills up mid-build leaves the previous site whole.
@Suite struct BuildFaultTests {
    let brief: BriefBinary

    init() throws {
        brief = try BriefBinary.find()
    }

    /// Eight articles: several on one day (ties the order must break), names shared across them
    /// (actors resolved across articles), the same event reported twice (merged), quotations.
    static func articles() -> [(slug: String, text: String)] {
        let people = ["Anna Duarte", "Boris Kane", "Clara Oduya", "Dmitri Vell"]
        return (1...8).map { n in
            let speaker = people[n % people.count], other = people[(n + 1) % people.count]
            let day = 2 + n / 3
            let text = """
            ---
            title: \(n % 2 == 0 ? "Talks go on" : "Day \(n) of the talks")
            date: 2025-06-0\(day)
            slug: talks-\(n)
            ---
            \(speaker) met \(other) in Geneva on Monday, and the summit opens on June 20.

            “We are ready to sign on the \(n)th point,” \(speaker.split(separator: " ").last!) said.

            \(other) said the ceasefire would hold until July 1.
            """
            return ("talks-\(n)", text)
        }
    }

    /// A project folder holding `articles` as files named by `name`, written in the given order.
    static func project(_ articles: [(slug: String, text: String)], name: (String) -> String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brief-order-\(UUID().uuidString)", isDirectory: true)
        let articlesFolder = folder.appendingPathComponent("content/articles", isDirectory: true)
        try FileManager.default.createDirectory(at: articlesFolder, withIntermediateDirectories: true)
        try Data("title: Order test\nbaseURL: none\n".utf8).write(to: folder.appendingPathComponent("brief.yml"))
        for article in articles {
            let url = articlesFolder.appendingPathComponent(name(article.slug))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(article.text.utf8).write(to: url)
        }
        return folder
    }

    /// Every file of the site under `project`, by relative path.
    static func snapshot(_ project: URL) throws -> [String: Data] {
        let site = project.appendingPathComponent("site").standardizedFileURL
        var files: [String: Data] = [:]
        guard let walk = FileManager.default.enumerator(at: site, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in walk where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(site.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func theSiteIsByteIdenticalWhateverTheFilesOrderAndNamesAndTheNumberOfCores() throws {
        let articles = Self.articles()
        let inOrder = try Self.project(articles) { "\($0).md" }
        // The same articles under other names, in subfolders, written in the reverse order.
        let reordered = try Self.project(articles.reversed()) { "z/\(String($0.reversed())).md" }
        defer {
            try? FileManager.default.removeItem(at: inOrder)
            try? FileManager.default.removeItem(at: reordered)
        }
        var sites: [String: [String: Data]] = [:]
        for (label, project, cores) in [("in order, 1 core", inOrder, "1"), ("reordered, 1 core", reordered, "1"),
                                        ("in order, 4 threads", inOrder, "4"), ("reordered, 2 threads", reordered, "2")] {
            let built = try brief.run(["build", "--no-cache", "--quiet", "--source", project.path], environment: ["BRIEF_CORES": cores])
            #expect(built.status == 0, "\(label): \(built.stderr)")
            sites[label] = try Self.snapshot(project)
        }
        let reference = try #require(sites["in order, 1 core"])
        #expect(reference.count > 30 && reference["articles/talks-8/index.html"] != nil, "\(reference.keys.sorted())")
        #expect(reference["data/actors.json"].map { String(decoding: $0, as: UTF8.self).contains("anna-duarte") } == true)
        for (label, site) in sites {
            let differing = Set(site.keys).union(reference.keys).filter { site[$0] != reference[$0] }.sorted()
            #expect(differing.isEmpty, "\(label) differs from the first build in \(differing)")
        }
    }

    @Test func aDiskThatFillsUpMidBuildLeavesThePreviousSiteWholeAndSaysWhatToDo() throws {
        let project = try Self.project(Self.articles()) { "\($0).md" }
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(try brief.run(["build", "--quiet", "--source", project.path]).status == 0)
        let before = try Self.snapshot(project)
        // An edit every page listing the article shows, so the next build must write files, not link them.
        let article = project.appendingPathComponent("content/articles/talks-1.md")
        let text = try String(contentsOf: article, encoding: .utf8).replacingOccurrences(of: "Day 1 of the talks", with: "First day of the talks")
        try Data(text.utf8).write(to: article)
        let failed = try brief.run(["build", "--source", project.path], environment: ["BRIEF_SIMULATE_DISK_FULL_AFTER": "20000"])
        #expect(failed.status == 1, "\(failed.stdout) \(failed.stderr)")
        #expect(failed.stderr.contains("No space left on device"), "\(failed.stderr)")
        #expect(failed.stderr.contains("The disk is full."), "says what to do: \(failed.stderr)")
        #expect(failed.stderr.contains("build failed;") && failed.stderr.contains("was left as it was"), "\(failed.stderr)")
        #expect(try Self.snapshot(project) == before, "the previous site is whole")
        let beside = try FileManager.default.contentsOfDirectory(atPath: project.path)
        #expect(!beside.contains { $0.hasPrefix(".site.building-") }, "no half-written staging folder is left: \(beside)")
        let retried = try brief.run(["build", "--quiet", "--source", project.path])
        #expect(retried.status == 0, "\(retried.stderr)")
        let after = try Self.snapshot(project)
        #expect(after["articles/talks-1/index.html"].map { String(decoding: $0, as: UTF8.self).contains("First day of the talks") } == true)
    }
}
