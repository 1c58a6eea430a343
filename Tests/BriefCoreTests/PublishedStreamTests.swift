import Testing
@testable import BriefCore

/// The data exports written piece by piece are byte for byte the documents made whole.
@Suite struct PublishedStreamTests {
    /// What `write` sends to a sink, as one text.
    static func streamed(_ write: (inout JSONStream) -> Void) -> String {
        var collector = PublishedFileCollector()
        collector.begin("file")
        var stream = JSONStream(collector)
        write(&stream)
        var sink = stream.finish()
        sink.end()
        return (sink as? PublishedFileCollector)?.files.first?.text ?? ""
    }

    @Test func streamedArraysAndObjectsMatchTheRenderedValue() {
        let nested = JSONValue.object([("a", .array([.int(1), .object([("b", .array([]))]), .object([])])), ("c", .string("x\n\"y"))])
        let values: [JSONValue] = [nested, .null, .array([]), .string("é"), nested]
        #expect(Self.streamed { $0.array(values, indent: 0) { $0 } } == JSONValue.array(values).rendered())
        #expect(Self.streamed { $0.array([JSONValue](), indent: 4) { $0 } } == "[]")
        #expect(Self.streamed { $0.array(values, indent: 0) { $0 == .null ? nil : $0 } }
                == JSONValue.array(values.filter { $0 != .null }).rendered())
        let object = Self.streamed { stream in
            stream.object(indent: 0, [
                ("first", { stream, inner in stream.value(nested, indent: inner) }),
                ("list", { stream, inner in stream.array(values, indent: inner) { $0 } }),
            ])
        }
        #expect(object == JSONValue.object([("first", nested), ("list", .array(values))]).rendered())
    }

    @Test func everyPublishedFileStreamsAsTheWholeDocument() {
        let briefing = ActorPagesTests.briefing
        #expect(!briefing.quotes.isEmpty && !briefing.actors.isEmpty)
        let files = Dictionary(uniqueKeysWithValues: PublishedFiles.files(for: briefing, pages: SiteDeriver.pages(for: briefing))
            .map { ($0.path, $0.text) })
        #expect(files["data/articles.json"] == DataFiles.articles(briefing).rendered() + "\n")
        #expect(files["data/timeline.json"] == DataFiles.timeline(briefing).rendered() + "\n")
        #expect(files["data/quotes.json"] == DataFiles.quotes(briefing).rendered() + "\n")
        #expect(files["data/actors.json"] == DataFiles.actors(briefing).rendered() + "\n")
        #expect(files["data/statements.json"] == DataFiles.statements(briefing).rendered() + "\n")
        #expect(files["data/timelinejs.json"] == TimelineJSExport.json(briefing).rendered() + "\n")
        #expect(files["data/quotes.csv"] == QuotesCSV.text(briefing))
        #expect(files["search.json"] == SearchIndex.json(briefing).rendered() + "\n")
        #expect(files["search-index.js"] != nil && files["sitemap.xml"] != nil && files["feed.xml"] != nil)
    }
}
