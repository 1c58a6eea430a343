@testable import BriefSite

/// Reads back what ``CompactEncoder`` wrote. Bytes that are not such an encoding of the type asked
/// for (truncated, altered, another type) throw rather than crash or allocate without bound: every
/// count is checked against the bytes left before anything is reserved.
struct CompactDecoder {
    /// The value encoded in `bytes`, which must hold it exactly.
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        let reader = CompactReader(bytes)
        let value = try reader.decodeValue(type)
        guard reader.bytes.atEnd else { throw reader.corrupt("bytes left after the value") }
        return value
    }
}

/// The bytes and the position reached (the build's own ``ByteReader``, which reads the numbers,
/// flags and strings the encoder writes); one reader serves as the `Decoder` at every depth.
final class CompactReader: Decoder {
    var bytes: ByteReader
    /// How many bytes there are in all.
    let total: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ bytes: [UInt8]) {
        self.bytes = ByteReader(bytes)
        total = bytes.count
    }

    /// How many bytes are left.
    private var left: Int { total - bytes.position }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(CompactKeyedDecoding<Key>(reader: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedDecoding(reader: self)
    }

    func singleValueContainer() -> any SingleValueDecodingContainer {
        CompactSingleDecoding(reader: self)
    }

    /// Reads a value of `type`, which may be an optional (a list's item): with its presence byte.
    func decodeValue<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if type == String.self {
            return try string() as! Value
        } else if type == Int.self {
            return Int(try signed()) as! Value
        } else if let optional = type as? any CompactOptionalDecodable.Type {
            return try optional.decodeCompact(from: self) as! Value
        }
        return try Value(from: self)
    }

    /// Reads a value of `type`, known not to be an optional (a struct's field).
    func decodeField<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if type == String.self {
            return try string() as! Value
        } else if type == Int.self {
            return Int(try signed()) as! Value
        }
        return try Value(from: self)
    }

    func corrupt(_ what: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "compact encoding: \(what) at byte \(bytes.position)"))
    }

    /// `read` on the bytes, its error as a decoding error.
    private func reading<T>(_ read: (inout ByteReader) throws(ByteReader.Corrupt) -> T) throws -> T {
        do {
            return try read(&bytes)
        } catch {
            throw corrupt(error.what)
        }
    }

    func byte() throws -> UInt8 { try reading { reader throws(ByteReader.Corrupt) in try reader.byte() } }
    func bool() throws -> Bool { try reading { reader throws(ByteReader.Corrupt) in try reader.flag() } }
    func unsigned() throws -> UInt64 { try reading { reader throws(ByteReader.Corrupt) in try reader.unsigned() } }

    func signed() throws -> Int64 {
        let raw = try unsigned()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    func integer<Number: FixedWidthInteger>(_ type: Number.Type) throws -> Number {
        if Number.isSigned {
            guard let value = Number(exactly: try signed()) else { throw corrupt("number out of range") }
            return value
        }
        guard let value = Number(exactly: try unsigned()) else { throw corrupt("number out of range") }
        return value
    }

    func string() throws -> String { try reading { reader throws(ByteReader.Corrupt) in try reader.string() } }

    /// The next string, without moving past it (an enum case's name).
    func peekString() throws -> String {
        var ahead = bytes
        do {
            return try ahead.string()
        } catch {
            throw corrupt(error.what)
        }
    }

    func double() throws -> Double {
        guard left >= 8 else { throw corrupt("end of data") }
        var raw: UInt64 = 0
        for index in 0..<8 { raw |= UInt64(try byte()) << (8 * UInt64(index)) }
        return Double(bitPattern: raw)
    }

    /// A list's count, which cannot exceed the bytes left (every item takes at least one).
    func count() throws -> Int {
        guard left >= 4 else { throw corrupt("end of data") }
        var value = 0
        for index in 0..<4 { value |= Int(try byte()) << (8 * index) }
        guard value <= left else { throw corrupt("list longer than the data") }
        return value
    }
}

/// An optional, read as a presence byte then the value.
protocol CompactOptionalDecodable {
    static func decodeCompact(from reader: CompactReader) throws -> Self
}

extension Optional: CompactOptionalDecodable where Wrapped: Decodable {
    static func decodeCompact(from reader: CompactReader) throws -> Self {
        try reader.bool() ? .some(try reader.decodeValue(Wrapped.self)) : .none
    }
}

/// A struct's fields in order; `allKeys` names the case an enum was written with.
struct CompactKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: CompactReader
    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        (try? reader.peekString()).flatMap { Key(stringValue: $0) }.map { [$0] } ?? []
    }

    func contains(_ key: Key) -> Bool { true }
    /// The presence byte of an optional field (the default `decodeIfPresent` asks this first).
    func decodeNil(forKey key: Key) throws -> Bool { !(try reader.bool()) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try reader.bool() ? try reader.decodeField(type) : nil
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try reader.bool() ? try reader.string() : nil }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try reader.bool() ? try reader.integer(type) : nil }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try reader.bool() ? try reader.bool() : nil }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader.bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader.string() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reader.double() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try reader.double()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader.integer(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader.integer(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader.integer(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader.integer(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader.integer(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader.integer(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader.integer(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader.integer(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader.integer(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader.integer(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try reader.decodeField(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try expect(key)
        return reader.container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try expect(key)
        return try reader.unkeyedContainer()
    }

    func superDecoder() -> any Decoder { reader }
    func superDecoder(forKey key: Key) -> any Decoder { reader }

    private func expect(_ key: Key) throws {
        guard try reader.string() == key.stringValue else { throw reader.corrupt("unexpected case") }
    }
}

/// A list: its count, then its items.
struct CompactUnkeyedDecoding: UnkeyedDecodingContainer {
    let reader: CompactReader
    let total: Int
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    init(reader: CompactReader) throws {
        self.reader = reader
        total = try reader.count()
    }

    private mutating func next() throws {
        guard currentIndex < total else { throw reader.corrupt("past the end of a list") }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool {
        // Only an optional item is nil; its presence byte is read by the optional itself.
        false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next()
        return try reader.decodeValue(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next()
        return reader.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next()
        return try reader.unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
        return reader
    }
}

/// One value (an enum's raw value, a wrapper's contents).
struct CompactSingleDecoding: SingleValueDecodingContainer {
    let reader: CompactReader
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
    func decode(_ type: String.Type) throws -> String { try reader.string() }
    func decode(_ type: Double.Type) throws -> Double { try reader.double() }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double()) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decodeValue(type) }
}
