/// Writes the markup of nested ``InlineMark``s while a paragraph's text is written byte by byte: it
/// opens each mark where its span starts and closes it where it ends, and — inside HTML — refuses a
/// mark that would close at another element depth than it opened, or a link inside a link.
struct MarkWriter {
    private let marks: [InlineMark]
    private var next = 0
    private var stack: [(mark: InlineMark, depth: Int)] = []
    private var depth = 0
    private var links = 0

    /// A writer for marks already made nestable (``InlineMark/nestable(_:)``).
    init(_ marks: [InlineMark]) {
        self.marks = marks
    }

    /// Whether every mark was opened and closed.
    var isFinished: Bool { next == marks.count && stack.isEmpty }

    /// Follows an HTML tag the text passes through.
    mutating func enter(_ tag: HTMLTag) {
        depth += tag.depthChange
        if tag.name == "a" { links += tag.depthChange }
    }

    /// Opens the marks starting at or before `position` (before its byte is written); false when one
    /// would be a link inside a link.
    mutating func open(at position: Int, into out: inout [UInt8]) -> Bool {
        while next < marks.count, marks[next].span.start <= position {
            let mark = marks[next]
            if mark.isLink && links > 0 { return false }
            out.append(contentsOf: mark.open.utf8)
            stack.append((mark, depth))
            if mark.isLink { links += 1 }
            next += 1
        }
        return true
    }

    /// Closes the marks ending at or before `position` (after the byte before it is written); false
    /// when one would close inside another element than it opened in.
    mutating func close(at position: Int, into out: inout [UInt8]) -> Bool {
        while let top = stack.last, top.mark.span.end <= position {
            guard top.depth == depth else { return false }
            out.append(contentsOf: top.mark.close.utf8)
            if top.mark.isLink { links -= 1 }
            stack.removeLast()
        }
        return true
    }
}
