import BriefCore
import Testing
@testable import BriefSite

/// The hand-written page-input digests cover every stored field of the values they write, tell
/// values apart that differ in one field, and are what a page's inputs go through.
@Suite struct PageDigestibleTests {
    static let span = ByteSpan(start: 3, end: 9)
    static let quotation = Quotation(paragraph: 2, span: span, contentSpan: span, text: "We will act", partial: false,
                                     isScareQuote: false, speakerText: "she", speakerMention: 1, speakerEntity: 0,
                                     attribution: .inferred, mentions: [0], continues: nil, clauseSpan: span)
    static let quote = ResolvedQuote(id: "a-p2-1", article: "a", quote: quotation, speakerId: "jane-doe", speaker: "Jane Doe",
                                     mentions: ["acme"])
    static let reported = ReportedStatement(paragraph: 1, span: span, text: "details remain confidential", speakerText: "Officials",
                                            speakerMention: nil, speakerEntity: nil, attribution: .explicit)
    static let statement = ResolvedStatement(id: "a-p1-s1", article: "a", statement: reported, speakerId: nil, speaker: "Officials")
    static let event = TimelineEvent(date: .year(2024), text: "The plant opened", expression: "in 2024", scheduled: false,
                                     actors: ["acme"], sources: [EventSource(article: "a", paragraph: 1)])
    static let role = Actor.Role(title: "President", affiliation: nil, text: "President", article: "a")
    static let actor = Actor(id: "jane-doe", name: "Jane Doe", kind: .person, roles: [role], aliases: ["Doe"], mentions: 3,
                             quotes: 1, articles: ["a"])

    typealias Sample = FieldListSample

    /// Each type's stored properties, by reflection, against the fields its digest says it writes.
    static let cases: [Sample] = [
        Sample("ByteSpan", span, ByteSpan.digestedFields),
        Sample("Provenance", quotation.provenance, Provenance.digestedFields),
        Sample("Quotation", quotation, Quotation.digestedFields),
        Sample("ResolvedQuote", quote, ResolvedQuote.digestedFields),
        Sample("ReportedStatement", reported, ReportedStatement.digestedFields),
        Sample("ResolvedStatement", statement, ResolvedStatement.digestedFields),
        Sample("EventSource", EventSource(article: "a", paragraph: 1), EventSource.digestedFields),
        Sample("EditorNote", EditorNote(change: "date", note: "fixed"), EditorNote.digestedFields),
        Sample("TimelineEvent", event, TimelineEvent.digestedFields),
        Sample("Actor.Role", role, Actor.Role.digestedFields),
        Sample("Actor", actor, Actor.digestedFields),
        Sample("ActorMention", ActorMention(paragraph: 1, span: span, actorID: "x"), ActorMention.digestedFields),
    ]

    @Test("a digest writes every stored field: a field added to the model must be added to its digest",
          arguments: cases.indices)
    func coversEveryField(_ index: Int) {
        let entry = Self.cases[index]
        let stored = entry.storedLabels
        #expect(stored == entry.fields, "\(entry.name): stored \(stored), digested \(entry.fields)")
    }

    @Test func valuesDifferingInOneNestedFieldDigestApart() {
        var other = Self.quote
        other.corrected = true
        var rephrased = Self.quotation
        rephrased.speakerPhrase = "she said"
        let third = ResolvedQuote(id: "a-p2-1", article: "a", quote: rephrased, speakerId: "jane-doe", speaker: "Jane Doe",
                                  mentions: ["acme"])
        let digests = [Self.quote, other, third].map { bytes(of: [$0]) }
        #expect(Set(digests).count == 3)
        #expect(bytes(of: [Self.quote]) == bytes(of: [Self.quote]))
    }

    @Test func optionalsAndListsAreUnambiguous() {
        var noted = Self.event
        noted.editorNote = EditorNote(change: "", note: "")
        #expect(bytes(of: [Self.event]) != bytes(of: [noted]))
        #expect(bytes(of: [Self.event, Self.event]) != bytes(of: [Self.event]))
    }

    @Test("the values of a page's inputs reach the hand-written digest through their existential")
    func inputsDispatchToTheDigest() {
        let values: [any Encodable & Sendable] = [[Self.quote], [Self.statement], [Self.event], [Self.actor]]
        #expect(values.allSatisfy { $0 is any PageDigestible })
        let plain: [any Encodable & Sendable] = [["a"], [["a", nil]], 3, [true], [ActorMention(paragraph: 1, span: Self.span, actorID: "x")]]
        #expect(plain.allSatisfy { $0 is any PageDigestible }, "lists of titles, links and flags skip Codable too")
        #expect(!(([SiteSettings()] as any Encodable & Sendable) is any PageDigestible))
    }

    private func bytes(of value: some PageDigestible) -> [UInt8] {
        let writer = CompactWriter()
        try? value.writeDigest(to: writer)
        return writer.bytes
    }
}
