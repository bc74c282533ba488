/// One replicate's stream of uniform station indices: Philox4x32-10 blocks computed eight at a
/// time in SIMD lanes, their words mapped to `0..<s` by Lemire's multiply-shift with its exact
/// rejection step.
///
/// Blocks. Stream r of a seed is the Philox4x32-10 sequence of blocks with counter
/// (c₀, c₁, c₂, c₃) = (b mod 2³², ⌊b / 2³²⌋, r mod 2³², ⌊r / 2³²⌋), b = 0, 1, 2, …, under the
/// key that `Philox4x32(seed:stream:)` derives from the seed's SHA-256 (`key(seed:)`): the
/// blocks of the scalar `Philox4x32` of stream r, computed in lanes (`PhiloxStreamTests`).
///
/// Buffers. Blocks are used eight at a time, b = 8q … 8q + 7 for q = 0, 1, …; with x_w[l]
/// word w of block 8q + l, a buffer's 32 words are taken in the order
/// x₀[0…7], x₁[0…7], x₂[0…7], x₃[0…7] (lane order, which the vector code produces
/// without a transpose). For a bound s ≤ 4,096 each word gives two 16-bit half words, low half
/// first, so the buffer's 64 halves are lo(x₀[0]), hi(x₀[0]), lo(x₀[1]), hi(x₀[1]), …,
/// hi(x₃[7]) (the words' little-endian 16-bit view). Each resampling group starts a fresh
/// buffer (`nextBuffer` per group), so that its draws depend only on the replicate and on how
/// many buffers earlier groups used; a group takes the first accepted indices of its last
/// buffer and drops the rest.
///
/// Indices. With w the word width (16 or 32, `Bound`) and t = 2^w mod s, a word x gives
/// ```
/// m = x · s;   rejected when (m mod 2^w) < t;   index = ⌊m / 2^w⌋
/// ```
/// so every index in `0..<s` has probability exactly 1/s (Lemire's theorem; the same step as
/// `multiplyShiftCandidate`, with t computed once per group). A buffer is mapped in one
/// branch-free loop that the optimiser vectorises, (m mod 2^w) − t wrapping to set the top bit
/// exactly when a word is rejected; only a buffer holding a rejected word (probability
/// 1 − (1 − t/2^w)^64, 0.016 for s = 105) is compacted by a scalar loop.
///
/// Reference: J. K. Salmon, M. A. Moraes, R. O. Dror, D. E. Shaw, "Parallel random numbers:
/// as easy as 1, 2, 3", SC '11, [doi:10.1145/2063384.2063405]; D. Lemire, "Fast random integer
/// generation in an interval", ACM TOMACS 29(1), 2019, [doi:10.1145/3230636].
///
/// [doi:10.1145/2063384.2063405]: https://doi.org/10.1145/2063384.2063405
/// [doi:10.1145/3230636]: https://doi.org/10.1145/3230636
struct PhiloxStream {
    /// Indices per buffer at most (64 half words).
    static let bufferIndices = 64

    /// The round keys of the seed's Philox key (k₀, k₁).
    private let keys: RoundKeys
    /// The stream number r, as the counter's upper words (c₂, c₃).
    private let stream2, stream3: UInt32
    /// The index of the next block to compute.
    private var nextBlock: UInt64 = 0
    /// The current buffer's words x₀[0…7], x₁[0…7], x₂[0…7], x₃[0…7].
    private var words = (SIMD16<UInt32>(), SIMD16<UInt32>())

    /// The stream `stream` under the key `key` (see `key(seed:)`).
    init(key: (UInt32, UInt32), stream: UInt64) {
        self.init(keys: Self.roundKeys(key), stream: stream)
    }

    /// The stream `stream` under the key whose round keys are `keys` (`roundKeys`).
    init(keys: RoundKeys, stream: UInt64) {
        self.keys = keys
        stream2 = UInt32(truncatingIfNeeded: stream)
        stream3 = UInt32(truncatingIfNeeded: stream >> 32)
    }

    /// The key of `Philox4x32(seed:stream:)`: bytes 0–3 and 4–7, big-endian, of the SHA-256 of
    /// `"sbo-philox:" + seed` (checked against `Philox4x32` in `PhiloxStreamTests`).
    static func key(seed: String) -> (UInt32, UInt32) {
        let digest = SHA256.digest("sbo-philox:" + seed)
        func word(_ at: Int) -> UInt32 {
            UInt32(digest[at]) << 24 | UInt32(digest[at + 1]) << 16
                | UInt32(digest[at + 2]) << 8 | UInt32(digest[at + 3])
        }
        return (word(0), word(4))
    }

    /// The four words of a block in lanes: word w of lane l in the low 32 bits of `x[w][l]`
    /// (the high 32 bits are arbitrary).
    typealias Lanes = (SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>)

    /// Philox4x32-10 of four counters (c₀[l], c₁[l], c₂[l], c₃[l]), l = 0…3, given in the low
    /// 32 bits of the lanes of `counter`. Ten rounds of
    /// ```
    /// (c₀, c₁, c₂, c₃) ← (hi(M₁ c₂) ⊕ c₁ ⊕ k₀, lo(M₁ c₂), hi(M₀ c₀) ⊕ c₃ ⊕ k₁, lo(M₀ c₀))
    /// ```
    /// with M₀ = 0xD2511F53, M₁ = 0xCD9E8D57 and the key bumped by (0x9E3779B9, 0xBB67AE85)
    /// after each round (Salmon et al., §4.1). Only the low 32 bits of c₀ and c₂ enter a
    /// product, and a product's high half is shifted down from its 64 bits, so garbage above
    /// bit 31 never reaches the low 32 bits of any word.
    @inline(__always)
    static func blocks(_ counter: Lanes, keys: RoundKeys) -> Lanes {
        var state = counter
        // Written out so that the optimiser keeps the state in registers across the rounds.
        round(&state, keys.0, keys.1)
        round(&state, keys.2, keys.3)
        round(&state, keys.4, keys.5)
        round(&state, keys.6, keys.7)
        round(&state, keys.8, keys.9)
        round(&state, keys.10, keys.11)
        round(&state, keys.12, keys.13)
        round(&state, keys.14, keys.15)
        round(&state, keys.16, keys.17)
        round(&state, keys.18, keys.19)
        return state
    }

    /// The ten round keys (k₀ + r·0x9E3779B9, k₁ + r·0xBB67AE85) mod 2³², r = 0…9, each
    /// broadcast to four lanes: computed once per stream rather than once per round.
    typealias RoundKeys = (
        SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>,
        SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>,
        SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>,
        SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>)

    /// The round keys of `key` (`RoundKeys`).
    static func roundKeys(_ key: (UInt32, UInt32)) -> RoundKeys {
        func lanes(_ round: UInt32) -> (SIMD4<UInt64>, SIMD4<UInt64>) {
            (SIMD4(repeating: UInt64(key.0 &+ round &* 0x9E37_79B9)),
             SIMD4(repeating: UInt64(key.1 &+ round &* 0xBB67_AE85)))
        }
        let (a0, a1) = lanes(0), (b0, b1) = lanes(1), (c0, c1) = lanes(2), (d0, d1) = lanes(3)
        let (e0, e1) = lanes(4), (f0, f1) = lanes(5), (g0, g1) = lanes(6), (h0, h1) = lanes(7)
        let (i0, i1) = lanes(8), (j0, j1) = lanes(9)
        return (a0, a1, b0, b1, c0, c1, d0, d1, e0, e1, f0, f1, g0, g1, h0, h1, i0, i1, j0, j1)
    }

    /// One Philox round on four lanes under the round key (k₀, k₁), broadcast.
    @inline(__always)
    private static func round(_ state: inout Lanes, _ k0: SIMD4<UInt64>, _ k1: SIMD4<UInt64>) {
        let low = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
        let product0 = (state.0 & low) &* SIMD4<UInt64>(repeating: 0xD251_1F53)
        let product1 = (state.2 & low) &* SIMD4<UInt64>(repeating: 0xCD9E_8D57)
        state = ((product1 &>> SIMD4<UInt64>(repeating: 32)) ^ state.1 ^ k0, product1,
                 (product0 &>> SIMD4<UInt64>(repeating: 32)) ^ state.3 ^ k1, product0)
    }

    /// The next eight blocks' words x₀[0…7] … x₃[0…7] (`blocks`, twice). (Philox runs in
    /// explicit vectors; the mapping below is a plain loop: the standard library's SIMD
    /// shifts and masks are element-wise, and when they fed the mapping the optimiser turned the
    /// whole chain, rounds included, back into scalar code.)
    @inline(__always)
    mutating func nextWords() -> (SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>) {
        let first = nextBlock
        nextBlock &+= 8
        let c2 = SIMD4<UInt64>(repeating: UInt64(stream2)), c3 = SIMD4<UInt64>(repeating: UInt64(stream3))
        @inline(__always) func four(_ start: UInt64) -> Lanes {
            let block = SIMD4<UInt64>(0, 1, 2, 3) &+ start
            return Self.blocks((block, block &>> 32, c2, c3), keys: keys)
        }
        let a = four(first), b = four(first &+ 4)
        @inline(__always) func join(_ a: SIMD4<UInt64>, _ b: SIMD4<UInt64>) -> SIMD8<UInt32> {
            SIMD8<UInt32>(truncatingIfNeeded: SIMD8<UInt64>(lowHalf: a, highHalf: b))
        }
        return (join(a.0, b.0), join(a.1, b.1), join(a.2, b.2), join(a.3, b.3))
    }

    /// Computes the next buffer, maps its words below `bound` and writes the accepted indices,
    /// in stream order, to `target` (room for `bufferIndices`); returns how many there are.
    @inline(__always)
    mutating func nextBuffer(bound: Bound, into target: UnsafeMutablePointer<UInt32>) -> Int {
        let x = nextWords()
        let s = UInt32(bound.bound), t = UInt32(bound.threshold)
        var rejected: UInt32 = 0
        let half = bound.usesHalfWords
        withUnsafeMutableBytes(of: &words) { words in
            words.storeBytes(of: x.0, toByteOffset: 0, as: SIMD8<UInt32>.self)
            words.storeBytes(of: x.1, toByteOffset: 32, as: SIMD8<UInt32>.self)
            words.storeBytes(of: x.2, toByteOffset: 64, as: SIMD8<UInt32>.self)
            words.storeBytes(of: x.3, toByteOffset: 96, as: SIMD8<UInt32>.self)
            let state = words.baseAddress!.assumingMemoryBound(to: UInt32.self)
            if half {
                // Half word i is the 16-bit view's element i on a little-endian machine. Both
                // factors fit in 16 bits, so the optimiser forms the 32-bit products with
                // `pmullw` and `pmulhuw`, eight halves per instruction.
                let halves = words.baseAddress!.assumingMemoryBound(to: UInt16.self)
                let s16 = UInt32(UInt16(truncatingIfNeeded: s))
                for index in 0..<64 {
                    let product = UInt32(halves[index ^ Self.bigEndianHalf]) &* s16
                    rejected |= (product & 0xFFFF) &- t
                    target[index] = product >> 16
                }
            } else {
                var wide: UInt64 = 0
                for word in 0..<32 {
                    let product = UInt64(state[word]) &* UInt64(s)
                    wide |= (product & 0xFFFF_FFFF) &- UInt64(t)
                    target[word] = UInt32(truncatingIfNeeded: product >> 32)
                }
                rejected = UInt32(truncatingIfNeeded: wide >> 32)
            }
        }
        if rejected >> 31 == 0 { return half ? 64 : 32 }
        return compact(bound: bound, into: target)
    }

    /// 1 on a big-endian machine (where a word's high half comes first in memory), else 0.
    private static var bigEndianHalf: Int {
        #if _endian(big)
        1
        #else
        0
        #endif
    }

    /// The slow path, for a buffer holding a rejected word (for s = 1,000 about 40 % of
    /// buffers, t being 536): maps the buffer's words again in stream order and keeps the
    /// accepted indices, branch-free; returns their count.
    private mutating func compact(bound: Bound, into target: UnsafeMutablePointer<UInt32>) -> Int {
        let s = UInt64(bound.bound), t = UInt64(bound.threshold)
        return withUnsafeBytes(of: &words) { words in
            var kept = 0
            if bound.usesHalfWords {
                let halves = words.baseAddress!.assumingMemoryBound(to: UInt16.self)
                for index in 0..<64 {
                    let product = UInt64(halves[index ^ Self.bigEndianHalf]) &* s
                    target[kept] = UInt32(truncatingIfNeeded: product >> 16)
                    kept &+= product & 0xFFFF >= t ? 1 : 0
                }
            } else {
                let words = words.baseAddress!.assumingMemoryBound(to: UInt32.self)
                for index in 0..<32 {
                    let product = UInt64(words[index]) &* s
                    target[kept] = UInt32(truncatingIfNeeded: product >> 32)
                    kept &+= product & 0xFFFF_FFFF >= t ? 1 : 0
                }
            }
            return kept
        }
    }
}
