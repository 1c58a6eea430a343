/// The actor mentions of one paragraph in text order, so the actors of a clause are found by a
/// binary search for its start instead of sorting and filtering every mention of the article for
/// each event (which made a long paragraph cost the square of its events).
struct ParagraphMentions {
    private let mentions: [ActorMention]

    /// The mentions of paragraph `paragraph` among `mentions`, sorted by span.
    init(_ mentions: [ActorMention], paragraph: Int) {
        self.mentions = mentions.filter { $0.paragraph == paragraph }.sorted { $0.span < $1.span }
    }

    /// Ids of the actors mentioned inside `clause`, in order of first mention, without repeats.
    func actorIDs(in clause: ByteSpan) -> [String] {
        var ids: [String] = []
        var index = firstIndex(startingAtOrAfter: clause.start)
        while index < mentions.count, mentions[index].span.start <= clause.end {
            let mention = mentions[index]
            if mention.span.end <= clause.end && !ids.contains(mention.actorID) { ids.append(mention.actorID) }
            index += 1
        }
        return ids
    }

    /// The index of the first mention that starts at `offset` or later (`mentions.count` if none).
    private func firstIndex(startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].span.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
