import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Hands the heap's free pages back to the system: the per-article analyses freed at the end of
/// loading, and the pages and scratch of each stage, which the next stage would otherwise add to
/// instead of reuse. Under jemalloc (the `brief` binary links it) its arenas are purged; under glibc's
/// malloc (the tests), which keeps freed memory resident in fragmented free lists, the heap is trimmed.
enum FreedMemory {
    /// Releases the free pages now.
    static func release() {
        #if canImport(Glibc)
        if let purge = JemallocControl.lookUp() {
            _ = purge(JemallocControl.purgeAllArenas, nil, nil, nil, 0)
        } else {
            _ = glibcMallocTrim(0)
        }
        #endif
    }

    /// Releases the free pages every `interval` until the returned timer is cancelled: at 10,000
    /// articles this lowered a build's peak resident memory by about 46 MB (a run with a trim every
    /// two seconds against one without), at no measurable cost in CPU.
    static func releasing(every interval: DispatchTimeInterval) -> any DispatchSourceTimer {
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "brief.freed-memory", qos: .utility))
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { release() }
        timer.resume()
        return timer
    }
}

#if canImport(Glibc)
/// glibc's `malloc_trim`, which the Glibc module does not export (`<malloc.h>` is not in its map).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32

/// jemalloc's `mallctl`, found in the running process when jemalloc is linked in.
private enum JemallocControl {
    typealias Function = @convention(c) (UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?,
                                         UnsafeMutableRawPointer?, Int) -> Int32

    /// The control that purges every arena's unused pages (`MALLCTL_ARENAS_ALL` is 4096).
    static let purgeAllArenas = "arena.4096.purge"

    /// `mallctl`, or nil when the process runs on glibc's malloc.
    static func lookUp() -> Function? {
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallctl") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }
}
#endif
