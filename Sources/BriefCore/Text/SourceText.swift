/// Turns the raw bytes of an input file into text: UTF-8 only, a leading BOM dropped, CRLF and
/// lone CR line ends made LF, control characters (ESC sequences, BEL, C1 codes; tab and line ends
/// kept) and invisible formatting (bidi controls, zero-width spaces: ``InvisibleFormatting``)
/// removed, so they never reach a page, a feed or a terminal. Anything that is not UTF-8, and a
/// file holding NUL bytes (a binary file), is a diagnostic naming line and byte offset.
public enum SourceText {
    /// Decodes `bytes` read from `file`, or throws a ``Diagnostic`` at the first invalid byte.
    public static func decode<Bytes: Collection>(_ bytes: Bytes, file: String) throws(Diagnostic) -> String
    where Bytes.Element == UInt8 {
        var buffer = Array(bytes)
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
        if let offset = firstInvalidUTF8Offset(buffer) {
            let line = buffer[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let hint = buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF])
                ? "The file looks like UTF-16; save it as UTF-8."
                : "Save the file as UTF-8 (for Latin-1 text: iconv -f latin1 -t utf-8)."
            throw Diagnostic(file: file, line: line, column: nil,
                             message: "not valid UTF-8 at byte offset \(offset)", hint: hint)
        }
        if let offset = buffer.firstIndex(of: 0) {
            let line = buffer[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw Diagnostic(file: file, line: line, message: "a NUL byte at byte offset \(offset): this looks like a binary file, not text",
                             hint: "Keep only text articles (.txt, .md) in content/, saved as UTF-8.")
        }
        return normalizeLineEnds(InvisibleFormatting.removed(from: ControlCharacters.removed(from: buffer)))
    }

    /// The byte offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    public static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func normalizeLineEnds(_ bytes: [UInt8]) -> String {
        guard bytes.contains(0x0D) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
