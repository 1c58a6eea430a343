/// Finds names in a paragraph: runs of capitalised words (ended by a word that is never part of a
/// name, as in a headline in title case), split where an organisation's name ends
/// ("Foreign Ministry"), stripped of titles, honorifics and demonyms before the name ("French
/// President Emmanuel Macron" → "Emmanuel Macron"), and classified as person, organisation or place
/// from the lexicons. Names of one word with no title are kept as candidates for the
/// ``MentionLinker``, which keeps them when they bind to a full name or when they speak.
enum NameRecognizer {

    /// The candidates of one paragraph, in text order.
    static func candidates(in paragraph: ParagraphText) -> [NameCandidate] {
        var out: [NameCandidate] = []
        out.reserveCapacity(4)
        let tokens = paragraph.tokens
        let flags = paragraph.flags
        var i = 0
        if let place = Dateline.place(in: paragraph) {
            let key = joined(tokens, place)
            out.append(make(place, kind: .place, canonical: Countries.canonical(key), paragraph))
            i = place.upperBound
        }
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].isCapitalized else { i += 1; continue }
            var j = i + 1
            while j < tokens.count, tokens[j - 1].possessiveLength == 0 {
                // "Department of Community Services", "University of Toronto": an organisation's head joins
                // the capitalised words after "of", "on" or "for".
                if isConnector(j, in: paragraph) { j += 2; continue }
                // "Heart and Stroke Foundation": one word and a name ending in an organisation's head.
                if j == i + 1, joinsOrganisation(at: j, in: paragraph) { j += 2; continue }
                // Fields read in place: copying a token retains its strings.
                // A word that is never part of a name ends the run: "Christie Is Over Marco Rubio", a headline
                // in title case, is three runs.
                if tokens[j].kind == .word && ((tokens[j].isCapitalized && !flags[j].contains(.breaksName)) || (flags[j].contains(.particle) && j + 1 < tokens.count && tokens[j + 1].isCapitalized && tokens[j + 1].kind == .word)) {
                    j += 1
                } else {
                    break
                }
            }
            classifyRun(i..<j, in: paragraph, into: &out)
            i = j
        }
        let shouted = ShoutedText.sentences(of: paragraph)
        if shouted.contains(true) {
            out.removeAll { shouted[paragraph.sentenceOf[$0.tokens.lowerBound]] && !ShoutedText.isKnown($0) }
        }
        return out
    }

    /// Classifies one run of capitalised words, appending what it names.
    static func classifyRun(_ run: Range<Int>, in p: ParagraphText, into out: inout [NameCandidate]) {
        var start = run.lowerBound
        let tokens = p.tokens
        let flags = p.flags
        // Leading words that are never names go, unless they open a listed name ("New Hampshire").
        while start < run.upperBound, isNeverName(tokens[start].lower, flags[start]) || isSentenceInitialAdverb(start, p),
              !(flags[start].contains(.startsLongName) && startsListedName(start, run, tokens)) { start += 1 }
        guard start < run.upperBound else { return }
        // An organisation's name ends at its head word: "Foreign Ministry", "Republican National Committee".
        if var head = (start..<run.upperBound).first(where: { flags[$0].contains(.organizationHead) }) {
            // "Samsung Electronics Co.", "Toronto Police Service": head words in a row are one name.
            while head + 1 < run.upperBound, flags[head + 1].contains(.organizationHead) { head += 1 }
            var org = start..<(head + 1)
            if head + 1 < run.upperBound, !tokens[head + 1].isCapitalized {
                // Through its connector, up to a title ("Bank of England Governor Mark Carney").
                let end = ((head + 2)..<run.upperBound).first { flags[$0].contains(.titleHead) } ?? run.upperBound
                org = start..<end
            }
            let canonical = Organizations.canonical(joined(tokens, org))
            // A head word alone ("Division", "the Government") names no organisation.
            if org.count > 1 || canonical != nil {
                out.append(make(org, kind: .organization, canonical: canonical, p))
            }
            if org.upperBound < run.upperBound { classifyRun(org.upperBound..<run.upperBound, in: p, into: &out) }
            return
        }
        // A known country, place or organisation of up to three words at the start.
        // Only a listed first word can start a listed name of several words (a run's words before its
        // last have no possessive ending, so their flags are those of the words joined into the key).
        let startsLong = flags[start].contains(.startsLongName)
        let single = p.flagsWithoutPossessive(start)
        for width in stride(from: min(3, run.upperBound - start), through: 1, by: -1) {
            if width > 1 && !startsLong { continue }
            if width == 1 && single.isDisjoint(with: [.organization, .country]) { continue }
            let range = start..<(start + width)
            let key = joined(tokens, range)
            let last = start + width - 1
            let rest = (start + width)..<run.upperBound
            if let org = Organizations.canonical(key) {
                out.append(make(range, kind: .organization, canonical: org, p))
                if !rest.isEmpty { classifyRun(rest, in: p, into: &out) }
                return
            }
            if let country = Countries.canonical(key) {
                if key == "us" && tokens[start].text != "US" { continue }
                // "Jordan Pell", "Chad Ames": a country that is also a given name, before a surname, is a person's.
                if width == 1 && flags[start].contains(.givenName) && isSurnameShaped(rest, flags) { break }
                // "U.S. President Donald Trump": a country before a title is part of the role.
                if !rest.isEmpty && flags[last + 1].contains(.roleWord) { break }
                out.append(make(range, kind: .place, canonical: country, p))
                if !rest.isEmpty { classifyRun(rest, in: p, into: &out) }
                return
            }
            if width > 1 && Places.contains(key) {
                // "New Hampshire Democrat", "New York Mayor Bill de Blasio": a place before a role is part of it.
                if !rest.isEmpty && flags[last + 1].contains(.roleWord) { break }
                out.append(make(range, kind: .place, canonical: nil, p))
                if !rest.isEmpty { classifyRun(rest, in: p, into: &out) }
                return
            }
        }
        // "Judicial Watch President Tom Fitton": a title inside the run ends its affiliation.
        if let head = (start..<(run.upperBound - 1)).last(where: { flags[$0].contains(.titleHead) }), head > start,
           !flags[head + 1].contains(.roleWord) {
            var prefixEnd = head
            while prefixEnd > start, flags[prefixEnd - 1].contains(.roleWord) { prefixEnd -= 1 }
            if prefixEnd > start { classifyRun(start..<prefixEnd, in: p, into: &out) }
            classifyName((head + 1)..<run.upperBound, in: p, into: &out)
            return
        }
        guard let nameStart = roleStrippedStart(start..<run.upperBound, tokens, flags) else {
            // "Major said", in an article about Robert Major: a title alone may be a surname.
            if run.upperBound - start == 1, isSurnameTitle(start, p) {
                var c = make(start..<run.upperBound, kind: .person, canonical: nil, p)
                c.isTitleWord = true
                out.append(c)
            }
            return
        }
        // "Antigonish, N.S.", "Kissimmee, Fla.": a town before a state's or province's abbreviation.
        if isTownBeforeRegion(run.upperBound, p) {
            out.append(make(nameStart..<run.upperBound, kind: .place, canonical: nil, p))
            return
        }
        // "Minister of Innovation": the portfolio of an office is not a name; a name may follow it
        // ("Secretary of State John Kerry").
        if isPortfolio(nameStart, p) {
            if let given = (nameStart..<(run.upperBound - 1)).first(where: { flags[$0].contains(.givenName) }) {
                classifyName(given..<run.upperBound, in: p, into: &out)
            }
            return
        }
        classifyName(nameStart..<run.upperBound, in: p, into: &out)
    }

    /// Whether the capitalised title at `index` stands alone where a surname would ("Major said"): not
    /// after a determiner, a possessive or another title ("the Major", "his Lordship").
    static func isSurnameTitle(_ index: Int, _ p: ParagraphText) -> Bool {
        guard p.tokens[index].possessiveLength == 0, p.flags[index].contains(.titleHead), !p.flags[index].contains(.honorific) else { return false }
        guard let before = p.token(index - 1) else { return true }
        if before.kind != .word { return true }
        return !before.isCapitalized && before.possessiveLength == 0 && !p.flags[index - 1].contains(.nonName)
            && !CommonWords.determiners.contains(before.lower)
    }

    /// Whether token `j` is a lower-case "of", "on" or "for" between an organisation's capitalised head
    /// word and a capitalised word.
    /// Whether "and" at `j`, after a single capitalised word that is no given name, joins it to two
    /// to four capitalised words ending in an organisation's head ("Heart and Stroke Foundation",
    /// "Food and Drug Administration").
    static func joinsOrganisation(at j: Int, in p: ParagraphText) -> Bool {
        guard j + 1 < p.tokens.count, p.tokens[j].lower == "and", p.flags[j - 1].isDisjoint(with: [.givenName, .country, .place, .demonym]),
              p.tokens[j - 1].possessiveLength == 0 else { return false }
        // "House and Senate" are two; so are "Continental and Louis Dreyfus Corp".
        guard p.tokens[j + 1].kind == .word, p.tokens[j + 1].isCapitalized, !p.flags[j + 1].contains(.givenName) else { return false }
        var k = j + 2
        while k < p.tokens.count, k - j <= 4, p.tokens[k].kind == .word, p.tokens[k].isCapitalized {
            if p.flags[k].contains(.organizationHead) { return true }
            k += 1
        }
        return false
    }

    static func isConnector(_ j: Int, in p: ParagraphText) -> Bool {
        guard j + 1 < p.tokens.count, p.tokens[j].kind == .word, !p.tokens[j].isCapitalized else { return false }
        let lower = p.tokens[j].lower
        guard lower == "of" || lower == "on" || lower == "for" else { return false }
        return p.tokens[j - 1].isCapitalized && p.flags[j - 1].contains(.organizationHead)
            && p.tokens[j + 1].kind == .word && p.tokens[j + 1].isCapitalized && p.flags[j + 1].isDisjoint(with: [.breaksName, .neverName])
    }

    /// Whether a comma and a state's or province's abbreviation follow at `end`.
    static func isTownBeforeRegion(_ end: Int, _ p: ParagraphText) -> Bool {
        guard p.token(end)?.is(",") == true, let next = p.token(end + 1), next.kind == .word, next.isCapitalized else { return false }
        var lower = next.lower
        if lower.hasSuffix(".") { lower.removeLast() }
        return Places.regionAbbreviations.contains(lower) && (next.text.hasSuffix(".") || p.token(end + 2)?.is(".") == true)
    }

    /// Whether the run at `start` follows "of" or "for" after a title ("Minister of Innovation").
    static func isPortfolio(_ start: Int, _ p: ParagraphText) -> Bool {
        guard start >= 2, let connector = p.token(start - 1), connector.lower == "of" || connector.lower == "for" else { return false }
        return p.flags[start - 2].contains(.titleHead)
    }

    /// Whether a listed place, country or organisation of two or three words starts at `start` in `run`.
    static func startsListedName(_ start: Int, _ run: Range<Int>, _ tokens: [Token]) -> Bool {
        (2...3).contains { width in
            guard start + width <= run.upperBound else { return false }
            let key = joined(tokens, start..<(start + width))
            return Places.contains(key) || Countries.canonical(key) != nil || Organizations.canonical(key) != nil
        }
    }

    /// Whether `range` is one or two words that the lexicons do not know: the shape of a surname.
    static func isSurnameShaped(_ range: Range<Int>, _ flags: [LexicalFlags]) -> Bool {
        let known: LexicalFlags = [.country, .place, .placeFeature, .organization, .organizationHead, .roleWord, .neverName, .demonym]
        return (1...2).contains(range.count) && range.allSatisfy { flags[$0].isDisjoint(with: known) }
    }

    /// The first token after leading titles, honorifics and demonyms (when a name follows them), or nil
    /// when nothing is left.
    static func roleStrippedStart(_ range: Range<Int>, _ tokens: [Token], _ flags: [LexicalFlags]) -> Int? {
        var k = range.lowerBound
        while k < range.upperBound - 1 {
            let f = flags[k]
            if !f.isDisjoint(with: [.roleWord, .honorific, .demonym])
                || (f.contains(.country) && flags[k + 1].contains(.roleWord))
                || (tokens[k].lower == "north" || tokens[k].lower == "south") && flags[k + 1].contains(.demonym) {
                k += 1
            } else {
                break
            }
        }
        if !flags[k].isDisjoint(with: [.roleWord, .honorific, .demonym]) { return nil }
        return k
    }

    /// Classifies the name words left after the role: a place, an organisation or a person.
    static func classifyName(_ name: Range<Int>, in p: ParagraphText, into out: inout [NameCandidate]) {
        let tokens = p.tokens
        let words = name.map { tokens[$0].lowerWithoutPossessive }
        // Only the last word of a name can have a possessive ending.
        let lastFlags = p.flagsWithoutPossessive(name.upperBound - 1)
        if words.count > 1, lastFlags.contains(.placeFeature) { return }
        if words.count == 1 {
            let word = words[0]
            if lastFlags.contains(.country), let country = Countries.canonical(word) {
                if word == "us" && tokens[name.lowerBound].text != "US" { return }
                out.append(make(name, kind: .place, canonical: country, p))
                return
            }
            if lastFlags.contains(.place) { out.append(make(name, kind: .place, canonical: nil, p)); return }
            if lastFlags.contains(.organization), let org = Organizations.canonical(word) {
                out.append(make(name, kind: .organization, canonical: org, p))
                return
            }
            let honorific = name.lowerBound > 0 && p.flags[name.lowerBound - 1].contains(.honorific)
            // After an honorific any capitalised word is a surname: "Ms. May", "Mr. Will", "Mr. Major".
            if !honorific && (isNeverName(word, lastFlags) || Countries.isPluralDemonym(word) || lastFlags.contains(.roleWord)) { return }
            if isAcronym(tokens[name.lowerBound].text) {
                // "EDT", "AM": time zones and radio bands are not organisations.
                if !TemporalLexicon.timeZones.contains(word) && !CommonWords.notAcronyms.contains(word) {
                    out.append(make(name, kind: .organization, canonical: nil, p))
                }
                return
            }
            if word.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return }
            if !honorific, CompanyShape.isCompanyName(tokens[name.lowerBound].withoutPossessive) {
                out.append(make(name, kind: .organization, canonical: nil, p))
                return
            }
            out.append(make(name, kind: .person, canonical: nil, p))
            return
        }
        guard words.count <= 5, !words.contains(where: { $0.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }) else { return }
        // The flags of each word (a name's words before its last have no possessive ending).
        func wordFlags(_ i: Int) -> LexicalFlags { i == words.count - 1 ? lastFlags : p.flags[name.lowerBound + i] }
        let given = wordFlags(0).contains(.givenName)
        // "Getty Images Kevin Vickers", "Calgary MP Michelle Rempel": a person's name starts at its given
        // name; capitalised words glued before it (a credit, a place, an office) are not the name.
        // "Fouzia Al Hashish": a particle that is also a given name ("Al") starts no name of its own.
        if !given, words.count >= 3,
           let inner = (1..<(words.count - 1)).first(where: { wordFlags($0).contains(.givenName) && !wordFlags($0).contains(.particle) }) {
            classifyName((name.lowerBound + inner)..<name.upperBound, in: p, into: &out)
            return
        }
        if !given, isNamedForCountry(words, wordFlags) {
            out.append(make(name, kind: .organization, canonical: nil, p))
            return
        }
        if !given {
            for i in words.indices
            where isNeverName(words[i], wordFlags(i)) || !wordFlags(i).isDisjoint(with: [.country, .place, .organization, .demonym, .titleHead]) {
                return
            }
        }
        if words.indices.contains(where: { !wordFlags($0).isDisjoint(with: [.month, .weekday]) && !isMonthSurname($0, of: name, given: given, p) }) { return }
        out.append(make(name, kind: .person, canonical: nil, p))
    }

    /// Whether the name is an organisation named for a country: capitalised words, none a place, a
    /// region, a title or a month, before the country's name ("Air Canada", "Statistics Canada", "Rally
    /// Canada"); "Western Canada" and "Ottawa Canada" are places.
    static func isNamedForCountry(_ words: [String], _ flags: (Int) -> LexicalFlags) -> Bool {
        guard (2...4).contains(words.count), let last = words.last, flags(words.count - 1).contains(.country),
              Countries.canonical(last) != nil else { return false }
        return (0..<(words.count - 1)).allSatisfy { i in
            !isNeverName(words[i], flags(i)) && !CommonWords.regionWords.contains(words[i])
                && flags(i).isDisjoint(with: [.country, .place, .demonym, .month, .weekday, .roleWord, .givenName])
        }
    }

    /// Whether word `i` of the two-word name `name` is a month used as a family name after a given
    /// name ("Theresa May", "Brian May"): the last word, not followed by a day's number.
    static func isMonthSurname(_ i: Int, of name: Range<Int>, given: Bool, _ p: ParagraphText) -> Bool {
        guard given, name.count == 2, i == 1, p.flagsWithoutPossessive(name.upperBound - 1).contains(.month) else { return false }
        return p.token(name.upperBound)?.kind != .number
    }

    /// Whether `lower` is never (part of the start of) a name.
    static func isNeverName(_ lower: String) -> Bool {
        isContraction(lower) || CommonWords.neverName.contains(lower)
    }

    /// Whether `lower`, whose flags are `flags`, is never (part of the start of) a name.
    static func isNeverName(_ lower: String, _ flags: LexicalFlags) -> Bool {
        isContraction(lower) || flags.contains(.neverName)
    }

    /// Whether `lower` is a contraction of a word that is not a name: "I'll", "We’re", "It's".
    static func isContraction(_ lower: String) -> Bool {
        switch lower.utf8.withContiguousStorageIfAvailable(asciiContraction) {
        case .some(.some(let found)): return found
        default: return slowContraction(lower)
        }
    }

    /// ``isContraction(_:)`` read on the bytes: nil (undecided) unless the first apostrophe (`'` or
    /// `’`) has ASCII bytes (or nothing) on both sides, where it stands alone as a character, so that the
    /// characters before it are the bytes before it.
    private static func asciiContraction(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var i = 0
        while i < bytes.count {
            let width = bytes[i] == 0x27 ? 1 : bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 ? 3 : 0
            if width > 0 {
                guard (i == 0 || bytes[i - 1] < 0x80) && (i + width == bytes.count || bytes[i + width] < 0x80) else { return nil }
                return CommonWords.nonName.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<i]), as: UTF8.self))
            }
            i += 1
        }
        return false
    }

    /// ``isContraction(_:)`` by characters.
    private static func slowContraction(_ lower: String) -> Bool {
        guard lower.containsApostropheByte, let apostrophe = lower.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
        return CommonWords.nonName.contains(String(lower[..<apostrophe]))
    }

    /// Whether the token at `index` opens its sentence and reads as an adverb followed by a comma
    /// ("Separately,", "Notably,").
    static func isSentenceInitialAdverb(_ index: Int, _ p: ParagraphText) -> Bool {
        let lower = p.tokens[index].lower
        guard lower.hasASCIISuffix("ly"), lower.utf8.count > 4, !p.flags[index].contains(.givenName), p.token(index + 1)?.is(",") == true else { return false }
        return index == p.sentences[p.sentenceOf[index]].lowerBound || p.token(index - 1)?.kind == .quoteMark
    }

    /// Whether `text` is an acronym such as "EADS": two to five capital letters.
    static func isAcronym(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.count >= 2 && bytes.count <= 5 && bytes.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// The lower-case words of `range`, possessives dropped, joined by spaces.
    static func joined(_ tokens: [Token], _ range: Range<Int>) -> String {
        if range.count == 1 { return tokens[range.lowerBound].lowerWithoutPossessive }
        return range.map { tokens[$0].lowerWithoutPossessive }.joined(separator: " ")
    }

    /// A candidate for the name tokens `range`, with the role, gender and context around it.
    static func make(_ range: Range<Int>, kind: ActorKind, canonical: String?, _ p: ParagraphText) -> NameCandidate {
        let tokens = p.tokens
        // Fields read in place: copying a token retains its strings.
        let lastPossessive = tokens[range.upperBound - 1].possessiveLength
        let span = ByteSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end - lastPossessive)
        let words = range.map { tokens[$0].lowerWithoutPossessive }
        let role = kind == .person ? RoleExtractor.premodifier(before: range.lowerBound, in: p) : nil
        var gender = Gender.unknown
        var titled = false
        var k = range.lowerBound - 1
        while k >= 0, tokens[k].kind == .word, case let f = p.flags[k], !f.isDisjoint(with: [.roleWord, .honorific, .demonym]) {
            if f.contains(.femaleTitle) { gender = .female }
            if f.contains(.maleTitle) { gender = .male }
            if !f.isDisjoint(with: [.titleHead, .honorific]) { titled = true }
            k -= 1
        }
        // "wife Fouzia Al Hashish", "son Kody": a word of kinship says the gender.
        if gender == .unknown, kind == .person, PersonContext.kinPrecedes(range.lowerBound, p) {
            let kin = tokens[range.lowerBound - 1].lower
            gender = CommonWords.femaleKin.contains(kin) ? .female : CommonWords.maleKin.contains(kin) ? .male : .unknown
        }
        // Only the last word of a name can have a possessive ending.
        let firstFlags = p.flagsWithoutPossessive(range.lowerBound)
        if gender == .unknown, kind == .person, range.count > 1 {
            if firstFlags.contains(.maleGivenName) { gender = .male } else if firstFlags.contains(.femaleGivenName) { gender = .female }
        }
        var next = nextWord(after: range.upperBound, in: p)
        let possessive = lastPossessive > 0
        // "Jingyi Pan of IG said": the verb after a full name's affiliation is the person's.
        if kind == .person, range.count >= 2, !possessive, let end = Affiliation.end(after: range.upperBound, in: p) {
            next = nextWord(after: end, in: p) ?? next
        }
        var appositive = false
        if kind == .person, !possessive, p.token(range.upperBound)?.is(",") == true {
            // "Fiorina, speaking to Iowans, said" / "Dana Reyes, the company’s spokeswoman, said".
            appositive = RoleExtractor.appositive(after: range.upperBound, in: p) != nil
            var k = range.upperBound + 1
            while k < tokens.count, k < range.upperBound + 20, !tokens[k].is(","), !tokens[k].isTerminal, !tokens[k].isDoubleQuote { k += 1 }
            if p.token(k)?.is(",") == true { next = nextWord(after: k + 1, in: p) ?? next }
        }
        // "“…,” said Kunin": a name right after a speech verb that follows a quotation.
        let saidBefore = range.lowerBound >= 2 && p.tokens[range.lowerBound - 1].kind == .word && !p.tokens[range.lowerBound - 1].isCapitalized
            && p.flags[range.lowerBound - 1].contains(.speechVerb) && !p.flags[range.lowerBound - 1].contains(.namingVerb)
            && (p.tokens[range.lowerBound - 2].kind == .quoteMark || p.tokens[range.lowerBound - 2].is(","))
        // A verb in the plural ("Reports say", "Apple have") speaks for several, not for a person.
        // Verbs of corporate announcements ("Fiat announced") are no evidence of a person.
        let nextFlags = next.map { p.flags[$0] }
        let singular = nextFlags.map { $0.isDisjoint(with: [.pluralVerb, .institutionalVerb]) } ?? true
        let speaks = saidBefore || !possessive && singular && nextFlags.map { $0.contains(.speechVerb) && !$0.contains(.participle) } == true
        let acts = !possessive && nextFlags.map { !$0.isDisjoint(with: [.speechVerb, .actionWord]) } == true
        return NameCandidate(paragraph: p.number, tokens: range, span: span, surface: p.text(of: span).singleSpaced(), kind: kind,
                             canonical: canonical, words: words, role: role, titled: titled, speaks: speaks,
                             gender: gender, acts: acts, givenName: firstFlags.contains(.givenName), hasAppositiveRole: appositive,
                             hasPersonContext: kind == .person && PersonContext.around(range, in: p))
    }

    /// The index of the word after `index`, skipping adverbs such as "also" and "this week"; nil when
    /// punctuation comes first.
    static func nextWord(after index: Int, in p: ParagraphText) -> Int? {
        var k = index
        while let t = p.token(k), t.kind == .word {
            if p.flags[k].contains(.skippable) { k += 1; continue }
            return k
        }
        return nil
    }
}
