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
/// without a transpose). For a bound s ≤ 4,096 each word gives two 16-bit half words and the
/// buffer's 64 halves are taken as lo(x₀[0…7]), hi(x₀[0…7]), lo(x₁[0…7]), … . Each resampling
/// group starts a fresh buffer (`begin(bound:)`), so that its draws depend only on the
/// replicate and on how many buffers earlier groups used.
///
/// Indices. With w the word width (16 or 32, `Bound`) and t = 2^w mod s, a word x gives
/// ```
/// m = x · s;   rejected when (m mod 2^w) < t;   index = ⌊m / 2^w⌋
/// ```
/// so every index in `0..<s` has probability exactly 1/s (Lemire's theorem; the same step as
/// `multiplyShiftCandidate`, with t computed once per group). A buffer is mapped in vector
/// registers; only a buffer holding a rejected word (probability below 64·s/2¹⁶, 0.03 for
/// s = 105) is compacted by a scalar loop.
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

    /// The Philox key (k₀, k₁) of the seed.
    private let key0, key1: UInt32
    /// The stream number r, as the counter's upper words (c₂, c₃).
    private let stream2, stream3: UInt32
    /// The index of the next block to compute.
    private var nextBlock: UInt64 = 0
    /// The bound of the current group.
    private var bound = Bound(1)
    /// The accepted indices of the current buffer, in stream order.
    private var indices = (SIMD32<UInt32>(), SIMD32<UInt32>())
    /// The words of the current eight blocks, x₀[0…7], x₁[0…7], x₂[0…7], x₃[0…7].
    private var words = SIMD32<UInt32>()
    /// How many of `indices` are valid.
    private var available = 0
    /// How many of them have been used.
    private var position = 0

    /// The stream `stream` under the key `key` (see `key(seed:)`).
    init(key: (UInt32, UInt32), stream: UInt64) {
        (key0, key1) = key
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

    /// Philox4x32-10 of the eight counters (c₀[l], c₁[l], c₂[l], c₃[l]), l = 0…7, in place:
    /// `state` holds c₀[0…7], c₁[0…7], c₂[0…7], c₃[0…7]. The rounds are written per lane;
    /// the optimiser turns each lane loop into vector instructions (two 32×32→64-bit products
    /// per SSE2 instruction), and an unoptimised build stays usable for the tests.
    @inline(__always)
    static func blocks(_ state: UnsafeMutablePointer<UInt32>, key: (UInt32, UInt32)) {
        for lane in 0..<8 {
            var c0 = state[lane], c1 = state[8 + lane], c2 = state[16 + lane], c3 = state[24 + lane]
            var k0 = key.0, k1 = key.1
            for round in 0..<10 {
                if round > 0 {
                    k0 &+= 0x9E37_79B9
                    k1 &+= 0xBB67_AE85
                }
                let product0 = UInt64(c0) &* 0xD251_1F53
                let product1 = UInt64(c2) &* 0xCD9E_8D57
                c0 = UInt32(truncatingIfNeeded: product1 >> 32) ^ c1 ^ k0
                c1 = UInt32(truncatingIfNeeded: product1)
                c2 = UInt32(truncatingIfNeeded: product0 >> 32) ^ c3 ^ k1
                c3 = UInt32(truncatingIfNeeded: product0)
            }
            (state[lane], state[8 + lane], state[16 + lane], state[24 + lane]) = (c0, c1, c2, c3)
        }
    }

    /// Starts a group drawing below `bound`: the rest of the current buffer is dropped.
    @inline(__always)
    mutating func begin(bound: Bound) {
        self.bound = bound
        available = 0
        position = 0
    }

    /// Computes the next eight blocks and maps their words to indices.
    @inline(__always)
    private mutating func refill() {
        let first = nextBlock
        nextBlock &+= 8
        position = 0
        let s = bound.bound, t = bound.threshold, stream2 = stream2, stream3 = stream3, key = (key0, key1)
        var rejected: UInt32 = 0
        let half = bound.usesHalfWords
        available = half ? 64 : 32
        withUnsafeMutableBytes(of: &words) { words in
            withUnsafeMutableBytes(of: &indices) { indices in
                let state = words.baseAddress!.assumingMemoryBound(to: UInt32.self)
                let target = indices.baseAddress!.assumingMemoryBound(to: UInt32.self)
                for lane in 0..<8 {
                    let block = first &+ UInt64(lane)
                    state[lane] = UInt32(truncatingIfNeeded: block)
                    state[8 + lane] = UInt32(truncatingIfNeeded: block >> 32)
                    state[16 + lane] = stream2
                    state[24 + lane] = stream3
                }
                Self.blocks(state, key: key)
                if half {
                    // 16-bit Lemire: m = h · s < 2³²; a rejection (m mod 2¹⁶ < t) makes
                    // (m mod 2¹⁶) − t wrap, setting bit 31 of `rejected`.
                    for vector in 0..<4 {
                        for lane in 0..<8 {
                            let word = state[8 * vector + lane]
                            let low = (word & 0xFFFF) &* s, high = (word >> 16) &* s
                            rejected |= ((low & 0xFFFF) &- t) | ((high & 0xFFFF) &- t)
                            target[16 * vector + lane] = low >> 16
                            target[16 * vector + 8 + lane] = high >> 16
                        }
                    }
                } else {
                    var wideRejected: UInt64 = 0
                    for word in 0..<32 {
                        let product = UInt64(state[word]) &* UInt64(s)
                        wideRejected |= (product & 0xFFFF_FFFF) &- UInt64(t)
                        target[word] = UInt32(truncatingIfNeeded: product >> 32)
                    }
                    rejected = UInt32(truncatingIfNeeded: wideRejected >> 32)
                }
            }
        }
        if rejected >> 31 != 0 { compact() }
    }

    /// The rare slow path: maps the buffer's words one by one, keeping the accepted indices.
    private mutating func compact() {
        let all = withUnsafeBytes(of: &words) { words in
            (0..<4).map { vector in (0..<8).map { words.load(fromByteOffset: 4 * (8 * vector + $0), as: UInt32.self) } }
        }
        var kept = [UInt32]()
        for word in all {
            if bound.usesHalfWords {
                for shift: UInt32 in [0, 16] {
                    for lane in 0..<8 {
                        let product = (word[lane] >> shift & 0xFFFF) &* bound.bound
                        if product & 0xFFFF >= bound.threshold { kept.append(product >> 16) }
                    }
                }
            } else {
                for lane in 0..<8 {
                    let product = UInt64(word[lane]) &* UInt64(bound.bound)
                    if UInt32(truncatingIfNeeded: product) >= bound.threshold {
                        kept.append(UInt32(truncatingIfNeeded: product >> 32))
                    }
                }
            }
        }
        withUnsafeMutableBytes(of: &indices) { buffer in
            for (offset, index) in kept.enumerated() {
                buffer.storeBytes(of: index, toByteOffset: 4 * offset, as: UInt32.self)
            }
        }
        available = kept.count
    }

    /// Writes the next `count` indices of the current group to `target`.
    @inline(__always)
    mutating func fill(_ target: UnsafeMutablePointer<UInt32>, count: Int) {
        var written = 0
        while written < count {
            if position == available { refill() }
            let take = min(available - position, count - written)
            withUnsafeBytes(of: &indices) { buffer in
                (target + written).update(
                    from: buffer.baseAddress!.assumingMemoryBound(to: UInt32.self) + position,
                    count: take)
            }
            written &+= take
            position &+= take
        }
    }
}
