import Foundation

/// A throwaway brief project in a temporary folder, removed by ``remove()``.
struct TestProject: Sendable {
    let root: URL

    var output: URL { root.appendingPathComponent("site", isDirectory: true) }
    var articlePath: URL { root.appendingPathComponent("content/articles/summit.txt") }

    /// A project with one article and the built-in theme.
    static func make() throws -> TestProject {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("brief-serve-test-\(UUID().uuidString)", isDirectory: true)
        let project = TestProject(root: root)
        try project.write("content/articles/summit.txt", article(headline: "Leaders meet in Paris"))
        try project.write("content/articles/summit.yml", "date: 2025-09-03\nsource: Test Wire\n")
        try project.write("brief.yml", "title: Test briefing\n")
        return project
    }

    /// An article in the seed's plain-text shape.
    static func article(headline: String) -> String {
        """
        \(headline)
        The French President said Europe was ready to offer guarantees, officials said on Wednesday.
        “We are ready,” the President said at the palace.
        By Test Reporter

        """
    }

    /// Writes `text` at `path` (relative to the project), creating folders.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
