/// Finds the line of a source file that holds some words of it: the first line holding the words'
/// opening (whole, then their first three, two words), so a quotation that wraps over lines, or that
/// Markdown punctuated differently, is still found. Line 1 when nothing is given or found.
struct SourceLineLocator {
    private let lines: [Substring]

    /// A locator over `text`.
    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line that holds `excerpt`, or 1.
    func line(of excerpt: String?) -> Int {
        guard let excerpt else { return 1 }
        for probe in Self.probes(excerpt) {
            if let index = lines.firstIndex(where: { $0.contains(probe) }) { return index + 1 }
        }
        return 1
    }

    /// The pieces of `excerpt` to look for, longest first.
    static func probes(_ excerpt: String) -> [String] {
        let words = excerpt.split(whereSeparator: \.isWhitespace).map(String.init)
        var probes: [String] = []
        for count in [words.count, 3, 2, 1] where count <= words.count && count > 0 {
            let probe = words.prefix(count).joined(separator: " ")
            if count == 1 && probe.count < 4 { continue }
            if !probes.contains(probe) { probes.append(probe) }
        }
        return probes
    }
}
