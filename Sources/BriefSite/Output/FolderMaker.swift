import BriefCore
import Foundation

/// Makes the folders a site's files go in: one `mkdir` when the parent exists (the common case, a
/// page's own folder), Foundation making the missing parents otherwise. Shared by the staging folder
/// and the in-place commit into the output.
enum FolderMaker {
    /// Makes the folder at `path` and any missing parents; an existing folder is left as it is.
    static func make(_ path: String) throws(Diagnostic) {
        guard mkdir(path, 0o777) != 0 else { return }
        var status = stat()
        if errno == EEXIST, stat(path, &status) == 0, status.st_mode & mode_t(S_IFMT) == mode_t(S_IFDIR) { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(message: "cannot create the folder \(path): \(error.localizedDescription)",
                             hint: "Check the permissions of the folders above it and the free space on its disk.")
        }
    }
}
