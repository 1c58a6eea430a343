import BriefCore
import Synchronization

/// The digest of each quotation, statement and event of one build, with what pages show beside it
/// (``ListedItems``), made the first time a page lists the item and kept by its position in the
/// briefing's array, so a page's list is digested as the sequence of its items' digests instead of
/// every field of every item again on every page that lists it.
final class ItemDigests: Sendable {
    /// The digests of one kind of item, for the one array of them the build's lists pick from.
    private struct Table {
        /// The address of the array's storage: lists picked from another array are digested in full.
        var base: Int
        /// The digest of the item at each position; 0 where not made yet.
        var digests: [UInt64]
        /// Makes the digest of the item at a position.
        var make: @Sendable (Int) throws -> UInt64
    }

    private let tables = Mutex([ListedItemKind: Table]())

    /// An empty set of tables, for one build.
    init() {}

    /// Writes `list` to `writer`: its kind, its length, and each item's digest.
    func write<Item: PageDigestible>(_ list: ListedItems<Item>, to writer: CompactWriter) throws {
        writer.string(list.kind.rawValue)
        writer.unsigned(UInt64(list.items.count))
        guard !list.items.isEmpty else { return }
        let all = list.items.base, facts = list.facts
        let kind = list.kind
        let base = Self.address(all)
        let shared = tables.withLock { tables -> Bool in
            if tables[kind] == nil {
                tables[kind] = Table(base: base, digests: Array(repeating: 0, count: all.count)) { try Self.digest(all[$0], facts: facts) }
            }
            return tables[kind]?.base == base && tables[kind]?.digests.count == all.count
        }
        for place in list.items.indices {
            let position = list.items.basePosition(at: place)
            writer.unsigned(shared ? try digest(kind, at: position) : try Self.digest(all[position], facts: facts))
        }
    }

    /// Writes every item of `all`, the briefing's whole array of items of `kind`, as a list of their
    /// digests; false (nothing written) when no page listed items from this array.
    func writeAll<Item>(_ all: [Item], kind: ListedItemKind, to writer: CompactWriter) throws -> Bool {
        let base = Self.address(all)
        guard !all.isEmpty, tables.withLock({ $0[kind]?.base == base && $0[kind]?.digests.count == all.count }) else { return false }
        writer.string(kind.rawValue)
        writer.unsigned(UInt64(all.count))
        for position in all.indices { writer.unsigned(try digest(kind, at: position)) }
        return true
    }

    /// The digest of the item at `position` in the table of `kind`, made now if not yet.
    private func digest(_ kind: ListedItemKind, at position: Int) throws -> UInt64 {
        let (known, make) = tables.withLock { ($0[kind]!.digests[position], $0[kind]!.make) }
        if known != 0 { return known }
        let made = try make(position)
        tables.withLock { $0[kind]!.digests[position] = made }
        return made
    }

    /// The address of `array`'s storage, which every list picked from it shares.
    private static func address<Item>(_ array: [Item]) -> Int {
        array.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    }

    /// The digest of `item` and what `facts` says a page shows beside it.
    private static func digest<Item: PageDigestible>(_ item: Item, facts: (Item) -> [String?]) throws -> UInt64 {
        let writer = CompactWriter()
        try item.writeDigest(to: writer)
        try facts(item).writeDigest(to: writer)
        var hasher = Hasher64()
        writer.bytes.withUnsafeBytes { hasher.add($0) }
        return hasher.finish()
    }
}

/// A page input that lists items of the briefing by position, digested through ``ItemDigests``.
protocol ItemListDigestible {
    /// Writes the list's digest to `writer`, each item's digest taken from `digests`.
    func writeDigest(to writer: CompactWriter, digests: ItemDigests) throws
}

extension ListedItems: ItemListDigestible where Item: PageDigestible {
    func writeDigest(to writer: CompactWriter, digests: ItemDigests) throws {
        try digests.write(self, to: writer)
    }
}
