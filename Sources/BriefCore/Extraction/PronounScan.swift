/// Finds the last speaker pronoun ("he", "she", "they", "i", "we") before each quotation of a
/// paragraph, reading every token at most once when the quotations come in text order: the answer
/// for a later quotation is the last pronoun since the previous one, or else the previous answer. A
/// scan back to the paragraph's start for every quotation made a long paragraph cost the square of
/// its length.
struct PronounScan {
    /// Tokens before this index have been scanned.
    private var scannedTo = 0
    /// The last pronoun before `scannedTo`, or nil.
    private var lastFound: Int?

    /// The index of the last pronoun of `p` before token `limit`, or nil when there is none.
    mutating func last(before limit: Int, in p: ParagraphText) -> Int? {
        guard limit >= scannedTo else { return Self.scanBack(from: limit, through: 0, in: p) }
        let found = Self.scanBack(from: limit, through: scannedTo, in: p) ?? lastFound
        scannedTo = limit
        lastFound = found
        return found
    }

    /// The last pronoun at an index in `floor..<limit`, scanning back from `limit`.
    private static func scanBack(from limit: Int, through floor: Int, in p: ParagraphText) -> Int? {
        var k = limit - 1
        while k >= floor {
            if p.flags(k).contains(.speakerPronoun) { return k }
            k -= 1
        }
        return nil
    }
}
