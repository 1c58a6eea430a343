import Foundation
import Testing

/// The `brief` binary allocates through jemalloc, not glibc's malloc (see `Package.swift`): asked by
/// its `MALLOC_CONF` to print its statistics at exit, jemalloc answers (glibc's malloc ignores it),
/// with the options the binary sets in `CAllocatorSettings`.
@Suite struct AllocatorTests {
    #if os(Linux)
    @Test func theBinaryAllocatesThroughJemalloc() throws {
        let run = try BriefBinary.find().run(["--version"], environment: ["MALLOC_CONF": "stats_print:true"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("jemalloc statistics"))
        #expect(run.stderr.contains("opt.dirty_decay_ms: 300"))
    }
    #endif
}
