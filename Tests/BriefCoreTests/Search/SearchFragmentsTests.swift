import Testing
@testable import BriefCore

@Suite struct SearchFragmentsTests {
    /// 2,000 entries: four words in every quarter of them, "said" in all, a rare word in every 37th, and
    /// words of every length.
    static let entries: [SearchEntry] = (0..<2_000).map { n in
        let title = "Headline \(n) \(["minister", "summit", "talks", "treaty"][n % 4]) rare\(n % 37) Émile"
        return SearchEntry(kind: n % 3 == 0 ? .quote : .article,
                           fields: .object([("title", .string(title)), ("link", .string("articles/a\(n)/index.html"))]),
                           heading: [title], body: ["an excerpt of \(n) that said what the minister said"])
    }

    static let budget = 1_000

    @Test func everyWordIsFoundInTheShardsTheManifestNamesForIt() {
        let index = SearchTermIndex(Self.entries)
        let lookup = ShardLookup(SearchShards.cut(index, budget: Self.budget))
        #expect(lookup.shards.count > 10, "split into many shards")
        for term in index.terms {
            #expect(lookup.postings(of: term.word) == term.postings, "\(term.word)")
        }
        #expect(index.terms.first { $0.word == "said" }?.postings.count == 2_000)
        #expect(lookup.shards.filter { $0.words.contains("said") }.count > 1, "a word too large for one shard spans several")
    }

    @Test func aPrefixFindsEveryWordStartingWithIt() {
        let index = SearchTermIndex(Self.entries)
        let lookup = ShardLookup(SearchShards.cut(index, budget: Self.budget))
        for prefix in ["r", "rare", "rare1", "m", "min", "hea", "1", "59", "zzz"] {
            let expected = Set(index.terms.map(\.word).filter { $0.hasPrefix(prefix) })
            #expect(lookup.words(startingWith: prefix) == expected, "\(prefix)")
        }
    }

    @Test func shardsStayWithinTheirBudget() {
        let files = SearchFragments.files(Self.entries, shardBudget: Self.budget, entriesPerBlock: 16)
        let shards = files.filter { $0.path.hasPrefix("search/terms/") }
        #expect(shards.count > 10)
        for shard in shards { #expect(shard.text.utf8.count <= Self.budget + 100, "\(shard.path)") }
        for shard in SearchShards.cut(SearchTermIndex(Self.entries), budget: Self.budget) {
            #expect(shard.json.rendered(pretty: false).utf8.count <= Self.budget)
        }
        let blocks = files.filter { $0.path.hasPrefix("search/entries/") }
        #expect(blocks.count == 125 && blocks.last?.path == "search/entries/124.js")
    }

    @Test func theSameEntriesGiveTheSameFiles() {
        let first = SearchFragments.files(Self.entries, shardBudget: Self.budget)
        let second = SearchFragments.files(Array(Self.entries), shardBudget: Self.budget)
        #expect(first == second)
        #expect(first.first?.path == "search-index.js")
    }

    @Test func theManifestNamesEachShardByItsFirstWord() throws {
        let files = SearchFragments.files(Self.entries, shardBudget: Self.budget, entriesPerBlock: 16)
        let manifest = try Self.data(of: try #require(files.first), prefix: "window.briefSearchManifest = ")
        #expect(manifest["entries"]?.intValue == 2_000 && manifest["block"]?.intValue == 16)
        let shards = try #require(manifest["shards"]?.arrayValue)
        #expect(shards.count == files.filter { $0.path.hasPrefix("search/terms/") }.count)
        #expect(shards.first?.stringValue == "0")
        #expect(manifest["fold"]?["É"]?.stringValue == "e")
    }

    @Test func articleTextIsEscapedInEveryFragment() throws {
        let nasty = "</script><script>alert(1)</script> <!-- \"quoted\" \\back\\slash \u{2028}line\u{2029}para & <b>"
        let entry = SearchEntry(kind: .article, fields: .object([("title", .string(nasty)), ("link", .string("a/index.html"))]),
                                heading: [nasty], body: [])
        let files = SearchFragments.files([entry])
        for file in files {
            #expect(!file.text.contains("</"), "\(file.path)")
            #expect(!file.text.contains("<!--") && !file.text.contains("<"), "\(file.path)")
            #expect(!file.text.unicodeScalars.contains("\u{2028}") && !file.text.unicodeScalars.contains("\u{2029}"), "\(file.path)")
        }
        let block = try #require(files.first { $0.path == "search/entries/0.js" })
        #expect(block.text.hasPrefix(#"(self.briefSearchParts || (self.briefSearchParts = {}))["entries/0"] = "#))
        let data = try Self.data(of: block, prefix: #"(self.briefSearchParts || (self.briefSearchParts = {}))["entries/0"] = "#)
        #expect(data.arrayValue?.first?["title"]?.stringValue == nasty, "the same text once parsed")
        #expect(data.arrayValue?.first?["type"]?.stringValue == "article")
    }

    @Test func postingsAreWrittenInAShortCodeAndReadBack() {
        let postings = [SearchPosting(entry: 3, inHeading: true), SearchPosting(entry: 4, inHeading: false),
                        SearchPosting(entry: 40, inHeading: false), SearchPosting(entry: 1_234_567, inHeading: true)]
        var code: [UInt8] = []
        var previous: Int?
        for posting in postings {
            SearchPostingCode.append(SearchPostingCode.value(of: posting, after: previous), to: &code)
            previous = posting.entry
        }
        let text = String(decoding: code, as: UTF8.self)
        #expect(text.hasPrefix("72"), "7 is 3 × 2 + 1; then a step of one, not in the heading: 2")
        #expect(SearchPostingCode.postings(text) == postings)
        #expect(SearchPostingCode.postings("Z") == nil, "a number left open")
        #expect(text.utf8.allSatisfy { SearchPostingCode.alphabet.contains($0) })
    }

    @Test func aPostingKeepsItsEntryAndFlagInFourBytes() {
        #expect(MemoryLayout<SearchPosting>.stride == 4)
        for (entry, inHeading) in [(0, false), (0, true), (77_123, false), ((1 << 31) - 1, true)] {
            let posting = SearchPosting(entry: entry, inHeading: inHeading)
            #expect(posting.entry == entry && posting.inHeading == inHeading)
        }
    }

    @Test func entriesAreMadeInTheirListsOrderWhenRead() {
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: QuoteCreditingTests.articles)
        let entries = SearchIndex.entries(briefing)
        #expect(entries.count == briefing.articles.count + briefing.actors.count + briefing.quotes.count)
        #expect(entries.map(\.kind) == briefing.articles.map { _ in .article } + briefing.actors.map { _ in .actor }
                + briefing.quotes.map { _ in .quote })
        #expect(entries[briefing.articles.count].heading.first == briefing.actors.first?.name)
        #expect(entries.last?.fields["text"]?.stringValue == briefing.quotes.last?.text)
    }

    @Test func scriptLiteralsEscapeOnlyWhatTheyMust() {
        #expect(ScriptLiteral.escaped(#"["a<b>c&d","\u2028 ’"]"#) == #"["a\u003cb\u003ec\u0026d","\u2028 ’"]"#)
        #expect(ScriptLiteral.expression(.string("x\u{2028}y\u{2029}z—")) == #""x\u2028y\u2029z—""#)
    }

    /// The JSON a fragment's script assigns, parsed.
    static func data(of file: PublishedFile, prefix: String) throws -> JSONValue {
        #expect(file.text.hasPrefix(prefix) && file.text.hasSuffix(";\n"))
        let json = file.text.dropFirst(prefix.count).dropLast(2)
        return try JSONParser.parse(Array(json.utf8))
    }
}

/// What `assets/search.js` does with the manifest's list of first words and the shards, in Swift: which
/// shards to load for a word or a prefix, and the postings found there.
struct ShardLookup {
    let shards: [SearchShard]

    init(_ shards: [SearchShard]) {
        self.shards = shards
    }

    /// The shards search.js loads for `prefix` (or for the whole word).
    func shards(for prefix: String, whole: Bool) -> [SearchShard] {
        let firsts = shards.map(\.firstWord)
        let low = firsts.firstIndex { !SearchTermIndex.precedes($0, prefix) } ?? firsts.count
        var found = low > 0 ? [low - 1] : []
        var next = low
        while next < firsts.count, whole ? firsts[next] == prefix : firsts[next].hasPrefix(prefix) {
            found.append(next)
            next += 1
        }
        return found.map { shards[$0] }
    }

    /// `word`'s postings, decoded from every shard search.js loads for it.
    func postings(of word: String) -> [SearchPosting] {
        shards(for: word, whole: true).flatMap { shard in
            zip(shard.words, shard.postings).filter { $0.0 == word }.flatMap { Self.decode($0.1) }
        }
    }

    /// The words starting with `prefix` in the shards search.js loads for it.
    func words(startingWith prefix: String) -> Set<String> {
        Set(shards(for: prefix, whole: false).flatMap(\.words).filter { $0.hasPrefix(prefix) })
    }

    static func decode(_ code: String) -> [SearchPosting] {
        SearchPostingCode.postings(code) ?? []
    }
}
