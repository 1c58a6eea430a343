import Foundation

/// The `brief` binary this test run was built with, run as a user runs it: its exit status and what
/// it printed on stdout and stderr.
struct BriefBinary: Sendable {
    /// What one run printed and returned.
    struct Run: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    let executable: URL

    /// The binary beside the test bundle (`.build/debug/brief`).
    static func find() throws -> BriefBinary {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [beside, Bundle.main.bundleURL, beside.deletingLastPathComponent()].map { $0.appendingPathComponent("brief") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw Missing(description: "no brief binary in \(candidates.map(\.path))")
        }
        return BriefBinary(executable: found)
    }

    /// A `brief` process started in the background, its output going to files in `logs`.
    struct Background {
        let process: Process
        let outURL: URL
        let errURL: URL
        private let handles: [FileHandle]

        fileprivate init(_ executable: URL, _ arguments: [String], folder: URL?, logs: URL, environment: [String: String] = [:]) throws {
            try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
            outURL = logs.appendingPathComponent("out")
            errURL = logs.appendingPathComponent("err")
            _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
            handles = [try FileHandle(forWritingTo: outURL), try FileHandle(forWritingTo: errURL)]
            process = Process()
            process.executableURL = executable
            process.arguments = arguments
            if let folder { process.currentDirectoryURL = folder }
            if !environment.isEmpty {
                process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            }
            process.standardOutput = handles[0]
            process.standardError = handles[1]
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        /// What it printed on stdout so far.
        var stdout: String { String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self) }
        /// What it printed on stderr so far.
        var stderr: String { String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self) }

        /// Stops the process (SIGTERM) and waits for it.
        func stop() {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            handles.forEach { try? $0.close() }
        }
    }

    /// Starts `brief arguments` in the background, its output in files under `logs`, with
    /// `environment` added to this process's.
    func start(_ arguments: [String], in folder: URL? = nil, logs: URL, environment: [String: String] = [:]) throws -> Background {
        try Background(executable, arguments, folder: folder, logs: logs, environment: environment)
    }

    /// Runs `brief arguments` in `folder`, with `environment` added to this process's, and waits
    /// for it (killed after 120 seconds).
    func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("brief-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let running = try start(arguments, in: folder, logs: scratch, environment: environment)
        let deadline = Date().addingTimeInterval(120)
        while running.process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        running.stop()
        return Run(status: running.process.terminationStatus, stdout: running.stdout, stderr: running.stderr)
    }
}
