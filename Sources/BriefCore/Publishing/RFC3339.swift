/// Formats publication dates as RFC 3339 timestamps, which feeds require: a bare date is midnight UTC,
/// a time without seconds gets `:00`, and a time without an offset is taken as UTC.
public enum RFC3339 {
    /// `2025-09-03T00:00:00Z`, `2025-09-03T14:30:00+02:00`, ….
    public static func timestamp(_ date: PublicationDate) -> String {
        guard let time = date.time else { return "\(date.day)T00:00:00Z" }
        let bytes = Array(time.utf8)
        var clockEnd = 0
        while clockEnd < bytes.count, bytes[clockEnd] != UInt8(ascii: "Z"), bytes[clockEnd] != UInt8(ascii: "+"),
              bytes[clockEnd] != UInt8(ascii: "-") { clockEnd += 1 }
        var clock = String(decoding: bytes[..<clockEnd], as: UTF8.self)
        if clock.utf8.count == 5 { clock += ":00" }
        var zone = String(decoding: bytes[clockEnd...], as: UTF8.self)
        if zone.isEmpty { zone = "Z" }
        if zone.utf8.count == 5, !zone.contains(":") {  // +0200 → +02:00
            zone = String(zone.prefix(3)) + ":" + String(zone.suffix(2))
        }
        return "\(date.day)T\(clock)\(zone)"
    }
}
