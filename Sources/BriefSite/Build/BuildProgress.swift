import Foundation
import Synchronization

/// How far a build has got, counted from every core as the work is done: articles analysed, pages
/// rendered, files written, each out of its total once known (pages and files are written as they
/// are made, so their totals are known only at the end). A terminal front end reads it to
/// draw a progress line; the build itself never prints.
public final class BuildProgress: Sendable {
    /// One count and its total (nil until the stage has started).
    public struct Stage: Sendable, Equatable {
        public var done = 0
        public var total: Int?
    }

    /// The counts at one moment.
    public struct Snapshot: Sendable, Equatable {
        public var articles = Stage()
        public var pages = Stage()
        public var files = Stage()
    }

    /// The three stages a build goes through, in order.
    enum Counter: Sendable { case articles, pages, files }

    private let state = Mutex(Snapshot())

    /// A progress with nothing done yet.
    public init() {}

    /// The counts now.
    public var snapshot: Snapshot { state.withLock { $0 } }

    /// Starts `counter`'s stage: `total` items to do.
    func start(_ counter: Counter, total: Int) {
        state.withLock { $0[counter] = Stage(done: 0, total: total) }
    }

    /// Ends `counter`'s stage, whose total was not known while it ran: the total is what was done.
    func finish(_ counter: Counter) {
        state.withLock { $0[counter].total = $0[counter].done }
    }

    /// One more item of `counter`'s stage done.
    func tick(_ counter: Counter) {
        state.withLock { $0[counter].done += 1 }
    }
}

extension BuildProgress.Snapshot {
    /// The stage of `counter`.
    subscript(counter: BuildProgress.Counter) -> BuildProgress.Stage {
        get {
            switch counter {
            case .articles: articles
            case .pages: pages
            case .files: files
            }
        }
        set {
            switch counter {
            case .articles: articles = newValue
            case .pages: pages = newValue
            case .files: files = newValue
            }
        }
    }

    /// The line a terminal shows: "812/10000 articles analysed, 0 pages rendered, 0 files written
    /// · 4.2 s"; a stage not yet started shows its count alone, and the work between two stages
    /// is named ("· combining articles ·").
    public func line(elapsed seconds: Double) -> String {
        let counts = [Self.part(articles, "articles analysed"), Self.part(pages, "pages rendered"), Self.part(files, "files written")]
        return ([counts.joined(separator: ", ")] + (between.map { [$0] } ?? []) + [String(format: "%.1f s", seconds)])
            .joined(separator: " · ")
    }

    /// What the build does between two counted stages, or nil while one is counting.
    var between: String? {
        if articles.total == nil { return "reading articles" }
        if articles.done == articles.total, pages.total == nil, pages.done == 0 { return "combining articles" }
        if pages.done == pages.total, files.total == nil { return "making feeds, search and data files" }
        return nil
    }

    /// "812/10000 articles analysed", or "0 articles analysed" before the total is known.
    private static func part(_ stage: BuildProgress.Stage, _ what: String) -> String {
        stage.total.map { "\(stage.done)/\($0) \(what)" } ?? "\(stage.done) \(what)"
    }
}
