/// A problem found in the user's input, located precisely enough to fix: file, line, and what to do.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// How bad a problem is: errors stop the build, warnings are printed (and fail a `--strict`
    /// build), notes only inform (a file ignored as not an article).
    public enum Severity: String, Sendable, Hashable, Codable {
        case error, warning, note
    }

    public var severity: Severity
    /// The file the problem is in, relative to the project where possible.
    public var file: String?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, or the byte offset for encoding errors, when known.
    public var column: Int?
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    /// Creates the value from its parts.
    public init(_ severity: Severity = .error, file: String? = nil, line: Int? = nil,
                column: Int? = nil, message: String, hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message (hint)`, the shape editors and terminals link. Control
    /// characters (a file name or a quoted value holding an ESC sequence) are shown escaped, never sent
    /// to the terminal.
    public var description: String {
        let file = file.map(ControlCharacters.escaped)
        let message = ControlCharacters.escaped(message)
        let hint = hint.map(ControlCharacters.escaped)
        var location = ""
        if let file {
            location = file
            if let line { location += ":\(line)" }
            if let line = line, let column, line > 0 { location += ":\(column)" }
            location += ": "
        }
        var text = "\(location)\(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }

    /// This diagnostic placed in `file`, with lines shifted by `lineOffset` (for a block inside a file).
    public func located(in file: String, lineOffset: Int = 0) -> Diagnostic {
        var copy = self
        copy.file = copy.file ?? file
        copy.line = copy.line.map { $0 + lineOffset }
        return copy
    }
}

/// One or more diagnostics thrown together, so a build reports every broken file at once.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    /// Creates the value from its parts.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
