/// A fixed stream of uniform doubles in [0, 1) for seeded sweeps in the tests: a 64-bit linear
/// congruential generator with Knuth's MMIX constants, top 53 bits.
struct SeededUniform {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / 9_007_199_254_740_992
    }
}
