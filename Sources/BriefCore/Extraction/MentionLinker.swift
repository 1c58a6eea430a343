/// Binds an article's names together: each full name is an entity; a surname alone ("Macron", or
/// "Xi" for a family-name-first "Xi Jinping") binds to the one full name it can mean among those the
/// article has written before it (or in the whole article, when none comes before), and stays unbound —
/// reported as ambiguous — when it could mean two; a one-word name that binds to
/// nothing is a person only when a title or a speech verb says so. Organisations and places bind by
/// canonical name. The byline's author is left out.
struct MentionLinker {
    /// The result: mentions in text order with their candidates, entities, roles and ambiguities.
    struct Linked: Sendable {
        var mentions: [Mention] = []
        var candidates: [NameCandidate] = []
        var entities: [ArticleEntity] = []
        var genders: [Gender] = []
        var roles: [StatedRole] = []
        var ambiguities: [NameAmbiguity] = []
        /// The speaking pronouns ("he said") in text order with what each was resolved to; filled
        /// after linking, by ``SpokenPronoun/resolveAll(linked:paragraphs:)``.
        var spokenPronouns: [SpokenPronoun] = []
        /// Per paragraph (0-based), the mention whose name starts at a token index.
        var byStart: [TokenIndexMap] = []
        /// Per paragraph (0-based), the mention whose name ends at a token index (its last token).
        var byEnd: [TokenIndexMap] = []
        /// Per paragraph (0-based), the name tokens of each mention that starts in it.
        var mentionTokens: [MentionTable<Range<Int>>] = []
        /// Per paragraph (0-based), the kind of each mention that starts in it.
        var mentionKinds: [MentionTable<ActorKind>] = []
        /// Person names the article gives no evidence for, in text order: full names with no known given
        /// name, title, role or speech, and one-word names that bind to no confirmed name. They take no
        /// part in attribution; ``TentativeNames`` keeps them for the corpus to confirm.
        var unconfirmed: [NameCandidate] = []
    }

    /// A mutable entity under construction.
    private struct Draft {
        var name: String
        var kind: ActorKind
        var mentions: [Int] = []
        var surfaces: Set<String> = []
        var gender: Gender = .unknown
        var roles: [Int] = []
    }

    /// Links the candidates of every paragraph (`candidates[i]` belongs to `paragraphs[i]`).
    static func link(_ candidates: [[NameCandidate]], paragraphs: [ParagraphText], byline: String?) -> Linked {
        let author = byline.map { Tokenizer.tokenize($0).filter { $0.kind == .word }.map(\.lower) } ?? []
        var all = candidates.joined().filter { !isAuthor($0, author) }
        all.sort { ($0.paragraph, $0.span.start) < ($1.paragraph, $1.span.start) }
        dropCommonWords(&all, paragraphs: paragraphs)
        trimToWrittenNames(&all, paragraphs: paragraphs)
        CoupleNames.shareSurnames(&all, paragraphs: paragraphs)
        AcronymExpansion.expand(&all, paragraphs: paragraphs)

        // Words that start a longer capitalised name ("Airbus" in "Airbus Industrie") are brands or
        // organisations, not surnames.
        let leading = leadingWords(paragraphs)
        let described = describedWords(paragraphs)
        let singles = all.filter { $0.kind == .person && $0.words.count == 1 && !$0.isTitleWord && !leading.contains($0.words[0]) && !described.contains($0.words[0]) }
        let confirmedSingles = Set(singles.filter { $0.titled || $0.speaks || $0.hasPersonContext }.map { $0.words[0] })
            .subtracting(onlySentenceInitial(singles, paragraphs: paragraphs))
        var confirmed = all.map { c in
            c.kind == .person && c.words.count >= 2 && isConfirmedFullName(c, singles: confirmedSingles)
                && !isHeadlineWordBeforeSurname(c, paragraphs: paragraphs)
        }
        confirmListed(&confirmed, all, paragraphs: paragraphs)
        confirmRepeated(&confirmed, all)
        var linked = Linked()
        linked.unconfirmed = all.indices.filter { all[$0].kind == .person && all[$0].words.count >= 2 && !confirmed[$0] }.map { all[$0] }
        all = all.indices.filter { all[$0].kind != .person || all[$0].words.count < 2 || confirmed[$0] }.map { all[$0] }

        var drafts: [Draft] = []
        var keyToDraft: [String: Int] = [:]
        // Each full name's identity, by index in `all`; the short name of each other person candidate.
        var fullKeys = [String?](repeating: nil, count: all.count)
        var nameKeys = all.indices.map { i in all[i].kind == .person && all[i].words.count >= 2 ? PersonNameKey(words: all[i].words) : nil }
        let shortNames = shortForms(all, nameKeys: &nameKeys)
        let identities = PersonNameKey.identities(nameKeys.compactMap { $0 })
        var index = ShortNameIndex()
        // The people whose full name the article writes with a title or a role.
        var titled: Set<Int> = []
        // How many times the article writes each person's full name.
        var fullNameCount: [Int: Int] = [:]
        // Full names first, so that short names can bind to them.
        // By index, reading fields: a `for c in all` loop copies every candidate (its strings and words).
        for i in all.indices {
            guard let nameKey = nameKeys[i], let key = identities[nameKey] else { continue }
            fullKeys[i] = key
            if keyToDraft[key] == nil {
                keyToDraft[key] = drafts.count
                drafts.append(Draft(name: all[i].surface, kind: .person, gender: all[i].gender))
            } else if let d = keyToDraft[key], all[i].surface.utf8.count > drafts[d].name.utf8.count {
                drafts[d].name = all[i].surface
            }
            index.add(nameKey, entity: keyToDraft[key]!, position: i)
            if all[i].role != nil || all[i].hasAppositiveRole || all[i].titled { titled.insert(keyToDraft[key]!) }
            fullNameCount[keyToDraft[key]!, default: 0] += 1
        }

        let orgLongNames = OrganisationShortName.longNames(all, paragraphs: paragraphs)
        var ambiguous: [String: [String]] = [:]
        for i in all.indices {
            var c = all[i]
            var entity: Int?
            var rule: RuleID?
            let binding = shortNames[i].map { short in
                index.bind(short, at: i) { drafts[$0].gender.agrees(with: c.gender) || c.gender == .unknown }
            } ?? .unbound
            switch c.kind {
            case .person where fullKeys[i] != nil:
                entity = keyToDraft[fullKeys[i]!]
                rule = .bindFullName
            case .person where c.isTitleWord:
                // A title alone is a person only as the surname of one of the article's full names.
                guard case .bound(let d) = binding else { continue }
                entity = d
                rule = .bindTitleAsSurname
            case .person:
                if case .bound(let d) = binding {
                    entity = d
                    rule = .bindShortName
                } else if case .ambiguous(let options) = binding, let d = principal(of: options, titled: titled, fullNameCount: fullNameCount) {
                    entity = d
                    rule = .bindTitledFamilyName
                } else if case .ambiguous(let options) = binding {
                    ambiguous[c.surface] = options.map { drafts[$0].name }.sorted()
                    rule = .bindAmbiguous
                } else if c.words.count == 1, confirmedSingles.contains(c.words[0]) {
                    entity = draft(for: "1:" + c.words[0], name: c.surface, kind: .person, &drafts, &keyToDraft)
                    rule = .bindSingleName
                } else {
                    if c.words.count == 1 { linked.unconfirmed.append(c) }
                    continue
                }
            case .organization, .place:
                // "“…,” says House" in an article about Christopher House: a one-word name that speaks and
                // is the short form of one person's name is that person.
                if c.speaks, case .bound(let d) = binding {
                    c.kind = .person
                    entity = d
                    rule = .bindSpeakingShortName
                    break
                }
                let name = c.canonical ?? c.surface
                if c.kind == .organization {
                    // "Samsung", "Samsung Electronics" and "Samsung Electronics Co." are one company, named by its longest name.
                    let key = OrganisationShortName.longName(of: c, in: orgLongNames) ?? OrganisationShortName.key(name)
                    let d = draft(for: "organization:" + key, name: name, kind: c.kind, &drafts, &keyToDraft)
                    if c.canonical == nil, name.utf8.count > drafts[d].name.utf8.count { drafts[d].name = name }
                    entity = d
                    rule = .bindOrganisation
                } else {
                    entity = draft(for: c.kind.rawValue + ":" + Token.lowered(name), name: name, kind: c.kind, &drafts, &keyToDraft)
                    rule = .bindPlace
                }
            }
            let index = linked.mentions.count
            linked.mentions.append(Mention(paragraph: c.paragraph, span: c.span, surface: c.surface, kind: c.kind, acts: c.acts, entity: entity,
                                           binding: rule))
            linked.candidates.append(c)
            if let e = entity {
                drafts[e].mentions.append(index)
                drafts[e].surfaces.insert(c.surface)
                drafts[e].gender = drafts[e].gender.merged(with: c.gender)
            }
        }
        linked.roles = roles(of: linked, paragraphs: paragraphs)
        for (r, role) in linked.roles.enumerated() {
            if let e = linked.mentions[role.mention].entity { drafts[e].roles.append(r) }
        }
        linked.entities = drafts.map { d in
            var entity = ArticleEntity(name: d.name, kind: d.kind, mentions: d.mentions,
                                       aliases: d.surfaces.subtracting([d.name]).sorted(), roles: d.roles)
            entity.gender = d.gender
            return entity
        }
        linked.genders = drafts.map(\.gender)
        linked.ambiguities = ambiguous.keys.sorted().map { NameAmbiguity(name: $0, candidates: ambiguous[$0]!, articles: []) }
        linked.byStart = paragraphs.map { TokenIndexMap(count: $0.tokens.count) }
        linked.byEnd = linked.byStart
        for m in linked.candidates.indices {
            let paragraph = linked.candidates[m].paragraph - paragraphs[0].number, tokens = linked.candidates[m].tokens
            linked.byStart[paragraph][tokens.lowerBound] = m
            linked.byEnd[paragraph][tokens.upperBound - 1] = m
        }
        tableMentions(of: &linked, paragraphs: paragraphs)
        linked.unconfirmed.sort { ($0.paragraph, $0.span.start) < ($1.paragraph, $1.span.start) }
        return linked
    }

    /// The short name of each candidate that may be the short form of a full name: a one-word name, and
    /// a name of several words that ends a longer full name of the article ("Al Mnajer" of "Mohammad Al
    /// Mnajer"), whose key is cleared so that it is not a full name of its own.
    static func shortForms(_ all: [NameCandidate], nameKeys: inout [PersonNameKey?]) -> [String?] {
        var tails: Set<String> = []
        for key in nameKeys { if let key { tails.formUnion(key.tails) } }
        var out = [String?](repeating: nil, count: all.count)
        for i in all.indices {
            if let key = nameKeys[i] {
                let words = key.words.joined(separator: " ")
                if key.suffix == nil, tails.contains(words) {
                    out[i] = words
                    nameKeys[i] = nil
                }
            } else if all[i].words.count == 1 {
                out[i] = all[i].words[0]
            }
        }
        return out
    }

    /// Capitalised words the article also writes in lower case are common words, not names: the first
    /// word of a person's name that is not a given name ("Calls Trump", "Interestingly Blocher": the name
    /// starts after it), and a word in capitals no lexicon knows ("WORK", "USED": emphasis, not an
    /// acronym's organisation). The article's words are read once for both.
    static func dropCommonWords(_ all: inout [NameCandidate], paragraphs: [ParagraphText]) {
        guard let base = paragraphs.first?.number else { return }
        let trimmed = { (c: NameCandidate) in c.kind == .person && c.words.count >= 2 && !c.givenName }
        let shouted = { (c: NameCandidate) in c.kind == .organization && c.canonical == nil && c.words.count == 1 && ShoutedText.isInCapitals(c.surface) }
        let words = Set(all.lazy.filter { trimmed($0) || shouted($0) }.map { $0.words[0] })
        guard !words.isEmpty else { return }
        let common = lowerCaseWords(paragraphs, among: words)
        guard !common.isEmpty else { return }
        for i in all.indices where trimmed(all[i]) && common.contains(all[i].words[0]) {
            let p = paragraphs[all[i].paragraph - base]
            let first = all[i].tokens.lowerBound
            guard p.flags[first].isDisjoint(with: [.particle, .familyFirst]) else { continue }
            all[i] = NameRecognizer.make((first + 1)..<all[i].tokens.upperBound, kind: .person, canonical: nil, p)
        }
        all.removeAll { shouted($0) && common.contains($0.words[0]) }
    }

    /// Cuts a person's name of three words or more to the longest name of two words or more that the
    /// article also writes on its own and that opens it, in a sentence in title case: "Rand Paul Scores
    /// Direct Hit", a headline, is "Rand Paul" where the article names Rand Paul.
    static func trimToWrittenNames(_ all: inout [NameCandidate], paragraphs: [ParagraphText]) {
        guard let base = paragraphs.first?.number, all.contains(where: { $0.kind == .person && $0.words.count >= 3 }) else { return }
        let written = Set(all.lazy.filter { $0.kind == .person && $0.words.count >= 2 }.map { $0.words.joined(separator: " ") })
        for i in all.indices where all[i].kind == .person && all[i].words.count >= 3 {
            let p = paragraphs[all[i].paragraph - base]
            guard isTitleCase(sentence: p.sentenceOf[all[i].tokens.lowerBound], in: p) else { continue }
            let words = all[i].words
            guard let width = stride(from: words.count - 1, through: 2, by: -1).first(where: { written.contains(words.prefix($0).joined(separator: " ")) })
            else { continue }
            let first = all[i].tokens.lowerBound
            all[i] = NameRecognizer.make(first..<(first + width), kind: .person, canonical: nil, p)
        }
    }

    /// Whether sentence `index` of `p` is written in title case, as headlines are: four words or more,
    /// at least three in four of them capitalised.
    static func isTitleCase(sentence index: Int, in p: ParagraphText) -> Bool {
        var words = 0, capitalised = 0
        for t in p.sentences[index] where p.tokens[t].kind == .word {
            words += 1
            if p.tokens[t].isCapitalized { capitalised += 1 }
        }
        return words >= 4 && capitalised * 4 >= words * 3
    }

    /// Those of `words` that the article writes in lower case somewhere: common words, not names.
    static func lowerCaseWords(_ paragraphs: [ParagraphText], among words: Set<String>) -> Set<String> {
        // Lengths first: most tokens are ruled out without hashing their text.
        var lengths = [Bool](repeating: false, count: 64)
        for word in words where word.utf8.count < lengths.count { lengths[word.utf8.count] = true }
        var out: Set<String> = []
        for p in paragraphs {
            for token in p.tokens where token.kind == .word && !token.isCapitalized {
                let length = token.lower.utf8.count
                if length < lengths.count, lengths[length], words.contains(token.lower) { out.insert(token.lower) }
            }
        }
        return out
    }

    /// Fills `linked.mentionTokens` and `linked.mentionKinds`: per paragraph, the mentions that start
    /// in it (those `byStart` holds). Mentions are in text order, so a paragraph's are consecutive.
    static func tableMentions(of linked: inout Linked, paragraphs: [ParagraphText]) {
        var m = 0
        linked.mentionTokens.reserveCapacity(paragraphs.count)
        linked.mentionKinds.reserveCapacity(paragraphs.count)
        for (index, p) in paragraphs.enumerated() {
            let first = m
            var tokens: [Range<Int>?] = [], kinds: [ActorKind?] = []
            while m < linked.candidates.count && linked.candidates[m].paragraph == p.number {
                let range = linked.candidates[m].tokens
                let held = linked.byStart[index][range.lowerBound] == m
                tokens.append(held ? range : nil)
                kinds.append(held ? linked.candidates[m].kind : nil)
                m += 1
            }
            linked.mentionTokens.append(MentionTable(base: first, values: tokens))
            linked.mentionKinds.append(MentionTable(base: first, values: kinds))
        }
    }

    /// Single words that speak but are never titled, not known given names, and are capitalised only
    /// where a sentence starts ("Talks continued."): a common noun can open a sentence, a name is
    /// written capitalised anywhere.
    static func onlySentenceInitial(_ singles: [NameCandidate], paragraphs: [ParagraphText]) -> Set<String> {
        guard let first = paragraphs.first?.number else { return [] }
        var elsewhere: Set<String> = [], initial: Set<String> = []
        for c in singles {
            let index = c.paragraph - first
            guard index >= 0, index < paragraphs.count else { continue }
            if c.titled || c.givenName || !paragraphs[index].startsSentence(c.tokens.lowerBound) {
                elsewhere.insert(c.words[0])
            } else {
                initial.insert(c.words[0])
            }
        }
        return initial.subtracting(elsewhere)
    }

    /// The one person among `options` whom the article introduces with a title or a role and names in
    /// full at least as often as each of the others, who share the surname without one ("Sen. Ted Cruz"
    /// and "his wife Heidi Cruz": "Cruz said" is the senator's), or nil. A famous name written without
    /// a title ("Hillary Clinton") named more often than a titled one ("former President Bill Clinton")
    /// leaves the surname ambiguous.
    static func principal(of options: [Int], titled: Set<Int>, fullNameCount: [Int: Int]) -> Int? {
        let withRole = options.filter(titled.contains)
        guard withRole.count == 1, let chosen = withRole.first else { return nil }
        let count = fullNameCount[chosen, default: 0]
        return options.allSatisfy { fullNameCount[$0, default: 0] <= count } ? chosen : nil
    }

    /// The draft for `key`, created with `name` when new.
    private static func draft(for key: String, name: String, kind: ActorKind, _ drafts: inout [Draft],
                              _ keys: inout [String: Int]) -> Int {
        if let d = keys[key] { return d }
        keys[key] = drafts.count
        drafts.append(Draft(name: name, kind: kind))
        return drafts.count - 1
    }

    /// The roles stated for the article's person mentions, before the name or in an appositive.
    static func roles(of linked: Linked, paragraphs: [ParagraphText]) -> [StatedRole] {
        var out: [StatedRole] = []
        let base = paragraphs.first?.number ?? 1
        // A photo caption tells what a picture shows, often years old: its roles are not the article's.
        let captions = paragraphs.map(isCaption)
        for m in linked.candidates.indices where linked.candidates[m].kind == .person {
            let c = linked.candidates[m]
            let p = paragraphs[c.paragraph - base]
            if captions[c.paragraph - base] { continue }
            if let range = c.role, let parts = RoleExtractor.parts(of: range, in: p) {
                out.append(StatedRole(title: parts.title, affiliation: parts.affiliation, text: parts.text,
                                      paragraph: c.paragraph, span: parts.span, mention: m))
            }
            if p.tokens[c.tokens.upperBound - 1].possessiveLength == 0,
               let parts = RoleExtractor.appositive(after: c.tokens.upperBound, in: p) {
                out.append(StatedRole(title: parts.title, affiliation: parts.affiliation, text: parts.text,
                                      paragraph: c.paragraph, span: parts.span, mention: m))
            }
        }
        return out
    }

    /// Whether the paragraph is a photo caption: it holds a photographer's credit, a slash between
    /// capitalised words ("Adrian Wyld / The Canadian Press", "(Ryan Remiorz/CP)").
    static func isCaption(_ p: ParagraphText) -> Bool {
        let tokens = p.tokens
        for i in tokens.indices.dropFirst().dropLast() where tokens[i].is("/") {
            if tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized {
                return true
            }
        }
        return false
    }

    /// Lower-case words that open a capitalised phrase of several words or a model name in the
    /// article ("Airbus" in "Airbus A380", "Boeing Commercial Airplanes") — not surnames — except
    /// given names.
    static func leadingWords(_ paragraphs: [ParagraphText]) -> Set<String> {
        var out: Set<String> = []
        out.reserveCapacity(64)
        for p in paragraphs {
            let tokens = p.tokens
            let flags = p.flags
            for i in tokens.indices.dropLast() where tokens[i].kind == .word && tokens[i].isCapitalized && tokens[i].possessiveLength == 0 {
                let nextKind = tokens[i + 1].kind
                let modelName = nextKind == .number || (nextKind == .word && tokens[i + 1].text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 })
                if modelName || (nextKind == .word && tokens[i + 1].isCapitalized && !flags[i].contains(.roleWord)) {
                    if flags[i].isDisjoint(with: [.givenName, .honorific]) { out.insert(tokens[i].lower) }
                }
            }
        }
        return out
    }

    /// Lower-case capitalised words that follow a common noun describing them somewhere in the
    /// article ("airframer Boeing", "automaker Chrysler"): organisations or things, not surnames.
    static func describedWords(_ paragraphs: [ParagraphText]) -> Set<String> {
        var out: Set<String> = []
        for p in paragraphs {
            let tokens = p.tokens
            let flags = p.flags
            for i in tokens.indices.dropFirst() where tokens[i].kind == .word && tokens[i].isCapitalized {
                guard tokens[i - 1].kind == .word, !tokens[i - 1].isCapitalized, tokens[i - 1].possessiveLength == 0 else { continue }
                let lower = tokens[i - 1].lower
                if !flags[i - 1].isDisjoint(with: [.nonName, .speechVerb, .roleWord, .honorific, .particle, .skippable])
                    || lower.hasASCIISuffix("ly") || lower.hasASCIISuffix("ed") || lower.hasASCIISuffix("ing") { continue }
                if lower.hasASCIISuffix("er") || lower.hasASCIISuffix("or") || lower.hasASCIISuffix("company") || lower.hasASCIISuffix("firm") || lower.hasASCIISuffix("maker") {
                    out.insert(tokens[i].lowerWithoutPossessive)
                }
            }
        }
        return out
    }

    /// Confirms the full names listed beside a confirmed person ("Justin Leonard, Mark Brooks"), forward
    /// then backward through the article's names.
    static func confirmListed(_ confirmed: inout [Bool], _ all: [NameCandidate], paragraphs: [ParagraphText]) {
        guard let base = paragraphs.first?.number else { return }
        func listed(_ a: Int, _ b: Int) -> Bool {
            guard all[a].paragraph == all[b].paragraph, all[a].tokens.upperBound <= all[b].tokens.lowerBound else { return false }
            return PersonContext.joinsList(all[a].tokens.upperBound..<all[b].tokens.lowerBound, in: paragraphs[all[a].paragraph - base])
        }
        let people = all.indices.filter { all[$0].kind == .person && all[$0].words.count >= 2 }
        for (i, j) in zip(people, people.dropFirst()) where confirmed[i] && !confirmed[j] && listed(i, j) { confirmed[j] = true }
        for (i, j) in zip(people, people.dropFirst()).reversed() where confirmed[j] && !confirmed[i] && listed(i, j) { confirmed[i] = true }
    }

    /// Confirms every writing of a full name the article confirms once: "Yasser Arafat" after
    /// "Palestinian President Yasser Arafat" is the same person, title or not.
    static func confirmRepeated(_ confirmed: inout [Bool], _ all: [NameCandidate]) {
        let people = all.indices.filter { all[$0].kind == .person && all[$0].words.count >= 2 }
        guard people.contains(where: { !confirmed[$0] }) else { return }
        let keys = Set(people.filter { confirmed[$0] }.map { PersonNameKey(words: all[$0].words) })
        guard !keys.isEmpty else { return }
        for i in people where !confirmed[i] && keys.contains(PersonNameKey(words: all[i].words)) { confirmed[i] = true }
    }

    /// Whether a name of several words is a person's: its first word is a known given name, or a title,
    /// a speech verb, a stated role or its surname used alone as a speaker says so.
    static func isConfirmedFullName(_ c: NameCandidate, singles: Set<String>) -> Bool {
        c.givenName || c.titled || c.speaks || c.role != nil || c.hasAppositiveRole || c.hasPersonContext
            || singles.contains(c.words[c.words.count - 1]) || FamilyNames.first.contains(c.words[0])
    }

    /// Whether a name of two words whose only evidence is its surname, used alone elsewhere, opens a
    /// sentence or stands in a headline in title case, with a first word no list knows as a given name:
    /// "Derelict Obama and Clinton", "Asserting Clinton …" — a headline's word before a surname. It is
    /// left tentative: a person only if another article confirms the whole name.
    static func isHeadlineWordBeforeSurname(_ c: NameCandidate, paragraphs: [ParagraphText]) -> Bool {
        guard c.words.count == 2, !c.givenName, !c.titled, !c.speaks, c.role == nil, !c.hasAppositiveRole, !c.hasPersonContext,
              !FamilyNames.first.contains(c.words[0]), let base = paragraphs.first?.number else { return false }
        let p = paragraphs[c.paragraph - base]
        return p.startsSentence(c.tokens.lowerBound) || isTitleCase(sentence: p.sentenceOf[c.tokens.lowerBound], in: p)
    }

    /// Whether the candidate names the byline's author.
    static func isAuthor(_ c: NameCandidate, _ author: [String]) -> Bool {
        guard c.kind == .person, !author.isEmpty else { return false }
        return c.words == author || (c.words.count == 1 && c.words[0] == author.last)
    }
}
