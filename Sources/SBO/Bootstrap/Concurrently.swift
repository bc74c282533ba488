/// Two independent pieces of work run at the same time on the shared worker threads
/// (``WorkerPool``), for a command that reads two large files: the second runs on a worker
/// while the first runs on the caller's thread, or after it when no worker is free.
///
/// ```swift
/// let (sample, observations) = Concurrently.both(
///     { Result { try SampleDesign.table(readingSampleAt: samplePath) } },
///     { Result { try CSVReader.read(path: observationsPath) } })
/// ```
public enum Concurrently {
    /// `first()` and `second()`, computed at the same time.
    public static func both<A: Sendable, B: Sendable>(
        _ first: @Sendable () -> A, _ second: @Sendable () -> B
    ) -> (A, B) {
        var a: A?, b: B?
        withUnsafeMutablePointer(to: &a) { pointerA in
            withUnsafeMutablePointer(to: &b) { pointerB in
                let outA = PartOutput(UnsafeMutableBufferPointer(start: pointerA, count: 1))
                let outB = PartOutput(UnsafeMutableBufferPointer(start: pointerB, count: 1))
                WorkerPool.shared.run(parts: min(2, WorkerPool.shared.maximumParts)) { part in
                    if part == 0 { outA.store(first(), at: 0) }
                    if part == 1 || WorkerPool.shared.maximumParts == 1 { outB.store(second(), at: 0) }
                }
            }
        }
        return (a!, b!)
    }
}
