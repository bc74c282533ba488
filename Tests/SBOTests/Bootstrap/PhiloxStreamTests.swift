import Foundation
import CPhilox
import Testing
@testable import SBO

/// The lane generator against the scalar `Philox4x32`, its index stream against a scalar
/// re-implementation of the documented buffers, digits and spares, and the indices' uniformity
/// and independence by chi-square.
@Suite struct PhiloxStreamTests {
    /// The words x₀…x₃ of block (c₀, c₁) of stream `stream`, from the scalar generator.
    static func scalarBlock(key: (UInt32, UInt32), stream: UInt64, c0: UInt32, c1: UInt32) -> [UInt32] {
        let block = Philox4x32.block(
            counter: (c0, c1, UInt32(truncatingIfNeeded: stream), UInt32(truncatingIfNeeded: stream >> 32)), key: key)
        return [block.0, block.1, block.2, block.3]
    }

    /// e and t for bound s, by the documented rule: the largest e ≤ 4 with s^e ≤ 2³² and
    /// 2³² mod s^e ≤ 2²⁷ (a rejection probability of at most 1/32), else 1.
    static func digitsAndThreshold(_ s: UInt64) -> (e: Int, t: UInt64) {
        var best = (e: 1, t: (1 << 32) % s), power = s
        for e in 2...4 {
            let (next, overflow) = power.multipliedReportingOverflow(by: s)
            guard !overflow, next <= 1 << 32 else { break }
            power = next
            if (1 << 32) % power <= 1 << 27 { best = (e, (1 << 32) % power) }
        }
        return best
    }

    /// The digits of word x for bound s, or nil when rejected (the documented p_j recursion).
    static func referenceDigits(_ x: UInt32, s: UInt64, e: Int, t: UInt64) -> [UInt32]? {
        var remainder = UInt64(x), digits = [UInt32]()
        for _ in 0..<e {
            let product = remainder * s
            digits.append(UInt32(product >> 32))
            remainder = product & 0xFFFF_FFFF
        }
        return remainder < t ? nil : digits
    }

    /// The documented stream, group after group: buffers of 8, 4 or 2 blocks, words in lane
    /// order, each run of four words giving its first digits, then its second digits, …;
    /// rejected words among those used replaced by the next accepted spare word.
    static func referenceIndices(seed: String, stream: UInt64, groups: [(bound: UInt32, count: Int)]) -> [[UInt32]] {
        let key = PhiloxKey(seed: seed).key
        var nextBlock: UInt64 = 0, nextSpare: UInt64 = 0, spareWords = [UInt32]()
        return groups.map { group in
            let s = UInt64(group.bound), (e, t) = digitsAndThreshold(s)
            func spareDigits() -> [UInt32] {
                while true {
                    if spareWords.isEmpty {
                        spareWords = scalarBlock(
                            key: key, stream: stream, c0: UInt32(truncatingIfNeeded: nextSpare),
                            c1: 0x8000_0000 | UInt32(truncatingIfNeeded: nextSpare >> 32))
                        nextSpare += 1
                    }
                    if let digits = referenceDigits(spareWords.removeFirst(), s: s, e: e, t: t) { return digits }
                }
            }
            var result = [UInt32]()
            while result.count < group.count {
                let remaining = group.count - result.count
                let needed = (remaining + 4 * e - 1) / (4 * e)
                let beta = needed >= 7 ? 8 : needed >= 3 ? 4 : 2
                let blocks = (0..<beta).map {
                    scalarBlock(key: key, stream: stream, c0: UInt32(truncatingIfNeeded: nextBlock + UInt64($0)),
                                c1: UInt32(truncatingIfNeeded: (nextBlock + UInt64($0)) >> 32))
                }
                nextBlock += UInt64(beta)
                let words = (0..<4).flatMap { w in (0..<beta).map { blocks[$0][w] } }
                var buffer = [UInt32](repeating: 0, count: 4 * e * beta)
                for (position, word) in words.enumerated() {
                    let first = 4 * e * (position / 4) + position % 4
                    guard first < remaining else { continue }
                    let digits = referenceDigits(word, s: s, e: e, t: t) ?? spareDigits()
                    for digit in 0..<e { buffer[first + 4 * digit] = digits[digit] }
                }
                result += buffer.prefix(remaining)
            }
            return result
        }
    }

    /// `count` indices below `bound` from the engine, shifted left by `shift`, as a resampling
    /// group takes them.
    static func draw(_ count: Int, below bound: UInt32, shift: UInt32 = 0, seed: String, from stream: inout PhiloxStream) -> [UInt32] {
        let key = PhiloxKey(seed: seed)
        let target = UnsafeMutablePointer<UInt32>.allocate(capacity: count + PhiloxStream.bufferValues)
        let words = UnsafeMutableRawPointer.allocate(byteCount: PhiloxStream.bufferBytes, alignment: 16)
        defer { target.deallocate(); words.deallocate() }
        withUnsafePointer(to: key) { key in
            stream.fill(count, bound: PhiloxStream.Bound(bound), shift: shift, key: key, words: words, into: target)
        }
        return Array(UnsafeBufferPointer(start: target, count: count))
    }

    @Test func keyIsTheScalarGeneratorsKey() {
        for (seed, stream) in [("dice: 3 6 1 4 4 2", UInt64(7)), ("", 0), ("01382438112797316654", 1 << 40)] {
            var lanes = Philox4x32(
                key: PhiloxKey(seed: seed).key,
                counter: (0, 0, UInt32(truncatingIfNeeded: stream), UInt32(truncatingIfNeeded: stream >> 32)))
            var scalar = Philox4x32(seed: seed, stream: stream)
            for _ in 0..<6 { #expect(lanes.next() == scalar.next()) }
        }
    }

    /// Both compiled variants of the lane code (portable and AVX2, when this CPU has it) give
    /// the scalar generator's blocks, for 1 to 8 blocks, counters whose low word wraps
    /// (c₁ carries) and streams with both words set.
    @Test func lanesComputeTheScalarBlocks() {
        let key: (UInt32, UInt32) = (0xA409_3822, 0x299F_31D0)
        let variants = sbo_philox_avx2_available() == 1 ? [0, 1] : [0]
        for variant in variants {
            for first: UInt64 in [0, 0xFFFF_FFFC, 0x85A3_08D3_1319_8A2E] {
                for (stream2, stream3): (UInt32, UInt32) in [(0, 0), (0x0370_7344, 0xFFFF_FFFF)] {
                    for blocks in 1...8 {
                        var words = [UInt32](repeating: 0, count: 4 * blocks)
                        sbo_philox_blocks_variant(Int32(variant), &words, blocks, first, stream2, stream3, key.0, key.1)
                        for l in 0..<blocks {
                            let counter = first &+ UInt64(l)
                            let block = Philox4x32.block(
                                counter: (UInt32(truncatingIfNeeded: counter), UInt32(truncatingIfNeeded: counter >> 32),
                                          stream2, stream3),
                                key: key)
                            let got = (0..<4).map { words[$0 * blocks + l] }
                            #expect(got == [block.0, block.1, block.2, block.3], "variant \(variant), first \(first), l \(l)")
                        }
                    }
                }
            }
        }
    }

    /// Both compiled variants of the word-to-index mapping give the documented digits (shifted)
    /// and last remainders, and flag a buffer exactly when some word is rejected.
    @Test func mappingVariantsTakeTheDocumentedDigits() {
        var generator = Philox4x32(seed: "map-variants")
        let variants = sbo_philox_avx2_available() == 1 ? [0, 1] : [0]
        var flagged = 0
        for variant in variants {
            for s: UInt32 in [2, 105, 1000, 10_000, 65_537, 4_000_000_000] {
                let bound = PhiloxStream.Bound(s)
                for blocks in [2, 4, 8] {
                    let words = (0..<4 * blocks).map { _ in UInt32.random(in: .min ... .max, using: &generator) }
                    var target = [UInt32](repeating: 0, count: 4 * bound.digits * blocks)
                    var remainders = [UInt32](repeating: 0, count: 4 * blocks)
                    let rejected = sbo_philox_map_variant(
                        Int32(variant), words, blocks, Int32(bound.digits), s, bound.threshold, 3, &target, &remainders)
                    var anyRejected = false
                    for (position, word) in words.enumerated() {
                        let (chunk, lane) = (position / 4, position % 4)
                        var remainder = UInt64(word)
                        for digit in 0..<bound.digits {
                            let product = remainder * UInt64(s)
                            #expect(target[4 * bound.digits * chunk + 4 * digit + lane] == UInt32(product >> 32) << 3)
                            remainder = product & 0xFFFF_FFFF
                        }
                        #expect(remainders[position] == UInt32(remainder))
                        if remainder < UInt64(bound.threshold) { anyRejected = true }
                    }
                    #expect((rejected != 0) == anyRejected, "variant \(variant), s \(s), blocks \(blocks)")
                    if anyRejected { flagged += 1 }
                }
            }
        }
        #expect(flagged > 0, "some buffer holds a rejected word, so the flag is tested both ways")
    }

    @Test func boundsTakeTheDocumentedDigits() {
        for (s, e) in [(1, 4), (2, 4), (100, 4), (105, 4), (256, 4), (257, 3), (1000, 2), (10_000, 2), (65_535, 2),
                       (65_537, 1), (100_000, 1), (4_294_967_295, 1)] as [(UInt32, Int)] {
            let bound = PhiloxStream.Bound(s)
            #expect(bound.digits == e, "s = \(s)")
            #expect(UInt64(bound.threshold) == Self.digitsAndThreshold(UInt64(s)).t)
            #expect(Self.digitsAndThreshold(UInt64(s)).e == e)
        }
    }

    @Test(arguments: [
        [(UInt32(105), 105)],                            // W1/W2: four digits a word, 8 + 4 + 2 blocks
        [(UInt32(100), 99), (3, 2), (4096, 300)],         // several groups, digits 4 and 2
        [(UInt32(1), 5), (4097, 70), (100_000, 200)],     // bound 1, two digits, one digit
        [(UInt32(10_000), 5000), (105, 1000)],            // spares (2.2 % and 0.95 % of words)
    ])
    func indicesFollowTheDocumentedStream(groups: [(UInt32, Int)]) {
        for stream: UInt64 in [0, 1, 99_999, 1 << 40] {
            let expected = Self.referenceIndices(seed: "sbo", stream: stream, groups: groups.map { ($0.0, $0.1) })
            var lanes = PhiloxStream(stream: stream)
            for (group, reference) in zip(groups, expected) {
                let indices = Self.draw(group.1, below: group.0, seed: "sbo", from: &lanes)
                #expect(indices == reference)
                #expect(indices.allSatisfy { $0 < group.0 })
            }
        }
    }

    @Test func drawingInChunksTakesTheSameBuffers() {
        // The kernel fills a group `chunkDraws` at a time: the same indices as all at once.
        for bound: UInt32 in [105, 1000, 100_000] {
            let whole = Self.referenceIndices(seed: "chunks", stream: 5, groups: [(bound, 4000)])[0]
            var lanes = PhiloxStream(stream: 5)
            var chunked = [UInt32]()
            while chunked.count < 4000 {
                chunked += Self.draw(min(ResamplingPlan.chunkDraws, 4000 - chunked.count), below: bound, seed: "chunks", from: &lanes)
            }
            #expect(chunked == whole)
        }
    }

    @Test func indicesAreShiftedToByteOffsets() {
        var plain = PhiloxStream(stream: 9), shifted = PhiloxStream(stream: 9)
        let indices = Self.draw(500, below: 10_000, seed: "shift", from: &plain)
        #expect(Self.draw(500, below: 10_000, shift: 5, seed: "shift", from: &shifted) == indices.map { $0 << 5 })
    }

    /// Pearson's X² of `counts` against the probabilities `expected` (equal when omitted), as a
    /// z-score by the Wilson–Hilferty cube-root approximation of the chi-square distribution
    /// with df = cells − 1: z = ((X²/df)^{1/3} − (1 − 2/(9 df))) / √(2/(9 df)).
    static func chiSquareZ(_ counts: [Int], expected: [Double]? = nil) -> Double {
        let total = Double(counts.reduce(0, +))
        let probabilities = expected ?? Array(repeating: 1 / Double(counts.count), count: counts.count)
        let statistic = zip(counts, probabilities).reduce(0) { sum, cell in
            let mean = total * cell.1
            return sum + (Double(cell.0) - mean) * (Double(cell.0) - mean) / mean
        }
        let df = Double(counts.count - 1), spread = 2 / (9 * df)
        return (cbrt(statistic / df) - (1 - spread)) / spread.squareRoot()
    }

    @Test(arguments: [UInt32(3), 105, 1000, 10_000])
    func indicesAreUniformAndTheirDigitsIndependent(bound: UInt32) {
        // 400,000 indices; |z| > 5 has probability below 6e−7 under uniformity. Pairs are the
        // indices 4 apart (first and second digit of one word when e ≥ 2), binned on a grid of
        // at most 20 × 20 cells (each expecting about 1,000) and compared with the products of
        // the bins' exact probabilities.
        var lanes = PhiloxStream(stream: 3)
        let indices = Self.draw(400_000, below: bound, seed: "uniform", from: &lanes)
        var counts = [Int](repeating: 0, count: Int(bound))
        for index in indices { counts[Int(index)] += 1 }
        #expect(abs(Self.chiSquareZ(counts)) < 5, "bound \(bound)")
        let cells = min(Int(bound), 20)
        func bin(_ index: UInt32) -> Int { Int(index) * cells / Int(bound) }
        var share = [Double](repeating: 0, count: cells)
        for index in 0..<bound { share[bin(index)] += 1 / Double(bound) }
        var pairs = [Int](repeating: 0, count: cells * cells)
        for start in stride(from: 0, to: indices.count - 4, by: 8) {
            for lane in 0..<4 { pairs[bin(indices[start + lane]) * cells + bin(indices[start + 4 + lane])] += 1 }
        }
        let expected = share.flatMap { a in share.map { a * $0 } }
        #expect(abs(Self.chiSquareZ(pairs, expected: expected)) < 5, "pairs, bound \(bound)")
    }

    @Test func aBiasedMappingFailsTheUniformityCheck() {
        // Negative control: indices by x mod 105 from 8-bit values (256 = 2·105 + 46, so 0…45
        // are 3/256 likely and the rest 2/256) must fail the same check.
        var generator = Philox4x32(seed: "biased", stream: 0)
        var counts = [Int](repeating: 0, count: 105)
        for _ in 0..<400_000 { counts[Int(UInt8(truncatingIfNeeded: generator.next())) % 105] += 1 }
        #expect(Self.chiSquareZ(counts) > 5)
        // And dependent pairs (a word's second digit a function of its first) fail the pair check.
        var pairs = [Int](repeating: 0, count: 400)
        for _ in 0..<50_000 {
            let a = Int(boundedRandom(below: 20, using: &generator))
            pairs[a * 20 + (a + Int(boundedRandom(below: 3, using: &generator))) % 20] += 1
        }
        #expect(Self.chiSquareZ(pairs) > 5)
    }
}
