import BriefCore

/// A ``PublishedFileSink`` writing each file into a ``StagingFolder`` as its pieces arrive. The sink
/// cannot throw, so it keeps the first error for its caller and writes nothing after it.
struct StagedFileSink: PublishedFileSink {
    let folder: StagingFolder
    private var current: (path: String, file: StreamedFile)?
    /// The first error met, or nil.
    private(set) var failure: Diagnostic?
    /// The paths of the files begun, in order.
    private(set) var paths: [String] = []

    /// A sink into `folder`.
    init(folder: StagingFolder) {
        self.folder = folder
    }

    mutating func begin(_ path: String) {
        guard failure == nil else { return }
        paths.append(path)
        do {
            current = (path, try folder.open(path))
        } catch {
            failure = error
        }
    }

    mutating func write(_ text: String) {
        current?.file.append(text)
    }

    mutating func end() {
        guard var open = current else { return }
        current = nil
        do {
            try folder.close(&open.file, path: open.path)
        } catch {
            failure = failure ?? error
        }
    }
}
