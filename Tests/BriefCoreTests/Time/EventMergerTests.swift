import Testing
@testable import BriefCore

@Suite struct EventMergerTests {
    private func event(_ date: String, _ text: String, _ actors: [String], _ slug: String, _ paragraph: Int) -> TimelineEvent {
        TimelineEvent(date: TimexValue(timeML: date), text: text, expression: date, scheduled: false, actors: actors,
                      sources: [EventSource(article: slug, paragraph: paragraph)])
    }

    @Test func sameEventFromTwoArticlesIsMerged() {
        let timeline = EventMerger.timeline([
            event("2025-09-04", "Leaders will meet in Paris for a security summit.", ["macron"], "a", 3),
            event("2025-09-04", "The Paris security summit brings leaders together.", ["macron"], "b", 1),
        ])
        #expect(timeline.count == 1)
        #expect(timeline[0].sources == [EventSource(article: "a", paragraph: 3), EventSource(article: "b", paragraph: 1)])
    }

    @Test func differentActorsOrWordsStayApart() {
        let timeline = EventMerger.timeline([
            event("2025-09-04", "Leaders will meet in Paris for a security summit.", ["macron"], "a", 3),
            event("2025-09-04", "Leaders will meet in Paris for a security summit.", ["trump"], "b", 1),
            event("2025-09-04", "Harvest festival opens in the valley.", ["macron"], "c", 2),
        ])
        #expect(timeline.count == 3)
    }

    @Test func sortedByDateThenSourceOrder() {
        let timeline = EventMerger.timeline([
            event("2025-09-04", "Second thing happens.", [], "a", 2),
            event("2025-08", "A month-long strike.", [], "a", 1),
            event("2025-W36", "Weekly talks of leaders.", [], "b", 1),
            event("2025-09-04", "Another event entirely different.", [], "b", 4),
        ])
        #expect(timeline.map(\.date.description) == ["2025-08", "2025-W36", "2025-09-04", "2025-09-04"])
        #expect(timeline[2].sources[0].article == "a")
    }
}

/// The keyed merger against the all-pairs algorithm it replaced, on a generated input where many
/// events share dates, actors and words.
@Suite struct EventMergerEquivalenceTests {
    /// The merger as it was: every event compared with every entry merged so far.
    private func allPairsTimeline(_ events: [TimelineEvent]) -> [TimelineEvent] {
        var merged: [(event: TimelineEvent, words: Set<String>, order: Int)] = []
        for (order, event) in events.enumerated() {
            let words = EventMerger.unicodeContentWords(event.text)
            if let index = merged.firstIndex(where: { sameEvent($0.event, $0.words, event, words) }) {
                merged[index].event.sources += event.sources.filter { !merged[index].event.sources.contains($0) }
                merged[index].words.formUnion(words)
            } else {
                merged.append((event, words, order))
            }
        }
        return merged.sorted { lhs, rhs in
            let left = sortKey(lhs.event), right = sortKey(rhs.event)
            return left != right ? left.lexicographicallyPrecedes(right) : lhs.order < rhs.order
        }.map(\.event)
    }

    private func sameEvent(_ a: TimelineEvent, _ aWords: Set<String>, _ b: TimelineEvent, _ bWords: Set<String>) -> Bool {
        guard a.date == b.date, Set(a.actors) == Set(b.actors),
              Set(a.sources.map(\.article)).isDisjoint(with: b.sources.map(\.article)) else { return false }
        let smaller = min(aWords.count, bWords.count)
        guard smaller > 0 else { return false }
        return Double(aWords.intersection(bWords).count) / Double(smaller) >= EventMerger.overlapThreshold
    }

    private func sortKey(_ event: TimelineEvent) -> [Int] {
        [event.date.firstDay?.dayNumber ?? Int.max, -(Granularity.allCases.firstIndex(of: event.granularity) ?? 0)]
    }

    /// Deterministic events: 12 dates, actor sets from 4 actors in any order, texts from 10 words,
    /// 40 articles of a few paragraphs in random order, or when `perArticle` is given, articles one
    /// after the other with that many events each (as the assembler passes them), a few of them
    /// reported by the next article too.
    private func generatedEvents(count: Int, perArticle: Int? = nil) -> [TimelineEvent] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let dates = ["2025-03-04", "2025-03-05", "2025-03", "2025-W10", "2025-03-04TMO", "2024-11-02", "2025-Q1",
                     "2025", "2025-SU", "2025-03-06", "2025-04-01", "2026-01-15"]
        let actors = ["weber", "ortega", "petrova", "okafor"]
        let words = ["summit", "ceasefire", "budget", "harbour", "tariffs", "election", "strike", "pipeline",
                     "treaty", "ruling"]
        return (0..<count).map { number in
            let text = (0..<(1 + next(4))).map { _ in words[next(words.count)] }.joined(separator: " ")
            let cast = (0..<next(3)).map { _ in actors[next(actors.count)] }
            let sources = perArticle.map { run in
                (0..<(next(8) == 0 ? 2 : 1)).map { extra in EventSource(article: "a\(number / run + extra)", paragraph: 1 + next(3)) }
            } ?? (0..<(1 + next(2))).map { _ in EventSource(article: "a\(next(40))", paragraph: 1 + next(3)) }
            return TimelineEvent(date: TimexValue(timeML: dates[next(dates.count)]), text: "The \(text) went ahead.",
                                 expression: "then", scheduled: next(2) == 0, actors: cast, sources: sources)
        }
    }

    @Test func keyedMergerEqualsAllPairs() {
        let events = generatedEvents(count: 3000)
        let timeline = EventMerger.timeline(events)
        #expect(timeline.count < events.count / 2)
        #expect(timeline == allPairsTimeline(events))
    }
}

extension EventMergerEquivalenceTests {
    @Test func keyedMergerEqualsAllPairsArticleByArticle() {
        let events = generatedEvents(count: 3000, perArticle: 60)
        #expect(EventMerger.timeline(events) == allPairsTimeline(events))
    }
}

/// The run-by-run reading finds the same content words as the character-wise one over the whole text.
@Suite struct EventMergerContentWordsTests {
    @Test func textsGiveTheSameWordsBothWays() {
        let texts = [
            "The Talks RESUME on 12 March 2024, said the Minister.",
            "Officials met at 10:30\r\nin Geneva; the G20 summit (2025) follows -- with 1234 delegates.",
            "abc abcd ABCD x1y2 THAT this, WHICH... e-mail co-operation don't",
            "",
            "    ",
            "tab\tseparated\twords_with_underscores and~tildes^carets",
            "Zürich talks resume",
            "The minister’s “historic” visit — ZELENSKY’s plan, Œuvre, straße, ΣΟΦΙΑ’S speech",
            "café-bar naïve crème brûlée 東京都 2024年 İstanbul KELVIN\u{212A}ABC x\u{301}yzw - \u{301}abcd",
            "emoji 👍🏽talks and 🇺🇦flags, ½ ² numbers ١٢٣٤ digits",
        ]
        for text in texts {
            #expect(EventMerger.contentWords(text) == ContentWords(EventMerger.unicodeContentWords(text)), "\(text)")
        }
        #expect(EventMerger.contentWords("Zürich talks resume") == ContentWords(["zürich", "talks", "resume"]))
        #expect(EventMerger.contentWords("The talks, said THAT minister, with talks") == ContentWords(["talks", "minister"]))
    }

    @Test func permutingInPlaceFollowsEveryCycle() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for count in [0, 1, 2, 5, 64] {
            var source = Array(0..<count)
            for index in stride(from: count - 1, to: 0, by: -1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                source.swapAt(index, Int((state >> 33) % UInt64(index + 1)))
            }
            var values = (0..<count).map { "v\($0)" }
            EventMerger.permute(&values, taking: source)
            #expect(values == source.map { "v\($0)" })
        }
    }

    @Test func sharedAndJoinedWords() {
        let first = ContentWords(["talks", "resume", "geneva"]), second = ContentWords(["geneva", "talks", "summit", "delayed"])
        #expect(first.sharedCount(with: second) == 2)
        #expect(first.sharedCount(with: ContentWords(["ceasefire"])) == 0)
        #expect(first.union(second) == ContentWords(["talks", "resume", "geneva", "summit", "delayed"]))
        #expect(first.union(second).count == 5)
    }
}

extension EventMergerEquivalenceTests {
    /// Maps from the last item to the first, as a mapper spreading items over cores may finish them
    /// in any order; the results are returned in the items' order.
    private struct BackwardsMapper: ArticleMapper {
        func map<Element: Sendable, T: Sendable>(_ items: [Element], _ transform: @escaping @Sendable (Element) -> T) -> [T] {
            Array(items.reversed().map(transform).reversed())
        }
    }

    @Test func groupsMergedInAnyOrderMakeTheSameTimeline() {
        let events = generatedEvents(count: 3000, perArticle: 60)
        #expect(EventMerger.timeline(events, mapper: BackwardsMapper()) == allPairsTimeline(events))
        #expect(EventKeyGroups(events).count > 1)
    }
}

extension EventMergerEquivalenceTests {
    @Test func keyGroupsHoldEachKeysPositionsInOrder() {
        let events = generatedEvents(count: 2000)
        let groups = EventKeyGroups(events)
        var expected: [EventMergeKey: [Int]] = [:]
        for (position, event) in events.enumerated() { expected[EventMergeKey(event), default: []].append(position) }
        let made = (0..<groups.count).map { Array(groups[$0]) }
        #expect(made.count == expected.count)
        #expect(made.sorted { $0[0] < $1[0] } == expected.values.sorted { $0[0] < $1[0] })
    }
}
