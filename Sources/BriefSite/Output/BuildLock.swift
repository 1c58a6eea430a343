import BriefCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps two builds from writing one output folder at once: an exclusive `flock` on `.NAME.lock`
/// beside the output, held for the whole build. The kernel releases it when the process ends, however
/// it ends (`kill -9` included), so a lock is never left stale. While it holds the lock a build also
/// removes the staging folders that killed builds left behind, since no other build can be using them.
public final class BuildLock: Sendable {
    /// The lock file.
    public let url: URL
    private let descriptor: Int32

    /// Takes the lock for `output`, or throws a diagnostic naming the process that holds it.
    public init(output: URL) throws(Diagnostic) {
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        url = parent.appendingPathComponent(".\(output.lastPathComponent).lock")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(message: "cannot create the folder \(parent.path): \(error.localizedDescription)",
                             hint: "Check that it is writable, or choose another --output.")
        }
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw Diagnostic(message: "cannot create the lock file \(url.path): \(String(cString: strerror(errno)))",
                             hint: "Check that \(parent.path) is writable, or choose another --output.")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.holder(fd)
            close(fd)
            throw Diagnostic(message: "another build is writing \(output.path) right now" + (holder.map { " (process \($0))" } ?? ""),
                             hint: "Wait for it to finish and build again; \(output.lastPathComponent)/ is left as it was.")
        }
        descriptor = fd
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        close(descriptor)  // releases the lock
    }

    /// Removes what killed builds of `output` left beside it: staging folders and a site moved aside.
    /// Call only while holding the lock. Returns how many were removed.
    @discardableResult
    public func removeStaleStaging(of output: URL) -> Int {
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let prefix = SiteWriter.stagingPrefix(for: output)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        var removed = 0
        for name in names where name.hasPrefix(prefix) {
            let url = parent.appendingPathComponent(name)
            // A build killed between the two renames of a swap without RENAME_EXCHANGE: the old site
            // was moved aside and the new one not yet in; put the old one back.
            if name.hasSuffix(".old"), !FileManager.default.fileExists(atPath: output.path),
               rename(url.path, output.path) == 0 { continue }
            if (try? FileManager.default.removeItem(at: url)) != nil { removed += 1 }
        }
        return removed
    }

    /// The process id written into a held lock file, when readable.
    private static func holder(_ fd: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
