import Testing

@testable import SBO

/// `Philox4x32.fill` and `PhiloxBuffer` give `Philox4x32.next()`'s outputs in order.
@Suite struct PhiloxBufferTests {
    /// Counters that start anywhere, wrap c₀ into c₁, or are about to carry into c₂ (where
    /// `fill` falls back to one block at a time), with and without a spare output pending.
    @Test func fillGivesTheOutputsOfNext() {
        let counters: [(UInt32, UInt32, UInt32, UInt32)] = [
            (0, 0, 0, 0), (7, 0, 3, 0), (0xFFFF_FFF9, 0, 5, 1), (0xFFFF_FFF5, 0xFFFF_FFFF, 9, 0),
            (0xFFFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFF, 2),
        ]
        for counter in counters {
            for skipped in [0, 1] {
                for count in [0, 1, 15, 16, 17, 33, 100] {
                    var reference = Philox4x32(key: (0x1234_5678, 0x9ABC_DEF0), counter: counter)
                    for _ in 0..<skipped { _ = reference.next() }
                    var filled = reference
                    var outputs = [UInt64](repeating: 0, count: count)
                    outputs.withUnsafeMutableBufferPointer { filled.fill($0) }
                    #expect(outputs == (0..<count).map { _ in reference.next() })
                    #expect(filled.next() == reference.next())  // the state moved on alike
                }
            }
        }
    }

    @Test func bufferGivesTheOutputsOfNext() {
        var reference = Philox4x32(seed: "buffer", stream: 3)
        var buffered = PhiloxBuffer(Philox4x32(seed: "buffer", stream: 3))
        for _ in 0..<1000 { #expect(buffered.next() == reference.next()) }
        var bounded = PhiloxBuffer(Philox4x32(seed: "bounded"))
        var plain = Philox4x32(seed: "bounded")
        for bound in 1...300 {
            #expect(boundedRandom(below: UInt64(bound), using: &bounded) == boundedRandom(below: UInt64(bound), using: &plain))
        }
    }
}
