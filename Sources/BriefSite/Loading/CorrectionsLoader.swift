import BriefCore
import Foundation
import Yams

/// Reads the editors' corrections, `content/corrections.yml`: a YAML list of entries, each of one
/// kind, told by its first key, with an optional `note` shown on the pages it changes:
///
/// ```yaml
/// - quote: we will not move          # a quotation: `speaker: NAME` or `drop: true`
///   article: talks-resume            #   (optional: the article's slug or file name)
///   speaker: Anna Smith
///   note: Her office confirmed she said it.
/// - merge: [Zelensky, Zelenskiy]     # these actors are one: the actor named by `into`
///   into: Volodymyr Zelenskyy
/// - split: John Smith                # what these articles say of John Smith is another's
///   article: [cup-final, transfer-news]
///   into: John Smith (footballer)
/// - hide: Having                     # no actor at all
/// - event: summit opens              # an event of the timeline: `date: 2025-09-04` or `drop: true`
///   date: 2025-09-04
/// ```
///
/// A malformed entry is an error at its line; an unknown key, or one the entry's kind does not use, a warning.
enum CorrectionsLoader {
    /// The file, relative to the project.
    static let file = "content/corrections.yml"
    /// The keys that say what an entry corrects, one to an entry.
    static let kindKeys = ["quote", "merge", "split", "hide", "event"]
    /// The keys each kind of entry may hold besides its own and `note`.
    static let keysOfKind: [String: [String]] = [
        "quote": ["article", "speaker", "drop"], "merge": ["into"], "split": ["article", "into"], "hide": [],
        "event": ["article", "date", "drop"],
    ]
    /// The keys an entry may hold.
    static let knownKeys = kindKeys + ["article", "speaker", "drop", "into", "date", "note"]

    /// The corrections of the project at `root` (none when the file is absent), with warnings.
    static func load(projectRoot root: URL) throws(DiagnosticList) -> (corrections: Corrections, warnings: [Diagnostic]) {
        let url = root.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return (Corrections(), []) }
        do {
            let text = try SourceText.decode(try ContentScanner.read(url, as: file), file: file)
            return try read(text)
        } catch {
            throw DiagnosticList([error])
        }
    }

    /// The corrections in `text`.
    static func read(_ text: String) throws(Diagnostic) -> (corrections: Corrections, warnings: [Diagnostic]) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw Diagnostic(file: file, message: "invalid YAML: \(error)", hint: "Write a list of entries, each starting with `- quote: …`.")
        }
        guard let node else { return (Corrections(), []) }
        guard case .sequence(let entries) = node else {
            throw Diagnostic(file: file, line: node.mark?.line, message: "expected a list of corrections",
                             hint: "Start each entry with `- quote: words of the quotation` (or `- merge:`, `- split:`, `- hide:`, `- event:`).")
        }
        var corrections = Corrections(), warnings: [Diagnostic] = []
        for entry in entries {
            warnings += try read(entry, into: &corrections)
        }
        return (corrections, warnings)
    }

    /// One entry, added to `corrections`; returns its warnings.
    private static func read(_ node: Node, into corrections: inout Corrections) throws(Diagnostic) -> [Diagnostic] {
        let entry = try CorrectionEntry(node, file: file, knownKeys: knownKeys)
        let kinds = kindKeys.filter { entry.values[$0] != nil }
        guard let kind = kinds.first else {
            throw Diagnostic(file: file, line: entry.line, message: "the correction says neither `quote:`, `merge:`, `split:`, `hide:` nor `event:`",
                             hint: "Start the entry with what it corrects: `- quote: words of the quotation`, `- hide: NAME`, ….")
        }
        guard kinds.count == 1 else {
            throw Diagnostic(file: file, line: entry.line, message: "one correction says both `\(kinds[0]):` and `\(kinds[1]):`",
                             hint: "Write each correction as an entry of its own, starting with `- `.")
        }
        var warnings = entry.warnings
        let allowed = Set([kind, "note"] + (keysOfKind[kind] ?? []))
        for key in entry.order where !allowed.contains(key) {
            warnings.append(Diagnostic(.warning, file: file, line: entry.keyLines[key] ?? entry.line,
                                       message: "`\(key)` does nothing in a `\(kind):` correction and is ignored",
                                       hint: "A `\(kind):` correction takes \((keysOfKind[kind] ?? []).map { "`\($0)`" }.joined(separator: ", ")) and `note`."))
        }
        switch kind {
        case "quote": corrections.quotes.append(try quote(entry))
        case "event": corrections.events.append(try event(entry))
        default: corrections.actors.append(try actor(entry, kind: kind))
        }
        return warnings
    }

    private static func quote(_ entry: CorrectionEntry) throws(Diagnostic) -> Correction {
        let quote = try entry.single("quote", hint: "Add `quote:` with a few words from inside the quotation marks.")
        let action: Correction.Action
        if let speaker = try entry.optionalSingle("speaker") {
            action = .attribute(speaker: speaker)
        } else if entry.isTrue("drop") {
            action = .drop
        } else {
            throw Diagnostic(file: file, line: entry.line, message: "the correction says neither `speaker:` nor `drop: true`",
                             hint: "Give the speaker's name, or `drop: true` when the words are no quotation.")
        }
        return Correction(quote: quote, article: try entry.optionalSingle("article"), action: action, note: try entry.optionalSingle("note"),
                          file: file, line: entry.line)
    }

    private static func event(_ entry: CorrectionEntry) throws(Diagnostic) -> EventCorrection {
        let words = try entry.single("event", hint: "Add `event:` with a few words of the event's line on the timeline.")
        let action: EventCorrection.Action
        if let text = try entry.optionalSingle("date") {
            let date = TimexValue(timeML: text)
            guard date.isCalendarValue else {
                throw Diagnostic(file: file, line: entry.keyLines["date"] ?? entry.line, message: "`date: \(text)` is no date",
                                 hint: "Write a day (2025-09-04), a month (2025-09), a year (2025), or a week or quarter (2025-W36, 2025-Q3).")
            }
            action = .date(date)
        } else if entry.isTrue("drop") {
            action = .drop
        } else {
            throw Diagnostic(file: file, line: entry.line, message: "the correction says neither `date:` nor `drop: true`",
                             hint: "Give the event's date, or `drop: true` when it is no event.")
        }
        return EventCorrection(event: words, article: try entry.optionalSingle("article"), action: action,
                               note: try entry.optionalSingle("note"), file: file, line: entry.line)
    }

    private static func actor(_ entry: CorrectionEntry, kind: String) throws(Diagnostic) -> ActorCorrection {
        let action: ActorCorrection.Action
        switch kind {
        case "merge":
            let names = entry.values["merge"] ?? []
            let into = try entry.optionalSingle("into") ?? names.first
            guard let into, names.count + (entry.values["into"] == nil ? 0 : 1) >= 2 else {
                throw Diagnostic(file: file, line: entry.line, message: "a merge needs two names: the profiles to merge and the one they become",
                                 hint: "Write `merge: [Zelensky, Zelenskiy]` and `into: Volodymyr Zelenskyy` (or list both names under `merge:`; the first stays).")
            }
            action = .merge(names: names, into: into)
        case "split":
            let name = try entry.single("split", hint: "Write `split: NAME`, the actor's name on its profile.")
            let articles = entry.values["article"] ?? []
            guard !articles.isEmpty else {
                throw Diagnostic(file: file, line: entry.line, message: "a split needs `article:`, the articles that mean someone else",
                                 hint: "Add `article: SLUG` (or a list, `article: [a, b]`) and `into: OTHER NAME`.")
            }
            let into = try entry.single("into", hint: "Add `into:` with the other actor's name (a new profile is made when none has it).")
            action = .split(name: name, articles: articles, into: into)
        default:
            action = .hide(name: try entry.single("hide", hint: "Write `hide: NAME`, the name on the actor's profile."))
        }
        return ActorCorrection(action: action, note: try entry.optionalSingle("note"), file: file, line: entry.line)
    }
}
