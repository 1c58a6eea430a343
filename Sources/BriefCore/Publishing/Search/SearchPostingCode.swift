/// How a shard writes a word's postings: one string of variable-length numbers in a 64-character
/// alphabet that JSON and JavaScript need not escape (`0-9A-Za-z-_`). Each character carries five
/// bits, low bits first, and a sixth that says another character follows. The numbers are the first
/// posting's `entry × 2 + heading`, then each next one's `(entry − previous entry) × 2 + heading`, so a
/// common word costs about one byte an entry. `assets/search.js` decodes them the same way.
public enum SearchPostingCode {
    /// The alphabet: character `n` is the digit `n`.
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    /// The number `posting` is written as after `previous` (nil for the first of a string).
    static func value(of posting: SearchPosting, after previous: Int?) -> Int {
        (posting.entry - (previous ?? 0)) * 2 + (posting.inHeading ? 1 : 0)
    }

    /// `value` (≥ 0) in the alphabet, appended to `out`.
    static func append(_ value: Int, to out: inout [UInt8]) {
        var rest = value
        repeat {
            let digit = rest & 31
            rest >>= 5
            out.append(alphabet[rest > 0 ? digit | 32 : digit])
        } while rest > 0
    }

    /// The characters `value` takes.
    static func length(of value: Int) -> Int {
        var count = 1
        var rest = value >> 5
        while rest > 0 {
            count += 1
            rest >>= 5
        }
        return count
    }

    /// The postings written in `code`, or nil when it is not such a string.
    public static func postings(_ code: String) -> [SearchPosting]? {
        var postings: [SearchPosting] = []
        var value = 0
        var shift = 0
        for byte in code.utf8 {
            guard let digit = alphabet.firstIndex(of: byte) else { return nil }
            value |= (digit & 31) << shift
            shift += 5
            guard digit < 32 else { continue }
            let entry = (postings.last?.entry ?? 0) + value / 2
            postings.append(SearchPosting(entry: entry, inHeading: value % 2 == 1))
            value = 0
            shift = 0
        }
        return shift == 0 ? postings : nil
    }
}
