/// How an entry of `content/corrections.yml` names an article: by its slug, the path of its file
/// in the project, the file's name, or that name without its extension.
enum ArticleReference {
    /// Whether `reference` names `article` (or, when the article is unknown, the slug `slug`).
    static func names(_ reference: String, slug: String, article: Article?) -> Bool {
        let path = article?.sourcePath ?? ""
        let file = path.split(separator: "/").last.map(String.init) ?? ""
        let stem = file.split(separator: ".").first.map(String.init) ?? ""
        return [slug, path, file, stem].contains(reference)
    }

    /// The slugs of the articles of `articles` that `reference` names.
    static func slugs(_ reference: String, in articles: [Article]) -> [String] {
        articles.filter { names(reference, slug: $0.slug, article: $0) }.map(\.slug)
    }
}
