import BriefCore
import Foundation

/// Copies the pictures of the actors' registry entries into the site, each beside its profile
/// (`actors/ID/image.EXT`). The loader checked each path to lie inside `content/`; it is read again
/// here, so a picture deleted since is an error naming its entry.
enum ActorImageCopier {
    /// Copies every picture of `briefing`'s entries, read from the project at `root`, into `folder`.
    static func copy(_ briefing: Briefing, from root: URL, into folder: StagingFolder) throws(DiagnosticList) {
        var errors: [Diagnostic] = []
        for (id, entry) in briefing.entries.sorted(by: { $0.key < $1.key }) {
            guard let image = entry.image else { continue }
            let url = root.appendingPathComponent(image.sourcePath)
            do throws(Diagnostic) {
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw Diagnostic(file: entry.sourcePath, message: "cannot read the image \(image.sourcePath)",
                                     hint: "Check that the file is there and readable, or remove `image:` from the entry.")
                }
                try folder.write(image.sitePath(actor: id), bytes: [UInt8](data))
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw DiagnosticList(errors) }
    }
}
