import Testing
@testable import SBO

/// The lane generator against the scalar `Philox4x32`, and its index stream against a scalar
/// re-implementation of the documented order and rejection rule.
@Suite struct PhiloxStreamTests {
    /// The words x₀…x₃ of block `block` of stream `stream`, from the scalar generator.
    static func scalarBlock(key: (UInt32, UInt32), stream: UInt64, block: UInt64) -> [UInt32] {
        var generator = Philox4x32(
            key: key,
            counter: (UInt32(truncatingIfNeeded: block), UInt32(truncatingIfNeeded: block >> 32),
                      UInt32(truncatingIfNeeded: stream), UInt32(truncatingIfNeeded: stream >> 32)))
        let first = generator.next(), second = generator.next()
        return [UInt32(truncatingIfNeeded: first), UInt32(truncatingIfNeeded: first >> 32),
                UInt32(truncatingIfNeeded: second), UInt32(truncatingIfNeeded: second >> 32)]
    }

    /// The documented stream, word by word: per group a fresh buffer of eight blocks, words in
    /// lane order x₀[0…7], x₁[0…7], …, each word's low half then its high half for bounds
    /// ≤ 4096, each mapped by `multiplyShiftCandidate` (rejected words skipped).
    static func referenceIndices(seed: String, stream: UInt64, groups: [(bound: UInt32, count: Int)]) -> [[UInt32]] {
        let key = PhiloxStream.key(seed: seed)
        var nextBlock: UInt64 = 0
        return groups.map { group in
            var result = [UInt32]()
            while result.count < group.count {
                let blocks = (0..<8).map { scalarBlock(key: key, stream: stream, block: nextBlock + UInt64($0)) }
                nextBlock += 8
                var candidates = [UInt32]()
                for word in 0..<4 {
                    for lane in 0..<8 {
                        if group.bound <= 4096 {
                            for shift: UInt32 in [0, 16] {
                                let half = UInt16(truncatingIfNeeded: blocks[lane][word] >> shift)
                                if let index = multiplyShiftCandidate(half, below: UInt16(group.bound)) {
                                    candidates.append(UInt32(index))
                                }
                            }
                        } else if let index = multiplyShiftCandidate(blocks[lane][word], below: group.bound) {
                            candidates.append(index)
                        }
                    }
                }
                result += candidates.prefix(group.count - result.count)
            }
            return result
        }
    }

    /// `count` indices below `bound` from the engine's buffers, as a resampling group takes them.
    static func draw(_ count: Int, below bound: UInt32, from stream: inout PhiloxStream) -> [UInt32] {
        var result = [UInt32]()
        let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: PhiloxStream.bufferIndices)
        defer { buffer.deallocate() }
        while result.count < count {
            let accepted = stream.nextBuffer(bound: PhiloxStream.Bound(bound), into: buffer)
            result += (0..<min(accepted, count - result.count)).map { buffer[$0] }
        }
        return result
    }

    @Test func keyIsTheScalarGeneratorsKey() {
        for (seed, stream) in [("dice: 3 6 1 4 4 2", UInt64(7)), ("", 0), ("01382438112797316654", 1 << 40)] {
            var lanes = Philox4x32(
                key: PhiloxStream.key(seed: seed),
                counter: (0, 0, UInt32(truncatingIfNeeded: stream), UInt32(truncatingIfNeeded: stream >> 32)))
            var scalar = Philox4x32(seed: seed, stream: stream)
            for _ in 0..<6 { #expect(lanes.next() == scalar.next()) }
        }
    }

    @Test func lanesComputeTheScalarBlocks() {
        let key: (UInt32, UInt32) = (0xA409_3822, 0x299F_31D0)
        let c0: [UInt32] = [0, 1, 0xFFFF_FFFF, 7, 123_456, 0x243F_6A88, 99, 0x8000_0000]
        let c1: [UInt32] = [0, 0, 1, 0xFFFF_FFFF, 5, 0x85A3_08D3, 0, 42]
        let c2: [UInt32] = [0x1319_8A2E, 0, 1, 2, 3, 4, 0xFFFF_FFFF, 5]
        let c3: [UInt32] = [0x0370_7344, 9, 8, 7, 6, 5, 4, 0xFFFF_FFFF]
        // Garbage above bit 31 of the lanes must not change the words.
        func lanes(_ words: [UInt32], _ from: Int) -> SIMD4<UInt64> {
            SIMD4((0..<4).map { UInt64(words[from + $0]) | UInt64(0xDEAD_0000 + $0) << 32 })
        }
        for from in [0, 4] {
            let state = PhiloxStream.blocks((lanes(c0, from), lanes(c1, from), lanes(c2, from), lanes(c3, from)), keys: PhiloxStream.roundKeys(key))
            for lane in 0..<4 {
                let expected = Philox4x32.block(
                    counter: (c0[from + lane], c1[from + lane], c2[from + lane], c3[from + lane]), key: key)
                #expect([state.0[lane], state.1[lane], state.2[lane], state.3[lane]].map { UInt32(truncatingIfNeeded: $0) }
                    == [expected.0, expected.1, expected.2, expected.3])
            }
        }
    }

    @Test(arguments: [
        [(UInt32(105), 104)],                       // one stratum of W1/W2: half words
        [(UInt32(100), 99), (3, 2), (4096, 300)],   // several groups, the half-word limit
        [(UInt32(1), 5), (4097, 70), (100_000, 200)], // bound 1, whole 32-bit words
    ])
    func indicesFollowTheDocumentedStream(groups: [(UInt32, Int)]) {
        for stream: UInt64 in [0, 1, 99_999] {
            let expected = Self.referenceIndices(seed: "sbo", stream: stream, groups: groups.map { ($0.0, $0.1) })
            var lanes = PhiloxStream(key: PhiloxStream.key(seed: "sbo"), stream: stream)
            for (group, reference) in zip(groups, expected) {
                let indices = Self.draw(group.1, below: group.0, from: &lanes)
                #expect(indices == reference)
                #expect(indices.allSatisfy { $0 < group.0 })
            }
        }
    }

    @Test func rejectionRemovesExactlyTheBiasedWords() {
        // Bound 65535 > 4096 uses 32-bit words; bound 4095 uses halves with t = 65536 mod 4095 = 16,
        // so about 64·16/65536 = 1.6 % of buffers need the slow path: draw enough to hit it.
        for bound: UInt32 in [4095, 3000, 65535] {
            let reference = Self.referenceIndices(seed: "reject", stream: 3, groups: [(bound, 20_000)])[0]
            var lanes = PhiloxStream(key: PhiloxStream.key(seed: "reject"), stream: 3)
            #expect(Self.draw(20_000, below: bound, from: &lanes) == reference)
        }
    }
}
