import BriefCore
import Testing
@testable import BriefSite

/// The analysis cache's hand-written coder writes every stored field of every type in an analysis,
/// reads back exactly what it wrote, and rejects damaged bytes without crashing.
@Suite struct AnalysisStorableTests {
    static let span = ByteSpan(start: 3, end: 9)
    static let provenance: Provenance = {
        var provenance = Provenance(found: .quoteMarks, speaker: .speakerAfterQuote, binding: .bindShortName)
        provenance.cue = span
        provenance.cueParagraph = 2
        return provenance
    }()
    static let quotation: Quotation = {
        var quotation = Quotation(paragraph: 2, span: span, contentSpan: ByteSpan(start: 4, end: 8), text: "We will act",
                                  partial: true, isScareQuote: false, speakerText: "she", speakerMention: 1, speakerEntity: 0,
                                  attribution: .inferred, mentions: [0, 2], continues: 1, clauseSpan: span)
        quotation.speakerPhrase = "she said"
        quotation.speakerSpan = ByteSpan(start: 10, end: 18)
        quotation.speakerParagraph = 3
        quotation.provenance = provenance
        return quotation
    }()
    static let reported: ReportedStatement = {
        var statement = ReportedStatement(paragraph: 1, span: span, text: "details remain confidential", speakerText: "Officials",
                                          speakerMention: 4, speakerEntity: 2, attribution: .explicit)
        statement.speakerPhrase = "Officials say"
        statement.speakerSpan = span
        statement.isStance = true
        statement.provenance = provenance
        return statement
    }()
    static let mention = Mention(paragraph: 1, span: span, surface: "Lind", kind: .person, acts: true, entity: 3, binding: .bindShortName)
    static let role = StatedRole(title: "foreign minister", affiliation: "Sweden", text: "the foreign minister of Sweden",
                                 paragraph: 1, span: span, mention: 0)
    static let entity = ArticleEntity(name: "Anna Lind", kind: .person, mentions: [0, 1], aliases: ["Lind"], roles: [0],
                                      genderCode: 2, isTentative: true)!
    static let ambiguity = NameAmbiguity(name: "Lind", candidates: ["Anna Lind", "Erik Lind"], articles: ["a"])
    static let analysis = ArticleAnalysis(quotes: [quotation], mentions: [mention], roles: [role], entities: [entity],
                                          ambiguities: [ambiguity], author: "Jane Roe", reported: [reported])
    static let date = CalendarDate(year: 2024, month: 3, day: 12)!
    static let week = ISOWeek(year: 2024, week: 11)!
    static let timex = Timex(span: span, text: "12 March 2024", type: .date, value: .day(date))
    static let paragraphTimexes = ParagraphTimexes(paragraph: 2, timexes: [timex])
    static let source = EventSource(article: "paris", paragraph: 2)
    static let note = EditorNote(change: "date", note: "fixed")
    static let event: TimelineEvent = {
        var event = TimelineEvent(date: .month(year: 2024, month: 3), text: "The talks resume", expression: "in March",
                                  scheduled: true, actors: ["anna-lind"], sources: [source])
        event.editorNote = note
        return event
    }()
    /// A line cut from its paragraph, with where it lies.
    static let line = EventLine(clause: ByteSpan(start: 4, end: 35), in: "Yes, and the talks resume in March, officials said.")
    static let diagnostic = Diagnostic(.warning, file: "content/articles/a.md", line: 3, column: 7, message: "no date", hint: "Give one.")
    static let temporal = ArticleTemporalAnalysis(paragraphs: [paragraphTimexes], events: [event], diagnostics: [diagnostic])
    static let derivation = ArticleDerivation(analysis: analysis, temporal: temporal)

    typealias Sample = FieldListSample

    static let cases: [Sample] = [
        Sample("ByteSpan", span, ByteSpan.storedFields),
        Sample("Provenance", provenance, Provenance.storedFields),
        Sample("Quotation", quotation, Quotation.storedFields),
        Sample("ReportedStatement", reported, ReportedStatement.storedFields),
        Sample("Mention", mention, Mention.storedFields),
        Sample("StatedRole", role, StatedRole.storedFields),
        Sample("ArticleEntity", entity, ArticleEntity.storedFields),
        Sample("NameAmbiguity", ambiguity, NameAmbiguity.storedFields),
        Sample("ArticleAnalysis", analysis, ArticleAnalysis.storedFields),
        Sample("CalendarDate", date, CalendarDate.storedFields),
        Sample("ISOWeek", week, ISOWeek.storedFields),
        Sample("Timex", timex, Timex.storedFields),
        Sample("ParagraphTimexes", paragraphTimexes, ParagraphTimexes.storedFields),
        Sample("EventSource", source, EventSource.storedFields),
        Sample("EditorNote", note, EditorNote.storedFields),
        Sample("EventLine", line, EventLine.storedFields),
        Sample("TimelineEvent", event, TimelineEvent.storedFields),
        Sample("Diagnostic", diagnostic, Diagnostic.storedFields),
        Sample("ArticleTemporalAnalysis", temporal, ArticleTemporalAnalysis.storedFields),
        Sample("ArticleDerivation", derivation, ArticleDerivation.storedFields),
    ]

    @Test("the coder writes every stored field: a field added to the model must be added to the coder",
          arguments: cases.indices)
    func coversEveryField(_ index: Int) {
        let entry = Self.cases[index]
        let stored = entry.storedLabels
        #expect(stored == entry.fields, "\(entry.name): stored \(stored), written \(entry.fields)")
    }

    func roundTrip<Value: AnalysisStorable & Equatable>(_ value: Value) -> Value? {
        let writer = CompactWriter()
        writer.store(value)
        var reader = ByteReader(writer.bytes)
        guard let read = try? Value(storedIn: &reader), reader.atEnd else { return nil }
        return read
    }

    @Test func everyFieldOfAnAnalysisReadsBackAsWritten() {
        #expect(roundTrip(Self.derivation) == Self.derivation)
        #expect(roundTrip(Self.line) == Self.line && Self.line.span != nil && Self.line.text == "The talks resume in March.")
        #expect(AnalysisStore.decode(AnalysisStore.encode(Self.derivation)) == Self.derivation)
        let bare = ArticleEntity(name: "Acme", kind: .organization, mentions: [], aliases: [], roles: [])
        #expect(roundTrip(bare) == bare && roundTrip(Self.entity) == Self.entity && bare != Self.entity)
        let plain = Quotation(paragraph: 1, span: Self.span, contentSpan: Self.span, text: "", partial: false, isScareQuote: true,
                              speakerText: nil, speakerMention: nil, speakerEntity: nil, attribution: nil, mentions: [],
                              continues: nil)
        #expect(roundTrip(plain) == plain)
        #expect(roundTrip(Provenance(found: .statementSpeakerVerb)) == Provenance(found: .statementSpeakerVerb))
    }

    @Test("every rule id reads back as itself") func everyRule() {
        for rule in RuleID.allCases { #expect(roundTrip(rule) == rule) }
    }

    @Test("every kind of date reads back as itself") func everyKindOfDate() {
        let values: [TimexValue] = [
            .day(Self.date), .dayTime(Self.date, .part(.evening)), .dayTime(Self.date, .clock(hour: 9, minute: 30, zone: "Z")),
            .week(Self.week), .weekend(Self.week), .month(year: 2024, month: 3), .quarter(year: 2024, quarter: 2),
            .half(year: 2024, half: 1), .season(year: 2024, season: .winter), .year(-44), .decade(199, marked: true),
            .reference(.past), .duration("P3D"), .set("P1W"), .unresolved("XXXX-03"),
        ]
        for value in values { #expect(roundTrip(value) == value) }
    }

    @Test func everyAnalysedArticleReadsBackAsWritten() throws {
        let project = try TemporaryProject(files: IncrementalBuildTests.files)
        defer { project.remove() }
        for article in try ProjectLoader.load(projectRoot: project.root).briefing.articles {
            let derivation = ArticleDerivation(article)
            #expect(AnalysisStore.decode(AnalysisStore.encode(derivation)) == derivation)
        }
    }

    @Test("a damaged file is rejected, never trusted nor a crash: every truncation, every flipped byte")
    func damagedBytesAreRejected() {
        let bytes = AnalysisStore.encode(Self.derivation)
        for length in 0..<bytes.count { #expect(AnalysisStore.decode(Array(bytes.prefix(length))) == nil) }
        for index in bytes.indices {
            var damaged = bytes
            damaged[index] ^= 0x5A
            #expect(AnalysisStore.decode(damaged) == nil)
        }
        #expect(AnalysisStore.decode(bytes + [1]) == nil)
    }

    @Test("a record damaged behind a valid checksum reads as an error or a value, never a crash")
    func damagedRecordsBehindAValidChecksumDoNotCrash() {
        let writer = CompactWriter()
        writer.store(Self.derivation)
        for index in writer.bytes.indices {
            for change: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = writer.bytes
                damaged[index] ^= change
                var reader = ByteReader(damaged)
                _ = try? ArticleDerivation(storedIn: &reader)
            }
        }
        var reader = ByteReader([0x01, 0x10, 0x02])
        #expect(throws: ByteReader.Corrupt.self) { try ByteSpan(storedIn: &reader) }
    }
}
