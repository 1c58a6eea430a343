extension String {
    /// The text of the UTF-8 bytes `start..<end` of the string, as `String(decoding:as:)` of those
    /// bytes gives it. A long run whose ends fall at the start of a scalar (as line boundaries do) is
    /// copied as it is, without the decoder's validation, which costs a few instructions a byte: a
    /// string's bytes are valid UTF-8, and so is any run of whole scalars. Short runs are decoded in
    /// place (the copy through string indices costs more than validating a few bytes), as are runs
    /// that split a character, which the decoder repairs.
    public func utf8Slice(_ start: Int, _ end: Int) -> String {
        let slice: String?? = utf8.withContiguousStorageIfAvailable { bytes in
            let aligned = (start == bytes.count || bytes[start] & 0xC0 != 0x80) && (end == bytes.count || bytes[end] & 0xC0 != 0x80)
            guard end - start < 64 || !aligned else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let decoded = slice ?? nil { return decoded }
        let utf8 = self.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(utf8.startIndex, offsetBy: end)
        guard slice != nil else { return String(decoding: utf8[lower..<upper], as: UTF8.self) }
        return String(self[lower..<upper])
    }
}
