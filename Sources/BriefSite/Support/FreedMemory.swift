import Dispatch

/// Hands the heap's free pages back to the system. glibc keeps memory freed by the build in
/// fragmented free lists, resident: the per-article analyses freed at the end of loading, and the
/// pages and scratch of each stage, which the next stage would otherwise add to instead of reuse.
enum FreedMemory {
    /// Releases the free pages now.
    static func release() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
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
#endif
