import BriefCore

/// Parks an article's reported statements and events as the analysis cache's compact bytes while the
/// corpus is resolved: a few bytes per field instead of a struct, and a heap allocation per text, each.
/// At 10,000 articles this is most of what the analyses hold besides what the resolution reads.
struct CompactParking: DerivationParking {
    func park(_ parts: DeferredDerivation) -> [UInt8] {
        let writer = CompactWriter()
        writer.store(parts.reported)
        writer.store(parts.temporal)
        // Copied at its size: the writer's bytes have grown by doubling, and an array made from all of
        // them would share that storage, spare room included.
        let bytes = writer.bytes
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: bytes)
        }
    }

    func unpark(_ parked: [UInt8]) -> DeferredDerivation {
        var reader = ByteReader(parked)
        do throws(ByteReader.Corrupt) {
            let parts = DeferredDerivation(reported: try reader.readList(), temporal: try reader.read())
            guard reader.atEnd else { throw reader.corrupt("bytes left after the parked parts") }
            return parts
        } catch {
            // The bytes were written by `park` in this process a moment ago: not reading them back is a defect.
            preconditionFailure("parked analysis does not read back: \(error)")
        }
    }
}
