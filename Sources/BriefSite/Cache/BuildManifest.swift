import BriefCore
import Foundation

/// What a successful `brief build` records in `.brief-cache/` to know, next time, that nothing has
/// changed: the build's key (tool, options, output folder), every input file's stamp and content hash,
/// the fingerprint of the site it wrote, and its summary and warnings to report again. Stored as lines
/// of text ending with a checksum: a manifest that is truncated, edited or from another format version
/// does not read back, and the build is done in full.
struct BuildManifest: Sendable, Equatable {
    /// One input file: its path relative to the project, its stamp and its contents' hash.
    struct Input: Sendable, Hashable {
        var path: String
        var stamp: FileStamp
        var hash: ContentHash
    }

    /// What the build reported, to report again when it is not repeated.
    struct Summary: Sendable, Equatable {
        var articles = 0
        var pages = 0
        var files = 0
        var bytes = 0
        var draftsSkipped = 0
    }

    /// The tool, options and output folder the site was built with; a different key means a full build.
    var key: String
    var summary: Summary
    var warnings: [Diagnostic]
    /// Every input file, sorted by path.
    var inputs: [Input]
    /// The fingerprint of the output folder's files just after the build (``FileTree/fingerprint``).
    var output: ContentHash

    /// The first line of every manifest; a new format changes the number.
    static let header = "brief-build-manifest 1"

    /// The manifest as text.
    var encoded: String {
        var lines = [Self.header, "key\t" + Self.escape(key)]
        lines.append(["summary", summary.articles, summary.pages, summary.files, summary.bytes, summary.draftsSkipped]
            .map { "\($0)" }.joined(separator: "\t"))
        for warning in warnings {
            lines.append(["warning", warning.severity.rawValue, warning.file ?? "", warning.line.map(String.init) ?? "",
                          warning.column.map(String.init) ?? "", warning.message, warning.hint ?? ""]
                .map(Self.escape).joined(separator: "\t"))
        }
        for input in inputs {
            lines.append(["input", input.hash.hex, "\(input.stamp.size)", "\(input.stamp.modified)", "\(input.stamp.changed)",
                          "\(input.stamp.inode)", Self.escape(input.path)].joined(separator: "\t"))
        }
        lines.append("output\t" + output.hex)
        let body = lines.joined(separator: "\n") + "\n"
        return body + "check\t" + Self.checksum(body).hex + "\n"
    }

    /// Reads a manifest back; nil when `text` is not one, whole and unaltered.
    init?(decoding text: String) {
        guard let checkStart = text.range(of: "check\t", options: .backwards),
              checkStart.lowerBound == text.startIndex || text[text.index(before: checkStart.lowerBound)] == "\n" else { return nil }
        let body = String(text[..<checkStart.lowerBound])
        guard text[checkStart.upperBound...] == Self.checksum(body).hex + "\n" else { return nil }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).dropLast()[...]
        guard lines.popFirst() == Substring(Self.header) else { return nil }
        var key: String?, summary: Summary?, warnings: [Diagnostic] = [], inputs: [Input] = [], output: ContentHash?
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch fields.first {
            case "key" where fields.count == 2: key = Self.unescape(fields[1])
            case "summary" where fields.count == 6:
                let numbers = fields.dropFirst().compactMap { Int($0) }
                guard numbers.count == 5 else { return nil }
                summary = Summary(articles: numbers[0], pages: numbers[1], files: numbers[2], bytes: numbers[3], draftsSkipped: numbers[4])
            case "warning" where fields.count == 7:
                let parts = fields.map(Self.unescape)
                guard let severity = Diagnostic.Severity(rawValue: parts[1]) else { return nil }
                warnings.append(Diagnostic(severity, file: parts[2].isEmpty ? nil : parts[2], line: Int(parts[3]),
                                           column: Int(parts[4]), message: parts[5], hint: parts[6].isEmpty ? nil : parts[6]))
            case "input" where fields.count == 7:
                guard let hash = UInt64(fields[1], radix: 16), let size = Int(fields[2]), let modified = Int(fields[3]),
                      let changed = Int(fields[4]), let inode = UInt64(fields[5]) else { return nil }
                inputs.append(Input(path: Self.unescape(fields[6]),
                                    stamp: FileStamp(size: size, modified: modified, changed: changed, inode: inode),
                                    hash: ContentHash(value: hash)))
            case "output" where fields.count == 2:
                guard let value = UInt64(fields[1], radix: 16) else { return nil }
                output = ContentHash(value: value)
            default: return nil
            }
        }
        guard let key, let summary, let output else { return nil }
        self.init(key: key, summary: summary, warnings: warnings, inputs: inputs, output: output)
    }

    /// Creates the value from its parts.
    init(key: String, summary: Summary, warnings: [Diagnostic], inputs: [Input], output: ContentHash) {
        self.key = key
        self.summary = summary
        self.warnings = warnings
        self.inputs = inputs
        self.output = output
    }

    private static func checksum(_ body: String) -> ContentHash {
        var hasher = Hasher64()
        hasher.add(body)
        return ContentHash(value: hasher.finish())
    }

    /// `text` with backslashes, tabs, newlines and carriage returns written as `\\`, `\t`, `\n`, `\r`.
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { "\\\t\n\r".unicodeScalars.contains($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case "\t": result.append(contentsOf: "\\t".unicodeScalars)
            case "\n": result.append(contentsOf: "\\n".unicodeScalars)
            case "\r": result.append(contentsOf: "\\r".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// The text `escape` was given.
    static func unescape(_ text: String) -> String {
        guard text.unicodeScalars.contains("\\") else { return text }
        var result = String.UnicodeScalarView()
        var escaped = false
        for scalar in text.unicodeScalars {
            if escaped {
                switch scalar {
                case "t": result.append("\t")
                case "n": result.append("\n")
                case "r": result.append("\r")
                default: result.append(scalar)
                }
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
