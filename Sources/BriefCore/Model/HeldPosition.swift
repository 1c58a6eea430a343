/// How the model holds a position or count inside one article (a paragraph number, a mention's or
/// an entity's index): in 32 bits. An article is under 4 GB (``ByteSpan/maximumOffset``), so none
/// reaches 2^31, and a briefing holds several for each of its hundreds of thousands of quotations
/// and statements, where a 64-bit optional takes 16 bytes and a 32-bit one 8.
extension Int32 {
    /// `value`, a position inside an article, held in 32 bits.
    init(held value: Int) {
        self.init(truncatingIfNeeded: value)
    }

    /// `value`, when there is one, held in 32 bits.
    static func held(_ value: Int?) -> Int32? {
        value.map(Int32.init(held:))
    }
}
