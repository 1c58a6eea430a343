extension String {
    /// `hasSuffix(suffix)` for an ASCII `suffix`, compared byte by byte when the string is ASCII too
    /// (where characters are bytes); other strings take the character comparison.
    func hasASCIISuffix(_ suffix: String) -> Bool {
        let bytes = utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return hasSuffix(suffix) }
        let tail = suffix.utf8
        return bytes.count >= tail.count && bytes.suffix(tail.count).elementsEqual(tail)
    }

    /// Whether the string holds `'` or `’` (U+2019), by a scan of its bytes.
    var containsApostropheByte: Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if byte == 0x27 || (byte == 0x99 && previous == (0xE2, 0x80)) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
