import Testing
@testable import SBO

@Suite("Bounded integers (Lemire) and uniform doubles")
struct BoundedRandomTests {
    /// Returns the scripted words in order and counts how many were used.
    struct ScriptedGenerator: RandomNumberGenerator {
        var words: [UInt64]
        var used = 0
        mutating func next() -> UInt64 {
            defer { used += 1 }
            return words[used]
        }
    }

    /// Counts of each accepted result and of rejections when every w-bit word is tried once.
    static func enumerate<Word: FixedWidthInteger & UnsignedInteger>(
        bound: Word, step: (Word, Word) -> Word?
    ) -> (counts: [Int], rejected: Int) {
        var counts = [Int](repeating: 0, count: Int(bound))
        var rejected = 0
        for x in Word.min...Word.max {
            if let result = step(x, bound) { counts[Int(result)] += 1 } else { rejected += 1 }
        }
        return (counts, rejected)
    }

    @Test("8-bit analogue: every bound 1...255 is exactly uniform over all 256 words")
    func exhaustiveEightBit() {
        for bound in UInt8(1)...UInt8.max {
            let (counts, rejected) = Self.enumerate(bound: bound) { multiplyShiftCandidate($0, below: $1) }
            // Each result is hit ⌊256/s⌋ times and 256 mod s words are rejected.
            #expect(counts.allSatisfy { $0 == 256 / Int(bound) }, "bound \(bound)")
            #expect(rejected == 256 % Int(bound), "bound \(bound)")
        }
    }

    @Test("16-bit analogue: uniform over all 65,536 words for awkward bounds")
    func exhaustiveSixteenBit() {
        for bound: UInt16 in [3, 7, 1000, 21_845, 32_769, 65_535] {
            let (counts, rejected) = Self.enumerate(bound: bound) { multiplyShiftCandidate($0, below: $1) }
            #expect(counts.allSatisfy { $0 == 65_536 / Int(bound) }, "bound \(bound)")
            #expect(rejected == 65_536 % Int(bound), "bound \(bound)")
        }
    }

    @Test("Negative control: multiply-shift without rejection is biased, and the harness sees it")
    func negativeControl() {
        let (counts, _) = Self.enumerate(bound: UInt8(3)) { x, bound in
            x.multipliedFullWidth(by: bound).high
        }
        #expect(counts == [86, 85, 85])
    }

    /// bound 3: t = 2⁶⁴ mod 3 = 1, so x = 0 (low word of 3x is 0 < 1) is rejected;
    /// x = 2⁶⁴ − 1 gives 3x = 2·2⁶⁴ + (2⁶⁴ − 3): accepted, result 2.
    @Test("A rejected word is replaced by the next one")
    func rejectionConsumesAnotherWord() {
        var generator = ScriptedGenerator(words: [0, .max])
        #expect(boundedRandom(below: 3, using: &generator) == 2)
        #expect(generator.used == 2)
        // bound 4 divides 2⁶⁴: nothing is rejected; x = 0 gives 0 at once.
        var exact = ScriptedGenerator(words: [0])
        #expect(boundedRandom(below: 4, using: &exact) == 0)
        #expect(exact.used == 1)
    }

    @Test("Edge bounds: 1 always gives 0; UInt64.max stays below it")
    func edgeBounds() {
        var generator = Philox4x32(seed: "edge")
        #expect((0..<100).allSatisfy { _ in boundedRandom(below: 1, using: &generator) == 0 })
        #expect((0..<100).allSatisfy { _ in boundedRandom(below: .max, using: &generator) < .max })
    }

    /// 60,000 draws below 6: each count is Binomial(60000, 1/6), mean 10,000 and
    /// σ = √(60000 · 1/6 · 5/6) ≈ 91.3; the tolerance is 5σ ≈ 457 (a false alarm has
    /// probability below 4·10⁻⁶ per face). Fixed seed, so the outcome is deterministic.
    @Test("Seeded counts of a die stay within five standard deviations")
    func dieCounts() {
        var generator = Philox4x32(seed: "die counts")
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[Int(boundedRandom(below: 6, using: &generator))] += 1 }
        for count in counts { #expect(abs(count - 10_000) <= 457, "counts \(counts)") }
    }

    /// Python (the independent implementation of `Philox4x32Tests`), Lemire's method on the
    /// first words of stream 0 of seed "sbo": `[652, 396, 400, 714, 895]`; doubles
    /// `(x >> 11) * 2.0**-53` printed with "%.17g".
    @Test("Golden draws for a fixed seed")
    func golden() {
        var generator = Philox4x32(seed: "sbo", stream: 0)
        #expect((0..<5).map { _ in boundedRandom(below: 1000, using: &generator) } == [652, 396, 400, 714, 895])
        var doubles = Philox4x32(seed: "sbo", stream: 0)
        #expect(uniformDouble(using: &doubles) == 0.65214390937019928)
        #expect(uniformDouble(using: &doubles) == 0.39682079239524726)
        #expect(uniformDouble(using: &doubles) == 0.40079865793396874)
    }

    /// Mean of 100,000 uniforms: SE = √(1/12 / 100000) ≈ 0.000913; tolerance 5 SE ≈ 0.0046.
    @Test("uniformDouble spans [0, 1) and has mean ½")
    func uniformDoubles() {
        var extremes = ScriptedGenerator(words: [0, .max])
        #expect(uniformDouble(using: &extremes) == 0)
        #expect(uniformDouble(using: &extremes) == 1 - 0x1p-53)
        var generator = Philox4x32(seed: "doubles")
        var sum = 0.0
        for _ in 0..<100_000 { sum += uniformDouble(using: &generator) }
        #expect(abs(sum / 100_000 - 0.5) <= 0.0046)
    }
}
