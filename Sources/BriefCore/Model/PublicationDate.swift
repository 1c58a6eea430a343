/// When an article was published, as its metadata gives it: a day, and the time of day when the
/// metadata had one (`2025-09-03T14:30:00+02:00`). The day is the date as written, not shifted to UTC.
public struct PublicationDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let day: CalendarDate
    /// The time part as written after the `T` (or space), e.g. `14:30:00+02:00`; nil for a bare date.
    public let time: String?

    /// Creates the value from its parts.
    public init(day: CalendarDate, time: String? = nil) {
        self.day = day
        self.time = time
    }

    /// Parses `YYYY-MM-DD`, or ISO 8601 with a time: `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]`
    /// (a space may stand for the `T`). Returns nil for anything else.
    public static func parse(_ text: String) -> PublicationDate? {
        let trimmed = text.trimmingASCIIWhitespace()
        let bytes = Array(trimmed.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]),
              let day = Self.number(bytes[8..<10]),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        if bytes.count == 10 { return PublicationDate(day: date) }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") else { return nil }
        let time = String(decoding: bytes[11...], as: UTF8.self)
        guard Self.isValidTime(Array(time.utf8)) else { return nil }
        return PublicationDate(day: date, time: time)
    }

    /// The date as an ISO 8601 string, with its time when it has one.
    public var description: String {
        time.map { "\(day)T\($0)" } ?? day.description
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        if lhs.day != rhs.day { return lhs.day < rhs.day }
        return (lhs.time ?? "") < (rhs.time ?? "")
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// `HH:MM`, optional `:SS` and fraction, optional `Z` or `±HH:MM` / `±HHMM`.
    private static func isValidTime(_ b: [UInt8]) -> Bool {
        guard b.count >= 5, b[2] == UInt8(ascii: ":"),
              let hour = number(b[0..<2]), let minute = number(b[3..<5]),
              hour < 24, minute < 60 else { return false }
        var i = 5
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard i + 3 <= b.count, let second = number(b[(i + 1)..<(i + 3)]), second < 61 else { return false }
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                let start = i
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
                guard i > start else { return false }
            }
        }
        if i == b.count { return true }
        if b[i] == UInt8(ascii: "Z") { return i + 1 == b.count }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return false }
        let zone = Array(b[(i + 1)...]).filter { $0 != UInt8(ascii: ":") }
        guard zone.count == 4, let zh = number(zone[0..<2]), let zm = number(zone[2..<4]) else { return false }
        return zh < 24 && zm < 60
    }
}
