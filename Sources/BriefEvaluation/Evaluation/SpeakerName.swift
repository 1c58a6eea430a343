import BriefCore
import Foundation  // Only for the Unicode compatibility decomposition (NFKD); no I/O.

/// Speaker names compared as the reference scorer compares them: NFKD, combining marks removed,
/// case-folded, punctuation and symbols (Unicode categories P* and S*) removed, split on whitespace.
public enum SpeakerName {
    /// The folded tokens of `name` ("Dr. José  Ruiz-Díaz" → ["dr", "jose", "ruizdiaz"]).
    public static func tokens(_ name: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass.rawValue == 0 {
            for folded in caseFolded(scalar) {
                if isPythonWhitespace(folded) {
                    if !current.isEmpty { tokens.append(String(current)) }
                    current = String.UnicodeScalarView()
                } else if !isPunctuationOrSymbol(folded) {
                    current.append(folded)
                }
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// The scorer's `acc` rule: folded names equal, or one is a single token equal to the other's
    /// last token ("Lonechild" ~ "Darian Lonechild"). An absent or empty name never matches.
    public static func matches(_ gold: String?, _ predicted: String?) -> Bool {
        let a = tokens(gold ?? ""), b = tokens(predicted ?? "")
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a == b || (a.count == 1 && a[0] == b[b.count - 1]) || (b.count == 1 && b[0] == a[a.count - 1])
    }

    /// The `lenient` rule: ``matches(_:_:)``, or the shorter name's tokens occur contiguously in the
    /// longer's ("Josh Schwerin" ~ "spokesman Josh Schwerin").
    public static func matchesLeniently(_ gold: String?, _ predicted: String?) -> Bool {
        if matches(gold, predicted) { return true }
        let a = tokens(gold ?? ""), b = tokens(predicted ?? "")
        guard !a.isEmpty, !b.isEmpty else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return (0...(long.count - short.count)).contains { long[$0..<$0 + short.count].elementsEqual(short) }
    }

    /// Whether a gold speaker looks like a name: it has an upper-case letter and is not a single
    /// pronoun or relative word ("He", "who").
    public static func looksLikeName(_ gold: String) -> Bool {
        let folded = tokens(gold)
        let hasUpper = gold.unicodeScalars.contains { $0.properties.isUppercase }
        return hasUpper && !(folded.count == 1 && pronouns.contains(folded[0]))
    }

    /// The scorer's pronoun and relative-word list (English function words).
    public static let pronouns: Set<String> = Set("""
        he she they it we i you who whom whose which that this these those him her them us me
        his hers their theirs its our ours your yours one someone somebody anyone anybody everyone everybody
        nobody none some many others other both all each either neither
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Full case folding (Python's `str.casefold`): the lower-case mapping, except where Unicode's
    /// CaseFolding.txt differs from it for text already in NFKD (ß, ẞ, final sigma, Cherokee, old Cyrillic).
    static func caseFolded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar.value {
        case 0xDF, 0x1E9E: return ["s", "s"]
        case 0x3C2: return ["\u{3C3}"]
        case 0x13A0...0x13F5: return [scalar]
        case 0x13F8...0x13FD: return [Unicode.Scalar(scalar.value - 8)!]
        case 0xAB70...0xABBF: return [Unicode.Scalar(scalar.value - 0xAB70 + 0x13A0)!]
        case 0x1C80...0x1C88: return [oldCyrillic[Int(scalar.value - 0x1C80)]]
        default: return Array(scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// CaseFolding.txt for U+1C80–U+1C88 (Cyrillic small letter rounded ve … unblended uk).
    private static let oldCyrillic: [Unicode.Scalar] = ["\u{432}", "\u{434}", "\u{43E}", "\u{441}", "\u{442}", "\u{442}", "\u{44A}", "\u{463}", "\u{A64B}"]

    /// Python's `str.isspace`: White_Space plus the information separators U+001C–U+001F.
    static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    private static func isPunctuationOrSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return false
        }
    }
}
