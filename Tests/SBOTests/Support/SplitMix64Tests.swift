import Testing

@Suite struct SplitMix64Tests {
    /// The first outputs for seed 1234567 of the reference algorithm (splitmix64.c by
    /// Sebastiano Vigna, prng.di.unimi.it), recomputed with an independent Python
    /// transcription: `s = (s + 0x9E3779B97F4A7C15) % 2**64; ...`.
    @Test func firstOutputsMatchReference() {
        var generator = SplitMix64(seed: 1_234_567)
        #expect(generator.next() == 6_457_827_717_110_365_317)
        #expect(generator.next() == 3_203_168_211_198_807_973)
        #expect(generator.next() == 9_817_491_932_198_370_423)
    }

    @Test func boundedIntegersStayInRange() {
        var generator = SplitMix64(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<1_000 {
            let value = generator.next(below: 6)
            #expect((0..<6).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 6)
    }
}
