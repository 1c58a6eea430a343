#if canImport(Glibc)
import Glibc
#endif

/// A fast 64-bit hash of bytes, to tell whether a file's contents changed between two builds. Not
/// cryptographic: it guards against edits, not against an adversary. Reads eight bytes a step.
struct ContentHash: Sendable, Hashable {
    let value: UInt64

    /// The hash of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) {
        var state = Hasher64()
        state.add(bytes)
        value = state.finish()
    }

    /// The hash of the file at `path`, or nil when it cannot be read.
    init?(file path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var state = Hasher64()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk.baseAddress!, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            state.add(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
        value = state.finish()
    }

    /// A hash with a known value (read back from a manifest).
    init(value: UInt64) {
        self.value = value
    }

    /// Sixteen lowercase hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// The running state of ``ContentHash``: multiply–rotate mixing of 64-bit words, the total length
/// folded in at the end so that chunk boundaries do not matter for whole words.
struct Hasher64: Sendable {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var length: UInt64 = 0
    private var pending: UInt64 = 0
    private var pendingBytes = 0

    /// Feeds `bytes`.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        let count = bytes.count
        while pendingBytes > 0, pendingBytes < 8, index < count {
            pending |= UInt64(bytes[index]) << (8 * UInt64(pendingBytes))
            pendingBytes += 1
            index += 1
        }
        if pendingBytes == 8 {
            mix(pending)
            pending = 0
            pendingBytes = 0
        }
        while index + 8 <= count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        while index < count {
            pending |= UInt64(bytes[index]) << (8 * UInt64(pendingBytes))
            pendingBytes += 1
            index += 1
        }
        length &+= UInt64(count)
    }

    /// Feeds the UTF-8 of `text`.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    /// Feeds one number.
    mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }

    /// The hash of everything fed.
    func finish() -> UInt64 {
        var copy = self
        if copy.pendingBytes > 0 { copy.mix(copy.pending | (UInt64(copy.pendingBytes) << 59)) }
        copy.mix(length)
        var hash = copy.state
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash
    }

    private mutating func mix(_ word: UInt64) {
        var value = word &* 0x87C3_7B91_1142_53D5
        value = (value << 31) | (value >> 33)
        state ^= value &* 0x4CF5_AD43_2745_937F
        state = ((state << 27) | (state >> 37)) &* 5 &+ 0x52DC_E729
    }
}
