/// Makes URL slugs: ASCII-folded, lower case, `[a-z0-9-]` only, so a slug can never hold `/` or `..`.
public enum Slug {
    /// The longest slug made, in bytes; longer ones are cut at a hyphen.
    public static let maximumLength = 80

    /// The slug of `text`, or nil when nothing sluggable is left ("Émile Zola" → `emile-zola`,
    /// "Мария Захарова" → `mariya-zakharova`, "../../etc" → `etc`).
    public static func make(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        let ukrainian = ASCIIFolding.looksUkrainian(text)
        for scalar in text.unicodeScalars {
            for byte in ASCIIFolding.fold(scalar, ukrainian: ukrainian).utf8 {
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
        }
        if out.count > maximumLength {
            out = Array(out[..<maximumLength])
            if let cut = out.lastIndex(of: UInt8(ascii: "-")), cut > maximumLength / 2 { out = Array(out[..<cut]) }
            while out.last == UInt8(ascii: "-") { out.removeLast() }
        }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }

    /// Whether `slug` is already in slug form (what ``make(_:)`` returns).
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && make(slug) == slug
    }
}
