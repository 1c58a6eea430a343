/// Sentences written in capitals — headlines, section labels, sports tables ("SOCCER - JAPAN GET LUCKY
/// WIN") — where capitals say nothing about names: there only names the lexicons know (countries,
/// places, listed organisations) are names, not every capitalised word or "acronym".
enum ShoutedText {
    /// The least number of all-capital words that makes a sentence shouted.
    static let minimumWords = 3

    /// For each sentence of `p`, whether it is shouted: at least ``minimumWords`` words of two letters
    /// or more in capitals, and more of them than other words.
    static func sentences(of p: ParagraphText) -> [Bool] {
        p.sentences.map { range in
            var capitals = 0, others = 0
            for i in range where p.tokens[i].kind == .word && p.tokens[i].isCapitalized {
                if isInCapitals(p.tokens[i].text) { capitals += 1 } else { others += 1 }
            }
            for i in range where p.tokens[i].kind == .word && !p.tokens[i].isCapitalized { others += 1 }
            return capitals >= minimumWords && capitals > others
        }
    }

    /// Whether `word` has two ASCII letters or more and no lower-case one.
    static func isInCapitals(_ word: String) -> Bool {
        var letters = 0
        for byte in word.utf8 {
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    /// Whether `candidate`, found in a shouted sentence, is a name the lexicons know.
    static func isKnown(_ candidate: NameCandidate) -> Bool {
        candidate.kind == .place || candidate.canonical != nil
    }
}
