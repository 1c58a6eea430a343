import BriefCore

// The temporal part of an analysis (expressions, their values, events, warnings) and the analysis
// as a whole, stored field by field: see ``AnalysisStorable``.

extension CalendarDate: AnalysisStorable {
    static var storedFields: [String] { ["year", "month", "day"] }

    func store(to writer: CompactWriter) {
        writer.number(year)
        writer.number(month)
        writer.number(day)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        guard let date = CalendarDate(year: try reader.number(), month: try reader.number(), day: try reader.number()) else {
            throw reader.corrupt("not a date")
        }
        self = date
    }
}

extension ISOWeek: AnalysisStorable {
    static var storedFields: [String] { ["year", "week"] }

    func store(to writer: CompactWriter) {
        writer.number(year)
        writer.number(week)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        guard let week = ISOWeek(year: try reader.number(), week: try reader.number()) else { throw reader.corrupt("not a week") }
        self = week
    }
}

extension TimeOfDay: AnalysisStorable {
    static var storedFields: [String] { [] }

    func store(to writer: CompactWriter) {
        switch self {
        case .part(let part):
            writer.unsigned(0)
            writer.string(part.rawValue)
        case let .clock(hour, minute, zone):
            writer.unsigned(1)
            writer.number(hour)
            writer.number(minute)
            writer.string(zone)
        }
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        switch try reader.byte() {
        case 0: self = .part(try reader.rawValue())
        case 1: self = .clock(hour: try reader.number(), minute: try reader.number(), zone: try reader.string())
        default: throw reader.corrupt("unknown time of day")
        }
    }
}

extension TimexValue: AnalysisStorable {
    static var storedFields: [String] { [] }

    /// Each case as a tag byte, then its values.
    func store(to writer: CompactWriter) {
        switch self {
        case .day(let date): writer.unsigned(0); writer.store(date)
        case let .dayTime(date, time): writer.unsigned(1); writer.store(date); writer.store(time)
        case .week(let week): writer.unsigned(2); writer.store(week)
        case .weekend(let week): writer.unsigned(3); writer.store(week)
        case let .month(year, month): writer.unsigned(4); writer.number(year); writer.number(month)
        case let .quarter(year, quarter): writer.unsigned(5); writer.number(year); writer.number(quarter)
        case let .half(year, half): writer.unsigned(6); writer.number(year); writer.number(half)
        case let .season(year, season): writer.unsigned(7); writer.number(year); writer.string(season.rawValue)
        case .year(let year): writer.unsigned(8); writer.number(year)
        case let .decade(decade, marked): writer.unsigned(9); writer.number(decade); writer.flag(marked)
        case .reference(let reference): writer.unsigned(10); writer.string(reference.rawValue)
        case .duration(let value): writer.unsigned(11); writer.string(value)
        case .set(let value): writer.unsigned(12); writer.string(value)
        case .unresolved(let value): writer.unsigned(13); writer.string(value)
        }
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        switch try reader.byte() {
        case 0: self = .day(try reader.read())
        case 1: self = .dayTime(try reader.read(), try reader.read())
        case 2: self = .week(try reader.read())
        case 3: self = .weekend(try reader.read())
        case 4: self = .month(year: try reader.number(), month: try reader.number())
        case 5: self = .quarter(year: try reader.number(), quarter: try reader.number())
        case 6: self = .half(year: try reader.number(), half: try reader.number())
        case 7: self = .season(year: try reader.number(), season: try reader.rawValue())
        case 8: self = .year(try reader.number())
        case 9: self = .decade(try reader.number(), marked: try reader.flag())
        case 10: self = .reference(try reader.rawValue())
        case 11: self = .duration(try reader.string())
        case 12: self = .set(try reader.string())
        case 13: self = .unresolved(try reader.string())
        default: throw reader.corrupt("unknown kind of date")
        }
    }
}

extension Timex: AnalysisStorable {
    static var storedFields: [String] { ["span", "text", "type", "value"] }

    func store(to writer: CompactWriter) {
        writer.store(span)
        writer.string(text)
        writer.string(type.rawValue)
        writer.store(value)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(span: try reader.read(), text: try reader.string(), type: try reader.rawValue(), value: try reader.read())
    }
}

extension ParagraphTimexes: AnalysisStorable {
    static var storedFields: [String] { ["paragraph", "timexes"] }

    func store(to writer: CompactWriter) {
        writer.number(paragraph)
        writer.store(timexes)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(paragraph: try reader.number(), timexes: try reader.readList())
    }
}

extension EventSource: AnalysisStorable {
    static var storedFields: [String] { ["article", "paragraph"] }

    func store(to writer: CompactWriter) {
        writer.string(article)
        writer.number(paragraph)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(article: try reader.string(), paragraph: try reader.number())
    }
}

extension EditorNote: AnalysisStorable {
    static var storedFields: [String] { ["change", "note"] }

    func store(to writer: CompactWriter) {
        writer.string(change)
        writer.string(note)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(change: try reader.string(), note: try reader.string())
    }
}

extension EventLine: AnalysisStorable {
    static var storedFields: [String] { ["words", "span", "condensed"] }

    func store(to writer: CompactWriter) {
        writer.string(words.string)
        writer.optional(span, writer.store)
        writer.flag(condensed)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(words: SharedText(try reader.string()), span: try reader.readOptional(), condensed: try reader.flag())
    }
}

extension TimelineEvent: AnalysisStorable {
    static var storedFields: [String] { ["expression", "actors", "sources", "editorNote", "date", "line", "scheduled"] }

    func store(to writer: CompactWriter) {
        writer.store(date)
        writer.store(line)
        writer.string(expression)
        writer.flag(scheduled)
        writer.list(actors, writer.string)
        writer.store(sources)
        writer.optional(editorNote, writer.store)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(date: try reader.read(), line: try reader.read(), expression: try reader.string(),
                  scheduled: try reader.flag(), actors: try reader.strings(), sources: try reader.readList())
        editorNote = try reader.readOptional()
    }
}

extension Diagnostic: AnalysisStorable {
    static var storedFields: [String] { ["severity", "file", "line", "column", "message", "hint"] }

    func store(to writer: CompactWriter) {
        writer.string(severity.rawValue)
        writer.optional(file, writer.string)
        writer.optional(line, writer.number)
        writer.optional(column, writer.number)
        writer.string(message)
        writer.optional(hint, writer.string)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(try reader.rawValue(), file: try reader.optionalString(), line: try reader.optionalNumber(),
                  column: try reader.optionalNumber(), message: try reader.string(), hint: try reader.optionalString())
    }
}

extension ArticleTemporalAnalysis: AnalysisStorable {
    static var storedFields: [String] { ["paragraphs", "events", "diagnostics"] }

    func store(to writer: CompactWriter) {
        writer.store(paragraphs)
        writer.store(events)
        writer.store(diagnostics)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(paragraphs: try reader.readList(), events: try reader.readList(), diagnostics: try reader.readList())
    }
}

extension ArticleDerivation: AnalysisStorable {
    static var storedFields: [String] { ["analysis", "temporal"] }

    func store(to writer: CompactWriter) {
        writer.store(analysis)
        writer.store(temporal)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(analysis: try reader.read(), temporal: try reader.read())
    }
}
