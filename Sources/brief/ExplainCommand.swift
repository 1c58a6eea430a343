import ArgumentParser
import BriefCore
import BriefEvaluation
import BriefSite
import Foundation

/// `brief explain ARTICLE`: every fact extraction derives from one article, with the rule that found
/// it, the rule that chose its speaker and the words they matched.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show what extraction derives from one article and which rule derived each fact.",
        discussion: """
        Analyses ARTICLE (a .txt or .md article file; a .txt file's sidecar NAME.yml is read too) as \
        `brief build` does and prints, paragraph by paragraph, each quotation, reported statement, actor \
        and date found: the rule that found it (quote.marks, statement.speaker-verb, …), the rule that \
        chose its speaker (speaker.after-quote, speaker.continued, speaker.floating-quotation, …), how \
        the speaker was bound to a person (resolve.name, resolve.pronoun, resolve.role, …), the speaker \
        as written and the speech verb matched. Actors are those of this article alone, before the \
        briefing resolves them across articles. Writes nothing.
        """
    )

    /// How the explanation is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The article file (content/articles/NAME.txt or .md).", valueName: "article"))
    var article: String

    @Option(help: ArgumentHelp("Only the facts of this paragraph (numbered from 1, as the page's #pN anchors).", valueName: "n"))
    var paragraph: Int?

    @Option(help: "text for people, json for tools.")
    var format: Format = .text

    func run() throws {
        let loaded: ArticleLoader.Loaded
        do throws(Diagnostic) {
            loaded = try ArticleLoader.load(try Self.source(article))
        } catch {
            Console(verbosity: .normal).error(error)
            throw ExitCode.failure
        }
        if let paragraph, !loaded.article.paragraphs.contains(where: { $0.number == paragraph }) {
            throw ValidationError("\(article) has no paragraph \(paragraph): it has \(loaded.article.paragraphs.count).")
        }
        let explanation = ArticleExplanation(loaded.article, only: paragraph)
        switch format {
        case .text: print(explanation.text(), terminator: "")
        case .json: print(explanation.json())
        }
    }

    /// The file at `path` with a `.txt` file's sidecar, or a diagnostic saying why it cannot be read.
    static func source(_ path: String) throws(Diagnostic) -> ArticleSource {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(file: path, message: "cannot read the article: no such readable file",
                             hint: "Give the path of an article file, such as content/articles/NAME.txt.")
        }
        var sidecar: ArticleSource.Sidecar?
        if path.lowercased().hasSuffix(".txt") {
            let sidecarPath = String(path.dropLast(4)) + ".yml"
            if let yaml = FileManager.default.contents(atPath: sidecarPath) {
                sidecar = ArticleSource.Sidecar(path: sidecarPath, bytes: [UInt8](yaml))
            }
        }
        return ArticleSource(path: path, bytes: [UInt8](data), sidecar: sidecar)
    }
}
