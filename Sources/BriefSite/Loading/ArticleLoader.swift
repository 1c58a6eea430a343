import BriefCore

/// Turns an ``ArticleSource`` into an ``Article``: decodes the text, reads its metadata (front matter
/// over sidecar), and parses the body as seed-shaped plain text or as Markdown.
public enum ArticleLoader {
    /// An article as loaded, before slugs are made unique across the briefing.
    public struct Loaded: Sendable {
        public let article: Article
        /// The slug the article asks for (its `slug:` or its file name).
        public let wantedSlug: String
        public let warnings: [Diagnostic]
    }

    /// Loads `source`, or throws every problem found in it.
    public static func load(_ source: ArticleSource) throws(Diagnostic) -> Loaded {
        let text = try SourceText.decode(source.bytes, file: source.path)
        let split = try FrontMatter.split(text, file: source.path)
        var metadata = ArticleMetadata()
        var warnings: [Diagnostic] = []
        if let line = ControlCharacters.firstLine(in: source.bytes) {
            warnings.append(Diagnostic(.warning, file: source.path, line: line, message: "control characters (such as ESC or BEL) were removed",
                                       hint: "They are invisible and have no place in an article; check the text was copied correctly."))
        }
        if let line = InvisibleFormatting.firstBidiLine(in: source.bytes) {
            warnings.append(Diagnostic(.warning, file: source.path, line: line,
                                       message: "invisible bidirectional controls (such as U+202E) were removed: they would reorder the page's text",
                                       hint: "Check the text was copied correctly; right-to-left text shows in its order without them."))
        }
        if let sidecar = source.sidecar {
            let yaml = try SourceText.decode(sidecar.bytes, file: sidecar.path)
            let (sidecarMetadata, sidecarWarnings) = try MetadataReader.read(yaml: yaml, file: sidecar.path, firstLine: 1)
            metadata = sidecarMetadata
            warnings += sidecarWarnings
        }
        if let yaml = split.yaml {
            let (inline, inlineWarnings) = try MetadataReader.read(yaml: yaml, file: source.path, firstLine: split.yamlFirstLine)
            metadata = metadata.overlaid(with: inline)
            warnings += inlineWarnings
        }
        let article: Article
        switch source.fileExtension {
        case "md", "markdown": article = try markdownArticle(source, metadata: metadata, body: split.body, firstLine: split.bodyFirstLine)
        default: article = try plainTextArticle(source, metadata: metadata, body: split.body, firstLine: split.bodyFirstLine)
        }
        let wanted = metadata.slug ?? Slug.make(source.stem) ?? Slug.make(article.title) ?? "article"
        if article.paragraphs.isEmpty {
            warnings.append(Diagnostic(.warning, file: source.path, message: "the article has a headline but no paragraphs"))
        }
        return Loaded(article: article, wantedSlug: wanted, warnings: warnings)
    }

    private static func plainTextArticle(_ source: ArticleSource, metadata: ArticleMetadata, body: String,
                                         firstLine: Int) throws(Diagnostic) -> Article {
        let parsed = try PlainTextArticle.parse(body, file: source.path, firstLine: firstLine)
        let paragraphs = parsed.paragraphs.enumerated().map { Paragraph(number: $0.offset + 1, text: $0.element) }
        return Article(slug: "", sourcePath: source.path, format: .plainText, title: metadata.title ?? parsed.headline,
                       metadata: metadata, byline: metadata.author ?? parsed.byline, paragraphs: paragraphs)
    }

    private static func markdownArticle(_ source: ArticleSource, metadata: ArticleMetadata, body: String,
                                        firstLine: Int) throws(Diagnostic) -> Article {
        var body = body
        var title = metadata.title
        if title == nil, let heading = leadingHeading(body) {
            body = heading.rest
            title = heading.title
        }
        let stem = ControlCharacters.escaped(source.stem)
        guard let headline = title ?? Optional(stem).flatMap({ $0.isEmpty ? nil : $0 }) else {
            throw Diagnostic(file: source.path, line: firstLine, message: "the article has no title",
                             hint: "Add `title:` to the front matter or start the body with `# Headline`.")
        }
        return Article(slug: "", sourcePath: source.path, format: .markdown, title: headline, metadata: metadata,
                       byline: metadata.author, paragraphs: MarkdownRenderer.paragraphs(body))
    }

    /// The text of a first `# Heading` line and the body after it, when the body opens with one.
    static func leadingHeading(_ body: String) -> (title: String, rest: String)? {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
              lines[index].hasPrefix("# ") else { return nil }
        var title = String(lines[index].dropFirst(2)).trimmingASCIIWhitespace()
        while title.hasSuffix("#") { title.removeLast() }
        title = title.trimmingASCIIWhitespace()
        guard !title.isEmpty else { return nil }
        return (title, lines[(index + 1)...].joined(separator: "\n"))
    }
}
