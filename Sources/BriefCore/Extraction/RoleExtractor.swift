/// Reads roles as the article states them: before a name ("French President Emmanuel Macron",
/// "Foreign Ministry spokeswoman Maria Zakharova") and in an appositive after it ("Maria Zakharova,
/// the ministry’s spokeswoman,"). A role is a title of office, with its affiliation: the country of
/// a demonym ("French" → France) or the organisation named before the title.
enum RoleExtractor {
    /// The parts of a role.
    struct Parts: Sendable, Hashable {
        var title: String
        var affiliation: String?
        var text: String
        var span: ByteSpan
    }

    /// The token range of a role right before `nameStart`, or nil when there is no title there.
    static func premodifier(before nameStart: Int, in p: ParagraphText) -> Range<Int>? {
        var k = nameStart - 1
        var hasHead = false
        while k >= 0, k < p.tokens.count, p.tokens[k].kind == .word {
            // The flags of the word without its possessive ending.
            let f = p.flagsWithoutPossessive(k)
            let capitalized = p.tokens[k].isCapitalized
            if f.contains(.honorific) && k == nameStart - 1 { k -= 1; continue }
            if f.contains(.titleHead) { hasHead = true; k -= 1; continue }
            if !f.isDisjoint(with: [.titleQualifier, .demonym, .country]) || (capitalized && f.contains(.organizationHead))
                || p.flags(k + 1).contains(.demonym) && isNorthOrSouth(p.tokens[k].lowerWithoutPossessive) {
                k -= 1
                continue
            }
            if capitalized && k + 1 < nameStart && p.flags[k + 1].contains(.organizationHead)
                && !NameRecognizer.isNeverName(p.tokens[k].lowerWithoutPossessive, f) {
                k -= 1
                continue
            }
            // "FBI Director James Comey", "New York City Mayor Michael Bloomberg": a known organisation or
            // place right before the title is the office's.
            if capitalized && k + 1 < nameStart && p.flags[k + 1].contains(.roleWord), let width = affiliationWidth(endingAt: k, in: p) {
                k -= width
                continue
            }
            break
        }
        guard hasHead else { return nil }
        var first = k + 1
        // "Adrian Wyld / The Canadian Press Prime Minister Justin Trudeau": after a photo credit's slash,
        // the agency is not the office; the role starts at its title.
        if isAfterCredit(first, in: p) {
            while first < nameStart, !p.flags[first].contains(.roleWord) || p.flags[first].contains(.organizationHead) { first += 1 }
        }
        // Drop leading words that are neither title, demonym nor organisation ("former" stays).
        while first < nameStart, p.flags[first].contains(.honorific) { first += 1 }
        var last = nameStart - 1
        while last >= first, p.flags[last].contains(.honorific) { last -= 1 }
        guard first <= last else { return nil }
        // "to host Trump", "would counsel Clinton": a lower-case title after "to" or a modal is a verb.
        if !p.tokens[first].isCapitalized, first > 0, CommonWords.verbOpeners.contains(p.tokens[first - 1].lower) { return nil }
        // "a President Trump", "would-be president Donald Trump", a crowd's “President Bernie Sanders”:
        // imagined or chanted, not a role the article states.
        if p.insideQuote[first] || first > 0 && CommonWords.hypotheticalTitleMarkers.contains(p.tokens[first - 1].lower) { return nil }
        return first..<(last + 1)
    }

    /// How many words end at token `k` as a known organisation or place ("FBI", "Florida", "New York"),
    /// or nil when they are none.
    static func affiliationWidth(endingAt k: Int, in p: ParagraphText) -> Int? {
        for width in [3, 2] where k - width + 1 >= 0 {
            let range = (k - width + 1)..<(k + 1)
            guard range.allSatisfy({ p.tokens[$0].kind == .word && p.tokens[$0].isCapitalized }) else { continue }
            if Places.longNames.contains(NameRecognizer.joined(p.tokens, range)) { return width }
        }
        return p.flagsWithoutPossessive(k).isDisjoint(with: [.organization, .place]) ? nil : 1
    }

    /// Whether the words from `start` follow a photo credit's slash ("… / The Canadian Press").
    static func isAfterCredit(_ start: Int, in p: ParagraphText) -> Bool {
        var k = start - 1
        if k >= 0, p.tokens[k].lower == "the" { k -= 1 }
        return k >= 0 && p.tokens[k].is("/")
    }

    /// Whether `lower` is "north" or "south", which make a demonym of their own ("North Korean").
    static func isNorthOrSouth(_ lower: String) -> Bool { lower == "north" || lower == "south" }

    /// The parts of the role written in tokens `range`.
    static func parts(of range: Range<Int>, in p: ParagraphText) -> Parts? {
        let tokens = p.tokens
        var country: String?
        var titleWords: [Int] = []
        var orgEnd: Int?
        var k = range.lowerBound
        while k < range.upperBound {
            let lower = Token.lowered(tokens[k].withoutPossessive)
            if country == nil, k + 1 < range.upperBound, let c = Countries.ofDemonym(lower + " " + p.lower(k + 1)) {
                country = c
                k += 2
                continue
            }
            if country == nil, let c = Countries.ofDemonym(lower) ?? Countries.canonical(lower) {
                country = c
                k += 1
                continue
            }
            if tokens[k].isCapitalized && isAffiliationEnd(k, lower, in: p) { orgEnd = k }
            titleWords.append(k)
            k += 1
        }
        guard let firstTitle = titleWords.first else { return nil }
        var affiliation = country
        var titleStart = firstTitle
        if country == nil, let end = orgEnd, end + 1 < range.upperBound {
            // "former New York City Mayor": the qualifiers before the affiliation are the title's.
            var orgStart = firstTitle
            while orgStart < end, !tokens[orgStart].isCapitalized || Titles.pastMarkers.contains(tokens[orgStart].lower) { orgStart += 1 }
            affiliation = p.text(of: orgStart..<(end + 1))
            titleStart = end + 1
        }
        let title = p.text(of: titleStart..<range.upperBound)
        let span = ByteSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        return Parts(title: title, affiliation: affiliation, text: p.text(of: span), span: span)
    }

    /// Whether the capitalised token `k` (`lower`) ends an affiliation inside a role: an organisation's
    /// head word ("Department"), a known organisation ("FBI") or place ("Florida", "New York").
    static func isAffiliationEnd(_ k: Int, _ lower: String, in p: ParagraphText) -> Bool {
        if Organizations.headWords.contains(lower) { return true }
        guard let next = p.token(k + 1), next.kind == .word else { return false }
        return affiliationWidth(endingAt: k, in: p) != nil
    }

    /// Whether token `k`, right after a name's comma, opens a capitalised title without a determiner
    /// (", Minister of Innovation,", ", Chief Executive,"), not a title before another name
    /// (", President Ana Sorel said").
    static func isBareTitle(at k: Int, in p: ParagraphText) -> Bool {
        guard let t = p.token(k), t.kind == .word, t.isCapitalized, t.possessiveLength == 0, p.flags[k].contains(.roleWord) else { return false }
        var j = k
        while let w = p.token(j), w.kind == .word, w.isCapitalized, p.flags[j].contains(.roleWord) { j += 1 }
        guard let next = p.token(j) else { return false }
        return next.is(",") || Self.affiliationPrepositions.contains(next.lower)
    }

    /// The role in an appositive right after a name ending at token `nameEnd`: ", the ministry’s
    /// spokeswoman," or ", a spokesman for the Kremlin,". Nil when none is there.
    static func appositive(after nameEnd: Int, in p: ParagraphText) -> Parts? {
        guard let comma = p.token(nameEnd), comma.is(",") else { return nil }
        var k = nameEnd + 1
        guard let det = p.token(k) else { return nil }
        let bare = isBareTitle(at: k, in: p)
        let possessive = det.possessiveLength > 0 && !CommonWords.contractionHosts.contains(det.lowerWithoutPossessive)
        guard bare || CommonWords.articles.contains(det.lower) || possessive else { return nil }
        let start = k
        var headAt: Int?
        var country: String?
        // ", Minister of Innovation,": a title without a determiner is capitalised words of a role only.
        while bare, k < p.tokens.count, p.tokens[k].kind == .word, p.tokens[k].isCapitalized, p.flags[k].contains(.roleWord) {
            if p.flags[k].contains(.titleHead) { headAt = k }
            k += 1
        }
        while !bare, k < p.tokens.count, k < start + 12, let t = p.token(k), t.kind == .word {
            let lower = Token.lowered(t.withoutPossessive)
            if Titles.isHead(lower) { headAt = k }
            if country == nil, let c = Countries.ofDemonym(lower) { country = c }
            if headAt != nil && Self.roleEndPrepositions.contains(lower) { break }
            k += 1
        }
        guard let head = headAt else { return nil }
        var end = k
        var affiliation = country
        if let t = p.token(k), Self.affiliationPrepositions.contains(t.lower) {
            var m = k + 1
            while m < p.tokens.count, m < k + 8, let w = p.token(m), w.kind == .word { m += 1 }
            if m > k + 1 {
                var orgStart = k + 1
                while orgStart < m, CommonWords.articles.contains(p.lower(orgStart)) { orgStart += 1 }
                if orgStart < m, affiliation == nil { affiliation = p.text(of: orgStart..<m) }
                end = m
            }
        }
        guard let after = p.token(end), after.is(",") || after.is(".") || after.is(")") || after.is(";") else { return nil }
        // The title: the words up to the head after the determiner and any possessive owner.
        var titleStart = bare ? start : start + 1
        for i in start..<head where p.tokens[i].possessiveLength > 0 {
            if affiliation == nil {
                let owner = p.text(of: (i == start ? start : start + 1)..<(i + 1))
                affiliation = String(decoding: owner.utf8.dropLast(p.tokens[i].possessiveLength), as: UTF8.self)
            }
            titleStart = i + 1
        }
        if !bare, det.possessiveLength > 0 { titleStart = max(titleStart, start + 1) }
        while titleStart < head, Countries.ofDemonym(p.lower(titleStart)) != nil { titleStart += 1 }
        let title = p.text(of: min(titleStart, head)..<(head + 1))
        let span = ByteSpan(start: p.tokens[start].span.start, end: p.tokens[end - 1].span.end)
        return Parts(title: title, affiliation: affiliation, text: p.text(of: span), span: span)
    }
}
