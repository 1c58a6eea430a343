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
            for i in range where p.tokens[i].kind == .word {
                let bytes = p.tokens[i].text.utf8
                guard bytes.count >= 2 else { continue }
                let letters = bytes.filter { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
                if letters.count >= 2 && letters.allSatisfy({ $0 <= 0x5A }) { capitals += 1 } else { others += 1 }
            }
            return capitals >= minimumWords && capitals > others
        }
    }

    /// Whether `candidate`, found in a shouted sentence, is a name the lexicons know.
    static func isKnown(_ candidate: NameCandidate) -> Bool {
        candidate.kind == .place || candidate.canonical != nil
    }
}
