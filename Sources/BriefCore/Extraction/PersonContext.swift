/// The shape of the words around a name that only a person's name has, whatever its given name:
/// an initial before it ("M. Atherton"), an age after it ("Takeda, 18,"), a country in brackets after
/// it ("Marcelo Rios (Chile)"), a word of kinship before it ("wife Fouzia Al Hashish"), and a list of names with a confirmed person in it ("Justin Leonard,
/// Mark Brooks"). Names from any country are found this way.
enum PersonContext {
    /// The oldest age read as one ("Takeda, 18,").
    static let oldestAge = 110

    /// Whether the words around `range` of `p` show a person.
    static func around(_ range: Range<Int>, in p: ParagraphText) -> Bool {
        startsWithInitial(range, p) || ageFollows(range.upperBound, p) || countryInBracketsFollows(range.upperBound, p)
            || kinPrecedes(range.lowerBound, p)
    }

    /// "wife Fouzia Al Hashish", "his son Kody": a lower-case word of kinship right before the name.
    static func kinPrecedes(_ start: Int, _ p: ParagraphText) -> Bool {
        guard start > 0, p.tokens[start - 1].kind == .word, !p.tokens[start - 1].isCapitalized else { return false }
        return CommonWords.kinship.contains(p.tokens[start - 1].lower)
    }

    /// "M. Atherton": a capital letter and a period, then the name.
    static func startsWithInitial(_ range: Range<Int>, _ p: ParagraphText) -> Bool {
        guard range.count >= 2 else { return false }
        let bytes = p.tokens[range.lowerBound].text.utf8
        return bytes.count == 2 && bytes.first.map { $0 >= 0x41 && $0 <= 0x5A } == true && bytes.last == 0x2E
    }

    /// ", 18," or ", 18." after the name: an age.
    static func ageFollows(_ end: Int, _ p: ParagraphText) -> Bool {
        guard p.token(end)?.is(",") == true, let number = p.token(end + 1), number.kind == .number,
              let age = Int(number.text), (1...oldestAge).contains(age), let after = p.token(end + 2) else { return false }
        return after.is(",") || after.isTerminal
    }

    /// "( Chile )" after the name.
    static func countryInBracketsFollows(_ end: Int, _ p: ParagraphText) -> Bool {
        guard p.token(end)?.is("(") == true, let word = p.token(end + 1), word.kind == .word else { return false }
        var close = end + 2
        if p.token(close)?.kind == .word { close += 1 }
        guard p.token(close)?.is(")") == true else { return false }
        let name = (end + 1..<close).map { p.tokens[$0].lower }.joined(separator: " ")
        return Countries.canonical(name) != nil
    }

    /// Whether the tokens between two names of a paragraph join them in a list: a comma, "and", "&"
    /// or a semicolon alone.
    static func joinsList(_ between: Range<Int>, in p: ParagraphText) -> Bool {
        guard between.count == 1 else { return false }
        let t = p.tokens[between.lowerBound]
        return t.is(",") || t.is(";") || t.is("&") || t.lower == "and"
    }
}
