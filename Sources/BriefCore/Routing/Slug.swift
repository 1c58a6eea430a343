/// Makes URL slugs: ASCII-folded, lower case, `[a-z0-9-]` only, so a slug can never hold `/` or `..`.
public enum Slug {
    /// The longest slug made, in bytes; longer ones are cut at a hyphen.
    public static let maximumLength = 80

    /// The slug of `text`, or nil when nothing sluggable is left ("Émile Zola" → `emile-zola`,
    /// "Мария Захарова" → `mariya-zakharova`, "../../etc" → `etc`).
    public static func make(_ text: String) -> String? {
        var writer = SlugWriter(capacity: text.utf8.count)
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII folds to itself but for "&": no Unicode look-ups, no Ukrainian test.
            for byte in text.utf8 {
                if byte == UInt8(ascii: "&") { writer.append(contentsOf: "and".utf8) } else { writer.append(byte) }
            }
        } else {
            let ukrainian = ASCIIFolding.looksUkrainian(text)
            for scalar in text.unicodeScalars {
                writer.append(contentsOf: ASCIIFolding.fold(scalar, ukrainian: ukrainian).utf8)
            }
        }
        return writer.slug(maximumLength: maximumLength)
    }

    /// Whether `slug` is already in slug form (what ``make(_:)`` returns).
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && make(slug) == slug
    }
}
