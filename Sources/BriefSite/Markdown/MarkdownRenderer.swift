import BriefCore
import CCmarkGFM
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders GitHub-flavoured Markdown with cmark-gfm: tables, strikethrough, autolinks, the tag
/// filter and task lists, smart punctuation, in safe mode (raw HTML omitted, `javascript:` links
/// emptied). Thread-safe: each call uses its own parser, and documents finish one at a time (see
/// ``inlineParsing``).
public enum MarkdownRenderer {
    /// The GFM extensions every document is parsed with.
    public static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Parse options: smart punctuation and UTF-8 validation; safe mode is cmark's default (no
    /// `CMARK_OPT_UNSAFE`, deliberately).
    static let parseOptions = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8

    /// Held while a document's inlines are parsed (`cmark_parser_finish`): cmark-gfm adds the
    /// extensions' special characters to one table shared by every parser for that step and takes
    /// them out after, so a document finishing on another core took the autolink's ":" and "w" away
    /// from one being parsed. Reading the blocks and rendering still run on every core.
    private static let inlineParsing = Mutex(())

    /// Registers the core extensions with cmark once per process.
    private static let registration: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// The whole document as HTML.
    public static func html(_ markdown: String) -> String {
        withDocument(markdown) { document, extensions in
            render(document, extensions: extensions)
        }
    }

    /// The document's top-level blocks as numbered paragraphs (from `firstNumber`): each block's
    /// HTML carries `id="pN"` on its first element, and its plain text is kept for extraction.
    public static func paragraphs(_ markdown: String, firstNumber: Int = 1) -> [Paragraph] {
        withDocument(markdown) { document, extensions in
            var result: [Paragraph] = []
            var node = cmark_node_first_child(document)
            while let block = node {
                let number = firstNumber + result.count
                let html = render(block, extensions: extensions)
                let text = plainText(block)
                result.append(Paragraph(number: number, text: text, html: anchored(html, id: "p\(number)")))
                node = cmark_node_next(block)
            }
            return result.trimmingCapacity()  // every article's paragraphs are held for the whole build
        }
    }

    /// Puts `id` on the first element of `html`, unless the block is an omitted-HTML comment.
    static func anchored(_ html: String, id: String) -> String {
        guard html.hasPrefix("<"), !html.hasPrefix("<!--"),
              let nameEnd = html.firstIndex(where: { $0 == " " || $0 == ">" || $0 == "/" }) else { return html }
        return String(html[..<nameEnd]) + " id=\"\(id)\"" + String(html[nameEnd...])
    }

    private static func withDocument<T>(_ markdown: String,
                                        _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T {
        _ = registration
        let parser = cmark_parser_new(parseOptions)!
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        var finished: OpaquePointer?
        inlineParsing.withLock { _ in finished = cmark_parser_finish(parser) }
        let document = finished!
        defer { cmark_node_free(document) }
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    private static func render(_ node: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let pointer = cmark_render_html(node, parseOptions, extensions) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private static func plainText(_ node: OpaquePointer) -> String {
        MarkdownPlainText.text(of: node, options: parseOptions | CMARK_OPT_NOBREAKS).trimmingASCIIWhitespace()
    }
}
