import Testing
@testable import SBO

/// A generator that returns the given words in order, for exact expectations.
private struct ScriptedGenerator: RandomNumberGenerator {
    var words: [UInt64]
    var drawn = 0
    mutating func next() -> UInt64 {
        defer { drawn += 1 }
        return words[drawn]
    }
}

@Suite("BernoulliCount: bit-sliced binomial counts")
struct BernoulliCountTests {
    /// t = 2³¹ (binary 1000…0): u_i < t exactly when the top bit of u_i, bit i of the first
    /// word, is 0; the rest of t is zeros, so no later word can put a lane below. The count is
    /// 64 − popcount(w₁) and one word is drawn.
    @Test func halfThresholdIsDecidedByTheFirstWord() {
        let word: UInt64 = 0xF0F0_0000_FFFF_0001  // 4+4+16+1 = 25 ones
        var generator = ScriptedGenerator(words: [word, 0])
        #expect(BernoulliCount.count(trials: 64, threshold: 1 << 31, using: &generator) == 39)
        #expect(generator.drawn == 1)
    }

    /// t = 3·2³⁰ (binary 1100…0): a lane is below when its first bit is 0, or its first bit
    /// is 1 and its second bit is 0; a lane starting 11 is above at its first later 1 (t has
    /// only zeros there). First word 0b0110 (lanes 1, 2 start with 1), second word 0b0010
    /// (lane 1 has a second 1): lanes 0, 3 are below on the first bit, lane 2 on the second;
    /// the rest of t is zeros, so lane 1 (≥ t) cannot fall below and no third word is drawn.
    @Test func twoBitThresholdByHand() {
        var generator = ScriptedGenerator(words: [0b0110, 0b0010])
        #expect(BernoulliCount.count(trials: 4, threshold: 3 << 30, using: &generator) == 3)
        #expect(generator.drawn == 2)
    }

    @Test func edgeCasesDrawNothing() {
        var generator = ScriptedGenerator(words: [])
        #expect(BernoulliCount.count(trials: 100, threshold: 0, using: &generator) == 0)
        #expect(BernoulliCount.count(trials: 100, threshold: 1 << 32, using: &generator) == 100)
        #expect(BernoulliCount.count(trials: 0, threshold: 1 << 31, using: &generator) == 0)
        #expect(generator.drawn == 0)
    }

    /// Over 20,000 draws of Binomial(m = 1,000, p) the mean is within 5 standard errors of mp
    /// (SE = √(mp(1 − p)/20,000)) and the variance within 5 % of mp(1 − p) (the sample
    /// variance's relative SD is about √(2/20,000) = 1 %). m = 1,000 is not a multiple of 64, so
    /// the last, partial block is covered too.
    @Test(arguments: [0.03, 0.31, 0.5, 0.97])
    func binomialMeanAndVariance(p: Double) {
        var generator = Philox4x32(seed: "bernoulli-count", stream: UInt64(p * 100))
        let m = 1_000, draws = 20_000
        let threshold = UInt64((p * 0x1p32).rounded())
        var sum = 0.0, squares = 0.0
        for _ in 0..<draws {
            let count = Double(BernoulliCount.count(trials: m, threshold: threshold, using: &generator))
            sum += count
            squares += count * count
        }
        let mean = sum / Double(draws)
        let variance = (squares - Double(draws) * mean * mean) / Double(draws - 1)
        let expectedVariance = Double(m) * p * (1 - p)
        #expect(abs(mean - Double(m) * p) <= 5 * (expectedVariance / Double(draws)).squareRoot())
        #expect(abs(variance / expectedVariance - 1) <= 0.05)
    }
}
