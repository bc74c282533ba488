/// The key of the lane generator (`PhiloxStream`): (k₀, k₁) and its ten round keys, and the
/// block function on lanes (`PhiloxLanes`).
///
/// Reference: J. K. Salmon, M. A. Moraes, R. O. Dror, D. E. Shaw, "Parallel random numbers:
/// as easy as 1, 2, 3", SC '11, [doi:10.1145/2063384.2063405].
///
/// [doi:10.1145/2063384.2063405]: https://doi.org/10.1145/2063384.2063405
struct PhiloxKey: Sendable {
    /// (k₀, k₁), as `Philox4x32` takes it.
    let key: (UInt32, UInt32)
    /// (k₀ + r·0x9E3779B9, k₁ + r·0xBB67AE85) mod 2³² for r = 0…9, each in both lanes of a
    /// vector: computed once per seed rather than once per round.
    let rounds: (
        SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>,
        SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>,
        SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>,
        SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>, SIMD2<UInt64>)

    /// The key of `Philox4x32(seed:stream:)`: bytes 0–3 and 4–7, big-endian, of the SHA-256 of
    /// `"sbo-philox:" + seed` (checked against `Philox4x32` in `PhiloxStreamTests`).
    init(seed: String) {
        let digest = SHA256.digest("sbo-philox:" + seed)
        func word(_ at: Int) -> UInt32 {
            UInt32(digest[at]) << 24 | UInt32(digest[at + 1]) << 16
                | UInt32(digest[at + 2]) << 8 | UInt32(digest[at + 3])
        }
        self.init(key: (word(0), word(4)))
    }

    init(key: (UInt32, UInt32)) {
        self.key = key
        func lanes(_ round: UInt32) -> (SIMD2<UInt64>, SIMD2<UInt64>) {
            (SIMD2(repeating: UInt64(key.0 &+ round &* 0x9E37_79B9)),
             SIMD2(repeating: UInt64(key.1 &+ round &* 0xBB67_AE85)))
        }
        let (a0, a1) = lanes(0), (b0, b1) = lanes(1), (c0, c1) = lanes(2), (d0, d1) = lanes(3)
        let (e0, e1) = lanes(4), (f0, f1) = lanes(5), (g0, g1) = lanes(6), (h0, h1) = lanes(7)
        let (i0, i1) = lanes(8), (j0, j1) = lanes(9)
        rounds = (a0, a1, b0, b1, c0, c1, d0, d1, e0, e1, f0, f1, g0, g1, h0, h1, i0, i1, j0, j1)
    }

    /// Philox4x32-10 of the counters (c₀[l], c₁[l], c₂[l], c₃[l]) in the low 32 bits of the
    /// lanes of `counter`: the blocks (x₀[l], x₁[l], x₂[l], x₃[l]), in the low 32 bits.
    @inline(__always)
    func blocks<Lanes: PhiloxLanes>(_ counter: (Lanes, Lanes, Lanes, Lanes)) -> (Lanes, Lanes, Lanes, Lanes) {
        var state = counter
        // Written out so that the optimiser keeps the state in registers across the rounds.
        Self.round(&state, rounds.0, rounds.1)
        Self.round(&state, rounds.2, rounds.3)
        Self.round(&state, rounds.4, rounds.5)
        Self.round(&state, rounds.6, rounds.7)
        Self.round(&state, rounds.8, rounds.9)
        Self.round(&state, rounds.10, rounds.11)
        Self.round(&state, rounds.12, rounds.13)
        Self.round(&state, rounds.14, rounds.15)
        Self.round(&state, rounds.16, rounds.17)
        Self.round(&state, rounds.18, rounds.19)
        return state
    }

    /// One round on every lane under the round key (k₀, k₁).
    @inline(__always)
    private static func round<Lanes: PhiloxLanes>(
        _ state: inout (Lanes, Lanes, Lanes, Lanes), _ k0: SIMD2<UInt64>, _ k1: SIMD2<UInt64>
    ) {
        let low = Lanes(repeating: 0xFFFF_FFFF)
        let product0 = (state.0 & low) &* Lanes(repeating: 0xD251_1F53)
        let product1 = (state.2 & low) &* Lanes(repeating: 0xCD9E_8D57)
        state = (product1.swappingHalves() ^ state.1 ^ Lanes.broadcast(k0), product1,
                 product0.swappingHalves() ^ state.3 ^ Lanes.broadcast(k1), product0)
    }
}
