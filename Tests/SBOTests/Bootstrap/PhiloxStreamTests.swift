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
    /// lane order x₀[0…7], x₁[0…7], …, half words lo(x₀[·]), hi(x₀[·]), … for bounds ≤ 4096,
    /// each mapped by `multiplyShiftCandidate` (rejected words skipped).
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
                    if group.bound <= 4096 {
                        for shift: UInt32 in [0, 16] {
                            for lane in 0..<8 {
                                let half = UInt16(truncatingIfNeeded: blocks[lane][word] >> shift)
                                if let index = multiplyShiftCandidate(half, below: UInt16(group.bound)) {
                                    candidates.append(UInt32(index))
                                }
                            }
                        }
                    } else {
                        for lane in 0..<8 {
                            if let index = multiplyShiftCandidate(blocks[lane][word], below: group.bound) {
                                candidates.append(index)
                            }
                        }
                    }
                }
                result += candidates.prefix(group.count - result.count)
            }
            return result
        }
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
        var state = c0 + c1 + c2 + c3
        state.withUnsafeMutableBufferPointer { PhiloxStream.blocks($0.baseAddress!, key: key) }
        for lane in 0..<8 {
            let expected = Philox4x32.block(counter: (c0[lane], c1[lane], c2[lane], c3[lane]), key: key)
            #expect([state[lane], state[8 + lane], state[16 + lane], state[24 + lane]]
                == [expected.0, expected.1, expected.2, expected.3])
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
                lanes.begin(bound: PhiloxStream.Bound(group.0))
                var indices = [UInt32](repeating: .max, count: group.1)
                // Fill in uneven pieces, as the kernel's chunks do.
                var done = 0
                while done < group.1 {
                    let piece = min(group.1 - done, 1 + done % 37)
                    indices.withUnsafeMutableBufferPointer { lanes.fill($0.baseAddress! + done, count: piece) }
                    done += piece
                }
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
            lanes.begin(bound: PhiloxStream.Bound(bound))
            var indices = [UInt32](repeating: 0, count: 20_000)
            indices.withUnsafeMutableBufferPointer { lanes.fill($0.baseAddress!, count: 20_000) }
            #expect(indices == reference)
        }
    }
}
