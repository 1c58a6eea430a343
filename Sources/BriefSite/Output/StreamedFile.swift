import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One file of the new site written as its bytes arrive, compared on the way with the old site's copy:
/// while the bytes match, nothing is written; when they part, the matching start is copied and the
/// rest written; when the whole file matches, the old copy is hard-linked into the new site, keeping
/// its inode and modification time (or, for an overlay over the old site, nothing is made at all).
/// A file of any size costs a fixed buffer in memory.
struct StreamedFile {
    /// How many bytes are gathered before they are compared or written.
    static let bufferSize = 1 << 18

    /// Where the file goes in the new site, and where the old site has it.
    let target: String
    let old: String
    /// Whether a file equal to the old copy is hard-linked to the target (false: left where it is).
    let linksWhenSame: Bool
    private var oldFD: Int32 = -1
    private var newFD: Int32 = -1
    /// Bytes known to equal the old copy's start while nothing is written yet.
    private var matched = 0
    private var buffer: [UInt8] = []
    /// The bytes of the file so far.
    private(set) var size = 0
    /// The first error met, as "what failed: why".
    private(set) var failure: String?
    /// Whether the failure was a full disk (`ENOSPC`, `EDQUOT`).
    private(set) var diskFull = false
    /// A simulated disk's room left, or nil for the real disk.
    let budget: WriteBudget?

    /// Starts the file at `target`, comparing it with `old` when that is a regular file; `budget`
    /// simulates a disk that fills up.
    init(target: String, old: String, linksWhenSame: Bool = true, budget: WriteBudget? = nil) {
        self.target = target
        self.old = old
        self.linksWhenSame = linksWhenSame
        self.budget = budget
        var status = stat()
        if stat(old, &status) == 0, status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) {
            oldFD = open(old, O_RDONLY | O_CLOEXEC)
        }
    }

    /// Appends `text`; `whole` as for bytes.
    mutating func append(_ text: String, whole: Bool = false) {
        var text = text
        text.withUTF8 { append($0, whole: whole) }
    }

    /// Appends `bytes`; with `whole`, they are compared or written at once rather than gathered (a
    /// page handed over in one piece is not copied).
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, whole: Bool = false) {
        if buffer.isEmpty, whole || bytes.count >= Self.bufferSize {
            consume(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Ends the file. Returns whether its bytes were written (false: the old site's copy is the same).
    mutating func close() -> Bool {
        flush()
        defer { closeBoth() }
        guard failure == nil else { return true }
        if newFD < 0, oldFD >= 0 {
            var probe: UInt8 = 0
            if read(oldFD, &probe, 1) == 0 {
                if !linksWhenSame || link(old, target) == 0 { return false }
            }
            diverge()
        }
        if newFD < 0, failure == nil { openNew() }
        return true
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        var pending: [UInt8] = []
        swap(&pending, &buffer)
        pending.withUnsafeBufferPointer { consume($0) }
        pending.removeAll(keepingCapacity: true)
        buffer = pending
    }

    /// Compares `bytes` with the old copy's next bytes, or writes them once the two have parted.
    private mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, bytes.count > 0 else { return }
        size += bytes.count
        if newFD < 0, oldFD >= 0 {
            if oldContinues(with: bytes) {
                matched += bytes.count
                return
            }
            diverge()
        }
        if newFD < 0 { openNew() }
        writeAll(bytes)
    }

    /// Whether the old copy's next bytes are `bytes` (reading them moves on).
    private func oldContinues(with bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let old = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        defer { old.deallocate() }
        var got = 0
        while got < bytes.count {
            let count = read(oldFD, old.baseAddress! + got, bytes.count - got)
            if count <= 0 { return false }
            got += count
        }
        return memcmp(old.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    }

    /// The new file parts from the old copy: writes the start they share, and stops comparing.
    private mutating func diverge() {
        openNew()
        var offset = 0
        var chunk = [UInt8](repeating: 0, count: Self.bufferSize)
        while failure == nil, offset < matched {
            let count = chunk.withUnsafeMutableBytes { pread(oldFD, $0.baseAddress!, min($0.count, matched - offset), off_t(offset)) }
            guard count > 0 else {
                failure = "\(target): cannot read \(old)"
                break
            }
            chunk.withUnsafeBufferPointer { writeAll(UnsafeBufferPointer(rebasing: $0[0..<count])) }
            offset += count
        }
        Glibc.close(oldFD)
        oldFD = -1
    }

    private mutating func openNew() {
        guard newFD < 0 else { return }
        newFD = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if newFD < 0 { fail(errno) }
    }

    private mutating func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard newFD >= 0, failure == nil else { return }
        var offset = 0
        let allowed = budget?.take(bytes.count) ?? bytes.count
        while offset < allowed {
            let count = write(newFD, bytes.baseAddress! + offset, allowed - offset)
            if count < 0 {
                if errno == EINTR { continue }
                fail(errno)
                return
            }
            offset += count
        }
        if allowed < bytes.count { fail(ENOSPC) }
    }

    /// Records the error `code` of a write.
    private mutating func fail(_ code: Int32) {
        failure = "\(target): \(String(cString: strerror(code)))"
        diskFull = code == ENOSPC || code == EDQUOT
    }

    private mutating func closeBoth() {
        if oldFD >= 0 { Glibc.close(oldFD) }
        if newFD >= 0, Glibc.close(newFD) != 0, failure == nil { failure = "\(target): \(String(cString: strerror(errno)))" }
        oldFD = -1
        newFD = -1
    }
}
