/// The files `brief init` writes into a new project: settings with every key explained, one short
/// example article, one example actor entry and a `.gitignore`. The example is invented for brief
/// (a town and people that do not exist) and shows what the extraction finds: a speaker with a role,
/// quotations, relative dates, an actor entry that binds a short name.
enum StarterFiles {
    /// File contents by path relative to the project.
    static let files: [String: String] = [
        "brief.yml": settings,
        "content/articles/riverside-flood-barrier.md": article,
        "content/actors/elena-marsh.md": actor,
        ".gitignore": gitignore,
    ]

    static let settings = """
    # Settings of this briefing. Every key is optional; delete what you do not need.

    # The site's name, in every page's title and header.
    title: Riverside briefing

    # One sentence on what the briefing covers: the front page's description and the feeds' subtitle.
    description: Who said what, and when, about the Riverside flood barrier.

    # The language of the articles, as a BCP 47 tag (en, fr, de-CH): the pages' lang attribute.
    language: en

    # The address the site will be published at. Feeds and the sitemap need absolute links, so set
    # it before you publish; without it they carry relative links and brief build warns. A site
    # read only where it is built (file://, brief serve) can say `baseURL: none` instead.
    # baseURL: https://example.org/briefing/

    """

    static let article = """
    ---
    # An example article: replace it with your own. Every key is optional; `title` falls back to a
    # leading `# Heading`, `slug` to the file's name. .txt articles work too (first line the headline).
    title: Riverside council approves a flood barrier for the old harbour
    date: 2026-03-12
    source: Example Gazette
    author: A. Reporter
    tags: [example, infrastructure]
    ---
    The Riverside town council voted on Tuesday to build a flood barrier along the old harbour, after
    two winters in which the quay flooded.

    “We have waited long enough, and the river has not,” Mayor Elena Marsh said after the vote. She
    said work would start next month.

    Councillor Tomas Reyes, who voted against the plan, said the cost was “far higher than anyone was
    told last year.” Marsh said the council would publish the full budget next week.

    The barrier is due to be finished by the end of 2027.

    """

    static let actor = """
    ---
    # An example actor entry: one file per actor the briefing should name the same way everywhere.
    # `aliases` binds the other spellings the articles use; `kind` is person, organisation or place;
    # `roles` (the current one first on the profile, past ones with their years), `country` and `links`
    # (http(s) addresses) are shown on the profile at actors/elena-marsh/; no article's wording of a
    # role replaces them. `image: elena-marsh.jpg` would show a picture kept beside this file
    # (`imageAlt:` describes it).
    name: Elena Marsh
    aliases: [Marsh, Mayor Marsh]
    kind: person
    roles:
      - {title: Mayor of Riverside, from: 2022}
      - {title: Riverside councillor, from: 2015, to: 2022}
    links: [https://example.org/riverside/mayor]
    ---
    Mayor of Riverside, an invented town of brief's example. The text below the front matter is the
    actor's biography, in Markdown; it shows on the profile page.

    """

    static let gitignore = """
    # Made by brief build and brief serve; rebuilt from content/ at any time.
    site/
    .brief-cache/

    """
}
