/// The actor network on `actors/`: the most mentioned actors in a column (people, then organisations,
/// then places, each by mentions), each a dot sized by its mentions and linked to its profile, and
/// arcs on the left joining actors seen together, thicker the more often. An arc diagram rather than
/// a free layout: it is deterministic, and names never overlap, even on a phone.
public enum ActorNetwork {
    /// At most this many actors and ties are drawn, so big briefings stay legible; each actor's
    /// `tiesPerActor` strongest ties come first, so the most mentioned do not take every arc.
    static let actorLimit = 30, tieLimit = 50, tiesPerActor = 2
    /// Layout in SVG units: the picture is drawn near its size on a phone.
    static let width = 360.0, top = 6.0, rowHeight = 24.0, headingHeight = 24.0, nodeX = 124.0, labelX = 138.0
    /// The widest an arc bulges left of the dots, and the longest name shown before it is shortened.
    static let maximumBulge = 112.0, nameLength = 24

    /// The picture and its text alternative: one line per tie drawn, naming the actor drawn higher first.
    public struct Picture: Sendable, Hashable {
        public let svg: String
        public let pairs: [String]
        /// How many actors are drawn, of how many.
        public let shown: Int, total: Int
    }

    /// One actor's row.
    struct Row: Hashable {
        let actor: Actor
        let y: Double
    }

    /// The network of `briefing`, with links relative to `page`; nil with fewer than two actors.
    public static func picture(_ briefing: Briefing, index: BriefingIndex, from page: Route) -> Picture? {
        let actors = selected(briefing.actors)
        guard actors.count >= 2 else { return nil }
        let ties = drawn(ActorTie.ties(among: Set(actors.map(\.id)), in: briefing, index: index).filter(\.isClose))
        let (rows, headings, height) = layout(actors)
        var svg = SVGWriter()
        drawTies(ties, rows: rows, into: &svg)
        for heading in headings {
            svg.text(heading.text, [("class", "chart-label network-heading"), ("x", .number(labelX)), ("y", .number(heading.y))])
        }
        drawActors(rows, maximum: actors.map(\.mentions).max() ?? 1, from: page, into: &svg)
        let document = svg.document(id: "actor-network", title: title(shown: actors.count, total: briefing.actors.count),
                                    description: description(ties: ties.count), width: width, height: height)
        let pairs = ties.compactMap { tie in ends(tie, rows: rows).map { label(tie, $0.upper, $0.lower) } }
        return Picture(svg: document, pairs: pairs, shown: actors.count, total: briefing.actors.count)
    }

    /// The most mentioned actors (ties broken by name), in drawing order: by kind, then mentions, then name.
    static func selected(_ actors: [Actor]) -> [Actor] {
        let top = actors.sorted { ($1.mentions, $0.name, $0.id) < ($0.mentions, $1.name, $1.id) }.prefix(actorLimit)
        let kinds = ActorDirectoryPage.sections.map(\.kind)
        return top.sorted { a, b in
            let ka = kinds.firstIndex(of: a.kind) ?? kinds.count, kb = kinds.firstIndex(of: b.kind) ?? kinds.count
            return (ka, b.mentions, a.name, a.id) < (kb, a.mentions, b.name, b.id)
        }
    }

    /// The ties to draw, strongest first: every actor's strongest `tiesPerActor`, then the strongest
    /// of the rest, at most `tieLimit` in all. `ties` come strongest first.
    static func drawn(_ ties: [ActorTie]) -> [ActorTie] {
        var counts: [String: Int] = [:], chosen: Set<Int> = []
        for (i, tie) in ties.enumerated() where counts[tie.first, default: 0] < tiesPerActor || counts[tie.second, default: 0] < tiesPerActor {
            guard chosen.count < tieLimit else { break }
            chosen.insert(i)
            counts[tie.first, default: 0] += 1
            counts[tie.second, default: 0] += 1
        }
        for i in ties.indices where chosen.count < tieLimit { chosen.insert(i) }
        return ties.indices.filter(chosen.contains).map { ties[$0] }
    }

    /// Each actor's row, a heading above each kind, and the picture's height.
    static func layout(_ actors: [Actor]) -> (rows: [String: Row], headings: [(text: String, y: Double)], height: Double) {
        var rows: [String: Row] = [:], headings: [(text: String, y: Double)] = []
        var y = top, kind: ActorKind?
        for actor in actors {
            if actor.kind != kind {
                kind = actor.kind
                let heading = ActorDirectoryPage.sections.first { $0.kind == actor.kind }?.heading ?? actor.kind.rawValue
                headings.append((heading.uppercased(), y + headingHeight - 8))
                y += headingHeight
            }
            rows[actor.id] = Row(actor: actor, y: y + rowHeight / 2)
            y += rowHeight
        }
        return (rows, headings, y + top)
    }

    /// Arcs left of the dots, weakest first so the strongest lie on top.
    static func drawTies(_ ties: [ActorTie], rows: [String: Row], into svg: inout SVGWriter) {
        let strengths = ties.map { Double($0.strength).squareRoot() }
        let stroke = LinearScale(domain: (strengths.min() ?? 1)...(strengths.max() ?? 1), range: 1...5)
        svg.group([("class", "network-ties")]) { svg in
            for tie in ties.reversed() {
                guard let (upper, lower) = ends(tie, rows: rows) else { continue }
                let (y1, y2) = (upper.y, lower.y)
                let ry = (y2 - y1) / 2, rx = min(ry, maximumBulge)
                let path = "M\(SVGNumber.format(nodeX)) \(SVGNumber.format(y1))A\(SVGNumber.format(rx)) \(SVGNumber.format(ry)) 0 0 0 "
                    + "\(SVGNumber.format(nodeX)) \(SVGNumber.format(y2))"
                svg.element("path", [("class", "network-tie"), ("d", .text(path)), ("stroke-width", .number(stroke(Double(tie.strength).squareRoot())))],
                            title: label(tie, upper, lower))
            }
        }
    }

    /// The rows of a tie's two actors, the one drawn higher first.
    static func ends(_ tie: ActorTie, rows: [String: Row]) -> (upper: Row, lower: Row)? {
        guard let a = rows[tie.first], let b = rows[tie.second] else { return nil }
        return a.y < b.y ? (a, b) : (b, a)
    }

    /// "Ana Ross and Ben Hara: 1 paragraph, 2 articles".
    static func label(_ tie: ActorTie, _ upper: Row, _ lower: Row) -> String {
        "\(upper.actor.name) and \(lower.actor.name): \(tie.counts)"
    }

    /// A dot, name and mention count per actor, linked to the profile (out of the tab order: the
    /// directory below links every actor for keyboards and screen readers).
    static func drawActors(_ rows: [String: Row], maximum: Int, from page: Route, into svg: inout SVGWriter) {
        for row in rows.values.sorted(by: { $0.y < $1.y }) {
            let actor = row.actor
            let radius = 3 + 6.5 * (Double(max(actor.mentions, 0)) / Double(max(maximum, 1))).squareRoot()
            svg.container("a", [("href", .text(page.link(to: ActorRoutes.profile(actor.id)))), ("tabindex", "-1"),
                                ("class", .text("network-actor is-\(actor.kind.rawValue)"))]) { svg in
                svg.title("\(actor.name), \(Plural.count(actor.mentions, "mention"))")
                svg.element("circle", [("class", "network-node"), ("cx", .number(nodeX)), ("cy", .number(row.y)), ("r", .number(radius))])
                svg.text(shortened(actor.name), [("class", "network-name"), ("x", .number(labelX)), ("y", .number(row.y + 4.5))])
                svg.text(String(actor.mentions), [("class", "chart-label"), ("x", .number(width - 4)), ("y", .number(row.y + 4.5)),
                                                  ("text-anchor", "end")])
            }
        }
    }

    /// The name, cut at a word with "…" when longer than ``nameLength`` characters.
    static func shortened(_ name: String) -> String {
        guard name.count > nameLength else { return name }
        let cut = name.prefix(nameLength - 1)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word + "…"
    }

    /// "Actors seen together: the 30 most mentioned of 45".
    static func title(shown: Int, total: Int) -> String {
        shown == total ? "Actors seen together" : "Actors seen together: the \(shown) most mentioned of \(total)"
    }

    /// What the picture shows, and where its text version is.
    static func description(ties: Int) -> String {
        "People, then organisations, then places, each with its number of mentions and a dot sized by it. "
            + "Arcs join actors named in the same paragraph or quotation, or in two or more of the same articles; "
            + "the thicker the arc, the more often. "
            + (ties == 0 ? "No two of them are seen together." : "The \(Plural.count(ties, "pair")) drawn are listed after the picture.")
    }
}
