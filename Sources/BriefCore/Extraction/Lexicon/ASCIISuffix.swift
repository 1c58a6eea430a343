extension String {
    /// `hasSuffix(suffix)` for an ASCII `suffix`, compared byte by byte when the string is ASCII too
    /// (where characters are bytes); other strings take the character comparison.
    func hasASCIISuffix(_ suffix: String) -> Bool {
        // The same test on the contiguous bytes (native strings and small ones), without the
        // view's generic iteration; nil when either string is not ASCII or not contiguous.
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { bytes in
            suffix.utf8.withContiguousStorageIfAvailable { tail in Self.asciiSuffix(bytes, tail) } ?? nil
        }
        if let known = fast ?? nil { return known }
        let bytes = utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return hasSuffix(suffix) }
        let tail = suffix.utf8
        return bytes.count >= tail.count && bytes.suffix(tail.count).elementsEqual(tail)
    }

    /// Whether `bytes` end with `tail`, when every byte of both is ASCII (nil otherwise).
    private static func asciiSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>) -> Bool? {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        for byte in tail { high |= byte }
        guard high < 0x80 else { return nil }
        guard bytes.count >= tail.count else { return false }
        let offset = bytes.count - tail.count
        for i in 0..<tail.count where bytes[offset + i] != tail[i] { return false }
        return true
    }

    /// Whether the string holds `'` or `’` (U+2019), by a scan of its bytes (in place when they are
    /// contiguous, as in native and small strings).
    var containsApostropheByte: Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            for i in bytes.indices where bytes[i] == 0x27 || (bytes[i] == 0x99 && i >= 2 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE2) {
                return true
            }
            return false
        }) {
            return found
        }
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if byte == 0x27 || (byte == 0x99 && previous == (0xE2, 0x80)) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
