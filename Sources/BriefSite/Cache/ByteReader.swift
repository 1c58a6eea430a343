/// Reads back, in order, the bytes a ``CompactWriter`` wrote field by field (numbers seven bits a
/// byte, strings as a length and UTF-8, flags and presence bytes, lists as a count and their items).
/// Every read checks the bounds first and throws ``ByteReader/Corrupt`` rather than reading past
/// the end or trusting a length, so a damaged record is rejected, never a crash.
struct ByteReader {
    /// What was wrong with the bytes, and where.
    struct Corrupt: Error, CustomStringConvertible {
        let what: String
        let offset: Int
        var description: String { "\(what) at byte \(offset)" }
    }

    private let bytes: [UInt8]
    private(set) var position: Int

    /// A reader of `bytes` from `start`.
    init(_ bytes: [UInt8], from start: Int = 0) {
        self.bytes = bytes
        position = min(max(start, 0), bytes.count)
    }

    /// Whether every byte has been read.
    var atEnd: Bool { position == bytes.count }

    /// The error for what is wrong at the current position.
    func corrupt(_ what: String) -> Corrupt {
        Corrupt(what: what, offset: position)
    }

    /// The next byte.
    mutating func byte() throws(Corrupt) -> UInt8 {
        guard position < bytes.count else { throw corrupt("end of data") }
        defer { position += 1 }
        return bytes[position]
    }

    /// A flag written as 0 or 1.
    mutating func flag() throws(Corrupt) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw corrupt("not a flag")
        }
    }

    /// A non-negative number, seven bits a byte, low bits first.
    mutating func unsigned() throws(Corrupt) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw corrupt("number too long") }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    /// A number written by ``CompactWriter/number(_:)`` (zigzag-mapped).
    mutating func number() throws(Corrupt) -> Int {
        let raw = try unsigned()
        guard let value = Int(exactly: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))) else { throw corrupt("number out of range") }
        return value
    }

    /// A string: its length in bytes, then its UTF-8.
    mutating func string() throws(Corrupt) -> String {
        let count = try unsigned()
        guard count <= UInt64(bytes.count - position) else { throw corrupt("string longer than the data") }
        let end = position + Int(count)
        defer { position = end }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<end]), as: UTF8.self) }
    }

    /// An optional: its presence byte, then the value `read` reads.
    mutating func optional<Value>(_ read: (inout ByteReader) throws(Corrupt) -> Value) throws(Corrupt) -> Value? {
        try flag() ? try read(&self) : nil
    }

    /// A list: its count, which cannot exceed the bytes left (every item takes at least one), then each item.
    mutating func list<Item>(_ read: (inout ByteReader) throws(Corrupt) -> Item) throws(Corrupt) -> [Item] {
        let count = try unsigned()
        guard count <= UInt64(bytes.count - position) else { throw corrupt("list longer than the data") }
        var items: [Item] = []
        items.reserveCapacity(Int(count))
        for _ in 0..<Int(count) { items.append(try read(&self)) }
        return items
    }
}
