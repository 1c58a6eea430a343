/// Builds a slug byte by byte from ASCII-folded text: letters lower-cased, digits kept, an
/// apostrophe dropped ("O'Brien" → `obrien`), any other run of bytes one hyphen between words.
struct SlugWriter {
    private var out: [UInt8] = []
    private var pendingHyphen = false

    /// A writer with room for `capacity` bytes.
    init(capacity: Int) {
        out.reserveCapacity(capacity)
    }

    /// Adds one ASCII byte of folded text.
    mutating func append(_ byte: UInt8) {
        let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 32 : byte
        let isAlnum = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
        if isAlnum {
            if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            out.append(lower)
        } else if lower != UInt8(ascii: "'") {
            pendingHyphen = true
        }
    }

    /// Adds folded text.
    mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        for byte in bytes { append(byte) }
    }

    /// The slug written, cut at a hyphen when longer than `maximumLength` bytes; nil when empty.
    func slug(maximumLength: Int) -> String? {
        var out = out
        if out.count > maximumLength {
            out = Array(out[..<maximumLength])
            if let cut = out.lastIndex(of: UInt8(ascii: "-")), cut > maximumLength / 2 { out = Array(out[..<cut]) }
            while out.last == UInt8(ascii: "-") { out.removeLast() }
        }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }
}
