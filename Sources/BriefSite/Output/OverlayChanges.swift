/// What committing an overlay staging folder (``StagingFolder``) changes in the output: the files
/// written anew, to move in, and the old site's files the new site does not have, to remove, with
/// the old site's listing the build started from, from which the new one is made without a walk.
/// A small change is applied in place, file by file; a large one is swapped in whole, so that a
/// build killed while committing it cannot leave a site mixed from two builds for long.
struct OverlayChanges: Sendable {
    /// Paths, relative to the site, of the files in the staging folder, sorted.
    let written: [String]
    /// Paths of the old site's files to remove, sorted.
    let stale: [String]
    /// The old site's files and their stamps, as walked before the build.
    let keeping: [String: FileStamp]

    /// The fewest files a change may touch and still count as small, and above that the share of the site.
    static let smallChange = 100
    static let smallShare = 10

    /// Whether the change is small enough to apply in place.
    var isSmall: Bool {
        written.count + stale.count <= max(Self.smallChange, keeping.count / Self.smallShare)
    }

    /// The old site's files the new site keeps as they are, the brief marker among them.
    var kept: [String] {
        let changed = Set(written).union(stale)
        return keeping.keys.filter { !changed.contains($0) }
    }
}
