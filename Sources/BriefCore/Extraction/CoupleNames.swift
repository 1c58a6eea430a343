/// Two given names sharing one surname: "Kim and Clark Moran", "Bill and Hillary Clinton". The first
/// given name is a person of that surname too ("Kim Moran"), so that "Kim" later in the article binds
/// to her rather than to some other Kim of the briefing.
enum CoupleNames {
    /// Gives each lone given name joined by "and" to a full name that name's surname.
    static func shareSurnames(_ all: inout [NameCandidate], paragraphs: [ParagraphText]) {
        guard all.count >= 2 else { return }
        let base = paragraphs.first?.number ?? 1
        for i in 0..<(all.count - 1) {
            let first = all[i], second = all[i + 1]
            guard first.paragraph == second.paragraph, first.kind == .person, first.words.count == 1, first.givenName,
                  second.kind == .person, second.words.count >= 2, second.givenName,
                  second.tokens.lowerBound == first.tokens.upperBound + 1 else { continue }
            let p = paragraphs[first.paragraph - base]
            guard joiners.contains(p.tokens[first.tokens.upperBound].lower) else { continue }
            let surname = p.text(of: (second.tokens.lowerBound + 1)..<second.tokens.upperBound)
            all[i].words += second.words.dropFirst()
            all[i].surface += " " + surname
        }
    }

}
