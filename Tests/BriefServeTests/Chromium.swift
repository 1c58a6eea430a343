import Foundation

/// Headless Chromium (Debian's `chromium`) driven from the command line: the DOM a page has after its
/// scripts ran, with the browser's console on stderr, and screenshots at a given window size.
struct Chromium: Sendable {
    /// The browser found on this machine, or nil (browser tests are then skipped).
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    /// What a page load left behind: the serialised DOM and the browser's log.
    struct Load: Sendable {
        let dom: String
        let log: String

        /// Uncaught errors and console errors the page's scripts reported.
        var scriptErrors: [String] {
            log.split(separator: "\n").filter { $0.contains(":CONSOLE") && ($0.contains("Uncaught") || $0.contains("Error")) }
                .map(String.init) + (dom.contains("data-script-error=") ? ["data-script-error in the DOM"] : [])
        }
    }

    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    let executable: String

    /// The DOM of `url` after load (`--dump-dom`), with console messages captured; with a virtual time
    /// budget (milliseconds), after the page's timers and loads have had that long.
    /// A browser that dumps nothing at all failed to start its page (seen on a loaded machine): the
    /// dump is tried again, up to ``attempts`` times, before the empty DOM is returned.
    func dumpDOM(_ url: String, virtualTimeBudget: Int? = nil) async throws -> Load {
        let budget = virtualTimeBudget.map { ["--virtual-time-budget=\($0)"] } ?? []
        var load = Load(dom: "", log: "")
        for _ in 0..<Self.attempts {
            let (out, log) = try await run(["--enable-logging=stderr", "--v=0"] + budget + ["--dump-dom", url])
            load = Load(dom: out, log: log)
            if !out.isEmpty { break }
        }
        return load
    }

    /// How many times a browser run that produced nothing is tried.
    static let attempts = 3

    /// A PNG of `url` at `width`×`height` CSS pixels, written to `file`; `dark` asks for the dark colour scheme.
    func screenshot(_ url: String, width: Int, height: Int, dark: Bool = false, to file: URL) async throws {
        let scheme = dark ? ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] : []
        var log = ""
        for _ in 0..<Self.attempts where !FileManager.default.fileExists(atPath: file.path) {
            (_, log) = try await run(scheme + ["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(file.path)", url])
        }
        guard FileManager.default.fileExists(atPath: file.path) else { throw Failed(description: "no screenshot of \(url): \(log.suffix(500))") }
    }

    /// Runs the browser headless with a throwaway profile; stdout and stderr go to files (a pipe could fill
    /// and stall it), and the wait does not block a thread. Killed after 180 seconds: a browser that starts in
    /// a second alone has taken over 30 with the whole suite and other builds on two cores.
    private func run(_ arguments: [String]) async throws -> (String, String) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("brief-chromium-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(scratch.appendingPathComponent("profile").path)"] + arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let running = RunningProcess(process: process)
        let watchdog = Task {
            try await Task.sleep(for: .seconds(180))
            running.process.terminate()
        }
        defer { watchdog.cancel() }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let stdout = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
        let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failed(description: "chromium exited with \(process.terminationStatus): \(stderr.suffix(800))")
        }
        return (stdout, stderr)
    }
}

/// A started process handed to the watchdog task; `terminate()` is safe to call from any thread.
private struct RunningProcess: @unchecked Sendable {
    let process: Process
}
