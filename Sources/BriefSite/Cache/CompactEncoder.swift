/// Encodes a `Codable` value into a compact positional byte form for the build cache: the fields of a
/// struct in declaration order without their keys, integers as variable-length numbers, strings as a
/// length and UTF-8, an optional as a presence byte and its value, a list as its count and its items,
/// and an enum case with values as the case's name and its values. The build never reads it back: it
/// keys the cache (an article's bytes name its analysis). The tests' `CompactDecoder` reads it back
/// with the same types, to show that an encoding holds every field; any other type, or the same type
/// changed, reads back wrong or fails, so the cache keys every record by the tool that wrote it.
struct CompactEncoder {
    /// The bytes of `value`.
    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let writer = CompactWriter()
        try writer.encodeValue(value)
        return writer.bytes
    }
}

/// The bytes written so far and the encoding of each kind of value; one writer serves as the
/// `Encoder` at every depth, since the form is positional.
final class CompactWriter: Encoder {
    var bytes: [UInt8] = []
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init() {
        bytes.reserveCapacity(1024)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CompactKeyedEncoding<Key>(writer: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncoding(writer: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactSingleEncoding(writer: self)
    }

    /// Writes `value`, which may be an optional (a list's item): with its presence byte.
    func encodeValue<Value: Encodable>(_ value: Value) throws {
        if Value.self == String.self {
            string(value as! String)
        } else if Value.self == Int.self {
            signed(Int64(value as! Int))
        } else if let optional = value as? any CompactOptional {
            try optional.encodeCompact(to: self)
        } else {
            try value.encode(to: self)
        }
    }

    /// Writes `value`, known not to be an optional (a struct's field): no type check beyond the common types.
    func encodeField<Value: Encodable>(_ value: Value) throws {
        if Value.self == String.self {
            string(value as! String)
        } else if Value.self == Int.self {
            signed(Int64(value as! Int))
        } else {
            try value.encode(to: self)
        }
    }

    /// Writes an optional field: its presence byte, then its value.
    func encodeOptional<Value: Encodable>(_ value: Value?) throws {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        try encodeField(value)
    }

    /// A non-negative number, seven bits a byte, low bits first.
    func unsigned(_ number: UInt64) {
        var rest = number
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// A signed number, zigzag-mapped so that small negatives stay short.
    func signed(_ number: Int64) {
        unsigned(UInt64(bitPattern: (number << 1) ^ (number >> 63)))
    }

    func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func double(_ number: Double) {
        withUnsafeBytes(of: number.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Reserves four bytes for a count to be filled in with ``patchCount(_:at:)``; returns their offset.
    func reserveCount() -> Int {
        bytes.append(contentsOf: [0, 0, 0, 0])
        return bytes.count - 4
    }

    func patchCount(_ count: Int, at offset: Int) {
        let value = UInt32(truncatingIfNeeded: count)
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }
}

/// An optional, which the compact form writes as a presence byte then the value.
protocol CompactOptional {
    func encodeCompact(to writer: CompactWriter) throws
}

extension Optional: CompactOptional where Wrapped: Encodable {
    func encodeCompact(to writer: CompactWriter) throws {
        switch self {
        case .none: writer.bytes.append(0)
        case .some(let value):
            writer.bytes.append(1)
            try writer.encodeValue(value)  // may itself be an optional
        }
    }
}

/// A struct's fields, written in order without keys; a nested container (an enum case) is written
/// with its key's name, which the decoder reads to tell the case.
struct CompactKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: CompactWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { writer.bytes.append(0) }
    mutating func encode(_ value: Bool, forKey key: Key) { writer.bytes.append(value ? 1 : 0) }
    mutating func encode(_ value: String, forKey key: Key) { writer.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) { writer.double(value) }
    mutating func encode(_ value: Float, forKey key: Key) { writer.double(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) { writer.signed(Int64(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) { writer.signed(Int64(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) { writer.signed(Int64(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) { writer.signed(Int64(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) { writer.signed(value) }
    mutating func encode(_ value: UInt, forKey key: Key) { writer.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) { writer.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) { writer.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) { writer.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) { writer.unsigned(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try writer.encodeField(value) }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try writer.encodeOptional(value) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try writer.encodeOptional(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.string(key.stringValue)
        return writer.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.string(key.stringValue)
        return writer.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { writer }
    mutating func superEncoder(forKey key: Key) -> any Encoder { writer }
}

/// A list: its count (filled in as items arrive) then its items.
struct CompactUnkeyedEncoding: UnkeyedEncodingContainer {
    let writer: CompactWriter
    private let countOffset: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(writer: CompactWriter) {
        self.writer = writer
        countOffset = writer.reserveCount()
    }

    private mutating func counted() {
        count += 1
        writer.patchCount(count, at: countOffset)
    }

    mutating func encodeNil() {
        counted()
        writer.bytes.append(0)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        counted()
        try writer.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        counted()
        return writer.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        counted()
        return writer.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        counted()
        return writer
    }
}

/// One value (an enum's raw value, a wrapper's contents).
struct CompactSingleEncoding: SingleValueEncodingContainer {
    let writer: CompactWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { writer.bytes.append(0) }
    mutating func encode(_ value: Bool) { writer.bytes.append(value ? 1 : 0) }
    mutating func encode(_ value: String) { writer.string(value) }
    mutating func encode(_ value: Double) { writer.double(value) }
    mutating func encode(_ value: Float) { writer.double(Double(value)) }
    mutating func encode(_ value: Int) { writer.signed(Int64(value)) }
    mutating func encode(_ value: Int8) { writer.signed(Int64(value)) }
    mutating func encode(_ value: Int16) { writer.signed(Int64(value)) }
    mutating func encode(_ value: Int32) { writer.signed(Int64(value)) }
    mutating func encode(_ value: Int64) { writer.signed(value) }
    mutating func encode(_ value: UInt) { writer.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt8) { writer.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt16) { writer.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt32) { writer.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt64) { writer.unsigned(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try writer.encodeValue(value) }
}
