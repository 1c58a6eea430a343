import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Hears from the kernel which watched files changed (Linux's inotify), so the preview notices a
/// save within milliseconds without walking the project: a walk of 10,000 articles takes a tenth
/// of a second, too long to repeat several times a second. Where inotify is missing or refuses
/// (another system, too many watches), ``start(root:watched:)`` returns nil and the watcher polls.
public final class ChangeNotifier: Sendable {
    /// What changed since the last look.
    public enum Heard: Equatable, Sendable {
        /// Nothing.
        case nothing
        /// These files (relative to the project root) were written, made, moved or removed.
        case paths(Set<String>)
        /// More than the events can say (a folder made or moved in, the kernel's queue overflowed):
        /// the inputs must be walked again.
        case everything
    }

    private struct State {
        var descriptor: Int32
        /// Where events are read into, made once: the notifier is asked every few milliseconds.
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        /// Each watched folder by its watch, relative to the root ("" for the root itself).
        var folders: [Int32: String] = [:]
    }

    private let root: String
    /// The watched entries, relative to the root (``FileWatcher/projectInputs``).
    private let watched: Set<String>
    private let state: Mutex<State>

    private init(root: String, watched: Set<String>, descriptor: Int32) {
        self.root = root
        self.watched = watched
        self.state = Mutex(State(descriptor: descriptor))
    }

    deinit {
        state.withLock { _ = close($0.descriptor) }
    }

    /// A notifier for `watched` (files or folders, relative to `root`; folders recursively, hidden
    /// ones left out), listening from now on; nil where the kernel cannot tell.
    public static func start(root: URL, watched: [String]) -> ChangeNotifier? {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        let notifier = ChangeNotifier(root: root.standardizedFileURL.path, watched: Set(watched), descriptor: descriptor)
        guard notifier.watchInputs() else { return nil }
        return notifier
        #else
        return nil
        #endif
    }

    /// Reads every event the kernel holds, without waiting.
    public func drain() -> Heard {
        #if os(Linux)
        var heard = Set<String>()
        var everything = false
        while true {
            let buffer = state.withLock { state -> [UInt8]? in
                let descriptor = state.descriptor
                let count = state.buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                return count > 0 ? Array(state.buffer[0..<count]) : nil
            }
            guard let buffer else { break }
            let count = buffer.count
            var offset = 0
            while offset + eventHeader <= count {
                let event = Event(buffer, at: offset)
                offset += eventHeader + event.nameLength
                switch interpret(event, name: event.name(in: buffer, at: offset - event.nameLength)) {
                case .nothing: break
                case .paths(let paths): heard.formUnion(paths)
                case .everything: everything = true
                }
            }
        }
        if everything {
            _ = watchInputs()  // folders made or moved in are watched from now on
            return .everything
        }
        return heard.isEmpty ? .nothing : .paths(heard)
        #else
        return .nothing
        #endif
    }

    #if os(Linux)
    /// The size of an event before its name.
    private let eventHeader = MemoryLayout<inotify_event>.size

    /// One inotify event as the kernel wrote it.
    private struct Event {
        let watch: Int32
        let mask: UInt32
        let nameLength: Int

        init(_ buffer: [UInt8], at offset: Int) {
            let header = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
            watch = header.wd
            mask = header.mask
            nameLength = Int(header.len)
        }

        /// The file's name within the watched folder (NUL-padded by the kernel), or "".
        func name(in buffer: [UInt8], at offset: Int) -> String {
            let bytes = buffer[offset..<offset + nameLength]
            return String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }

        func has(_ flag: Int32) -> Bool { mask & UInt32(bitPattern: flag) != 0 }
    }

    /// What one event says changed.
    private func interpret(_ event: Event, name: String) -> Heard {
        if event.has(Int32(IN_Q_OVERFLOW)) { return .everything }
        let folder: String? = state.withLock { state in
            if event.has(Int32(IN_IGNORED)) {
                state.folders[event.watch] = nil  // the folder is gone; its parent's event said so
                return nil
            }
            return state.folders[event.watch]
        }
        guard let folder, !name.isEmpty, !ProjectSnapshot.isSkipped(name) else { return .nothing }
        let path = folder.isEmpty ? name : folder + "/" + name
        guard isInput(path) else { return .nothing }
        let madeFolder = event.has(Int32(IN_ISDIR)) && (event.has(Int32(IN_CREATE)) || event.has(Int32(IN_MOVED_TO)))
        return madeFolder ? .everything : .paths([path])
    }

    /// Whether `path` is one of the watched entries or inside one.
    private func isInput(_ path: String) -> Bool {
        watched.contains(path) || watched.contains { path.hasPrefix($0 + "/") }
    }

    /// Watches the root (for the watched entries made, replaced or removed) and every folder of the
    /// watched folders; false when the kernel refuses a watch.
    private func watchInputs() -> Bool {
        guard watch(folder: "") else { return false }
        for entry in watched.sorted() where isFolder(root + "/" + entry) {
            guard watchTree(entry) else { return false }
        }
        return true
    }

    /// Watches `folder` and every folder under it that is not hidden.
    private func watchTree(_ folder: String) -> Bool {
        guard watch(folder: folder) else { return false }
        for name in ProjectSnapshot.names(in: root + "/" + folder) where !ProjectSnapshot.isSkipped(name) {
            let path = folder + "/" + name
            if isFolder(root + "/" + path), !watchTree(path) { return false }
        }
        return true
    }

    private func watch(folder: String) -> Bool {
        let mask = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_ONLYDIR
        let path = folder.isEmpty ? root : root + "/" + folder
        return state.withLock { state in
            let watch = inotify_add_watch(state.descriptor, path, UInt32(mask))
            guard watch >= 0 else { return false }
            state.folders[watch] = folder
            return true
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
    #endif
}
