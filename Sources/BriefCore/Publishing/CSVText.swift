/// Writes comma-separated values by RFC 4180: CRLF line ends, and a field wrapped in double quotes
/// (its own double quotes doubled) when it holds a comma, a double quote, CR or LF.
public enum CSVText {
    /// The characters that start a formula in spreadsheet programs (and tab and CR, which some of
    /// them skip before looking for one).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The rows as CSV text, each row ending in CRLF.
    public static func table(_ rows: [[String]]) -> String {
        rows.map(row).joined()
    }

    /// One row as CSV text, ending in CRLF.
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, made safe and quoted when needed.
    ///
    /// CSV formula injection: a spreadsheet opening the file would run a field such as
    /// `=HYPERLINK(…)` or `@SUM(…)` as a formula. Quotations are text written by others, so a field
    /// starting with `=`, `+`, `-` or `@` (or tab or CR) gets a leading apostrophe, which spreadsheets
    /// read as "this is text" (OWASP's advice on CSV injection). Readers of the data see the apostrophe.
    public static func field(_ value: String) -> String {
        let safe = value.unicodeScalars.first.map(formulaStarts.contains) == true ? "'" + value : value
        guard safe.utf8.contains(where: needsQuotes) else { return safe }
        var quoted = "\""
        for character in safe {
            quoted += character == "\"" ? "\"\"" : String(character)
        }
        return quoted + "\""
    }

    /// A comma, double quote, LF or CR.
    static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
}
