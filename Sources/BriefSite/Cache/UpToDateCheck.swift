import BriefCore
import Foundation

/// Decides whether `brief build` may skip a build because nothing it reads has changed since the last
/// one and the site that build wrote is still there untouched, using the ``BuildManifest`` in the
/// project's `.brief-cache/`; and records a new manifest after a build. A missing, stale, corrupt or
/// unreadable manifest means a full build: it is never trusted beyond what it can prove.
struct UpToDateCheck: Sendable {
    /// The folder of the project's build cache, and the manifest's name in it.
    static let cacheFolder = ".brief-cache"
    static let manifestName = "build-manifest"

    /// The manifest file of the project.
    let manifestURL: URL
    /// What the build depends on besides its input files: tool, options, project and output folders.
    let key: String
    let output: URL
    /// The inputs as they were before the build read them; nil when they could not be listed.
    let inputs: ProjectInputs?

    /// A check for a build of `options` by the tool `tool`, taking the inputs' stamps now.
    init(options: SiteBuilder.Options, tool: String) {
        let root = options.projectRoot.standardizedFileURL
        manifestURL = root.appendingPathComponent(Self.cacheFolder).appendingPathComponent(Self.manifestName)
        output = options.output.standardizedFileURL
        key = ["tool=" + tool, "binary=" + Self.binaryStamp, "drafts=\(options.includeDrafts)", "project=" + root.path, "output=" + output.path]
            .joined(separator: "\n")
        inputs = ProjectInputs(projectRoot: root)
    }

    /// The running program's stamp: a rebuilt binary (a new built-in theme, new extraction rules)
    /// invalidates every manifest even when its version number stays the same.
    static var binaryStamp: String {
        guard let stamp = FileStamp(path: "/proc/self/exe") ?? CommandLine.arguments.first.flatMap(FileStamp.init(path:)) else {
            return "unknown"
        }
        return "\(stamp.size) \(stamp.modified) \(stamp.inode)"
    }

    /// What the check found.
    enum Verdict: Sendable {
        /// Nothing changed: the last build's manifest, whose summary and warnings stand.
        case upToDate(BuildManifest)
        /// A build is needed, and why (for `--verbose`); the inputs the last build recorded, whose
        /// hashes stand for the files whose stamps did not change (none when there is no manifest).
        case build(String, recorded: [BuildManifest.Input] = [])
    }

    /// Whether the last build still stands, `site` being the output folder as walked now (nil when it
    /// could not be). When only the inputs' stamps changed (a file touched or copied back), the
    /// manifest is rewritten with the new stamps, so the next check is quick again.
    func verdict(site: FileTree?) -> Verdict {
        guard let inputs else { return .build("cannot list the project's files") }
        guard let text = try? String(contentsOf: manifestURL, encoding: .utf8) else { return .build("no build manifest") }
        guard var manifest = BuildManifest(decoding: text) else { return .build("the build manifest is unreadable") }
        guard manifest.key == key else { return .build("the tool, options or folders changed", recorded: manifest.inputs) }
        guard let site,
              FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputGuard.markerName).path),
              site.fingerprint == manifest.output else {
            return .build("\(output.lastPathComponent)/ changed since the last build", recorded: manifest.inputs)
        }
        switch inputs.compare(with: manifest.inputs) {
        case .same: return .upToDate(manifest)
        case .sameContents(let restamped):
            manifest.inputs = restamped
            try? save(manifest)
            return .upToDate(manifest)
        case .changed(let path):
            return .build(path.isEmpty ? "the input files changed" : "\(path) changed", recorded: manifest.inputs)
        }
    }

    /// The inputs with their hashes, taken before the build reads them; nil when one cannot be read
    /// (the build then records no manifest). A file whose stamp is the one `recorded` gives it keeps
    /// the hash recorded with it instead of being read again.
    func hashedInputs(reusing recorded: [BuildManifest.Input] = []) -> [BuildManifest.Input]? {
        inputs?.hashed(reusing: recorded)
    }

    /// Records the build just swapped in: `inputs` as hashed before it, its summary and warnings, and
    /// `site`, the fingerprint of the output folder as it is now. Throws when the manifest cannot be written.
    func record(inputs: [BuildManifest.Input], summary: BuildManifest.Summary, warnings: [Diagnostic], site: ContentHash) throws {
        try save(BuildManifest(key: key, summary: summary, warnings: warnings, inputs: inputs, output: site))
    }

    private func save(_ manifest: BuildManifest) throws {
        try FileManager.default.createDirectory(at: manifestURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(manifest.encoded.utf8).write(to: manifestURL, options: .atomic)
    }
}
