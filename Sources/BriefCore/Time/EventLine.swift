/// The line a timeline event shows, held as the words of its paragraph it is made from (a slice
/// sharing the paragraph's storage, with where it lies) rather than as a copy: before they are
/// merged, a timeline of 10,000 articles holds about 240,000 reports. The line is made when read:
/// the words with their first letter capitalised, a comma before a closing quotation mark dropped,
/// and a full stop unless they end in one.
public struct EventLine: Sendable, Hashable, Codable {
    /// The words the line is made from: the clause trimmed of spaces and punctuation at its ends and of
    /// a leading conjunction; or, when not ``condensed``, the line itself.
    public let words: SharedText
    /// Where ``words`` lie in the paragraph of the event's first source, when cut from it.
    public let span: ByteSpan?
    /// Whether the line is made from ``words`` (see the type) rather than being ``words`` as they are.
    public let condensed: Bool

    /// A line given as it is shown.
    public init(_ text: String) {
        self.init(words: SharedText(text), span: nil, condensed: false)
    }

    /// The line of `clause` in `paragraph`: trimmed of spaces, trailing commas and a leading
    /// conjunction (while, and, but, as, whereas); capitalised and ending in a full stop when read.
    public init(clause: ByteSpan, in paragraph: String) {
        guard let shared = clause.sharedSlice(of: paragraph) else {
            self.init(words: SharedText(Self.trimmed(clause.text(in: paragraph)[...])), span: nil, condensed: true)
            return
        }
        let words = Self.trimmed(shared)
        let start = clause.start + shared.utf8.distance(from: shared.startIndex, to: words.startIndex)
        self.init(words: SharedText(words), span: ByteSpan(start: start, end: start + words.utf8.count), condensed: true)
    }

    /// `clause` without spaces and punctuation at its ends and without a leading conjunction.
    static func trimmed(_ clause: Substring) -> Substring {
        var line = clause
        while let first = line.first, first == " " || first == "," || first == ";" || first == "—" { line = line.dropFirst() }
        while let last = line.last, last == " " || last == "," || last == ";" || last == ":" || last == "—" { line = line.dropLast() }
        // Only the line's first characters can start with a conjunction: they are lower-cased, not the whole line.
        let head = line.prefix(longestConjunction).lowercased()
        for conjunction in TemporalLexicon.lineConjunctions where head.hasPrefix(conjunction) {
            line = line.dropFirst(conjunction.count)
            break
        }
        return line
    }

    /// The length, in characters, of the longest conjunction a line drops.
    static let longestConjunction = TemporalLexicon.lineConjunctions.map(\.count).max() ?? 0

    /// The value from its parts (read back from a cache).
    public init(words: SharedText, span: ByteSpan?, condensed: Bool) {
        self.words = words
        self.span = span
        self.condensed = condensed
    }

    /// The line as shown.
    public var text: String {
        guard condensed else { return words.string }
        var line = words.slice
        if line.hasSuffix(",\u{201D}") || line.hasSuffix(",\"") {  // `time,”` ends the line as `time”`
            line = line.dropLast(2) + line.suffix(1)
        }
        guard let first = line.first else { return "" }
        var result = String(first).uppercased() + line.dropFirst()
        if let last = result.last, !".?!”\"’".contains(last) { result += "." }
        return result
    }

    /// The line with its words sliced from `paragraph` (the text of the event's first source) when
    /// they are the same words there: a line read back from a cache or parked then holds no copy.
    public func sharing(_ paragraph: String) -> EventLine {
        guard condensed, let span, span.end <= paragraph.utf8.count else { return self }
        let slice = span.slice(of: paragraph)
        guard slice.utf8.elementsEqual(words.slice.utf8) else { return self }
        return EventLine(words: SharedText(slice), span: span, condensed: true)
    }
}
