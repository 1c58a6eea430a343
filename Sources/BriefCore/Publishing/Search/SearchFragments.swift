/// The site search as fragments a page loads on demand, the way Pagefind splits its index, so a page
/// loads kilobytes however large the archive:
///
/// - `search-index.js`, the manifest every page loads: the number of entries, how many a block holds,
///   the first word of each shard and the fold table (``SearchFoldTable``);
/// - `search/terms/N.js`, the shards of the term index (``SearchShards``), loaded for the words typed;
/// - `search/entries/N.js`, the entries `N × block …` as `search.json` holds them plus their `type`,
///   loaded for the results shown.
///
/// Each fragment is a script that stores its data on a global (`briefSearchParts[name]`), so a script
/// tag can load it from `file://`, where `fetch` of local files is blocked.
public enum SearchFragments {
    /// The most bytes of a shard's data (its JSON; the script around it adds under 100 bytes).
    public static let shardBudget = 24_000
    /// Entries in a block.
    public static let entriesPerBlock = 16

    /// The manifest, shards and entry blocks for `briefing`'s entries.
    public static func files(_ briefing: Briefing) -> [PublishedFile] {
        files(SearchIndex.entries(briefing))
    }

    /// The manifest, shards and entry blocks for `entries`, in that order.
    public static func files<Entries: RandomAccessCollection<SearchEntry>>(
        _ entries: Entries, shardBudget: Int = shardBudget, entriesPerBlock: Int = entriesPerBlock
    ) -> [PublishedFile] where Entries.Index == Int {
        var sink: any PublishedFileSink = PublishedFileCollector()
        write(entries, into: &sink, shardBudget: shardBudget, entriesPerBlock: entriesPerBlock)
        return (sink as? PublishedFileCollector)?.files ?? []
    }

    /// The files of ``files(_:shardBudget:entriesPerBlock:)`` written to `sink` one by one, each made as it is written.
    static func write<Entries: RandomAccessCollection<SearchEntry>>(
        _ entries: Entries, into sink: inout any PublishedFileSink, shardBudget: Int = shardBudget,
        entriesPerBlock: Int = entriesPerBlock
    ) where Entries.Index == Int {
        let shards = SearchShards.cut(SearchTermIndex(entries), budget: shardBudget)
        sink.file("search-index.js", "window.briefSearchManifest = "
                  + ScriptLiteral.expression(manifest(entries, shards: shards, block: entriesPerBlock)) + ";\n")
        for (number, shard) in shards.enumerated() {
            let file = fragment("terms/\(number)", shard.json)
            sink.file(file.path, file.text)
        }
        for start in stride(from: 0, to: entries.count, by: entriesPerBlock) {
            let block = entries[start..<min(start + entriesPerBlock, entries.count)]
            let file = fragment("entries/\(start / entriesPerBlock)", .array(block.map(\.typedFields)))
            sink.file(file.path, file.text)
        }
    }

    /// `{"version": 1, "entries": N, "block": B, "shards": [first words], "fold": {…}}`.
    static func manifest(_ entries: some Collection<SearchEntry>, shards: [SearchShard], block: Int) -> JSONValue {
        .object([
            ("version", .int(1)),
            ("entries", .int(entries.count)),
            ("block", .int(block)),
            ("shards", .array(shards.map { .string($0.firstWord) })),
            ("fold", SearchFoldTable.json(entries)),
        ])
    }

    /// `search/NAME.js`: a script storing `data` as `briefSearchParts["NAME"]`.
    static func fragment(_ name: String, _ data: JSONValue) -> PublishedFile {
        let text = "(self.briefSearchParts || (self.briefSearchParts = {}))[" + JSONText.string(name) + "] = "
            + ScriptLiteral.expression(data) + ";\n"
        return PublishedFile(path: "search/\(name).js", text: text)
    }
}
