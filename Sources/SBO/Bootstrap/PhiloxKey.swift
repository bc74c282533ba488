/// The key of the lane generator (`PhiloxStream`): (k₀, k₁), whose round keys the block
/// function (the C target CPhilox) derives.
///
/// Reference: J. K. Salmon, M. A. Moraes, R. O. Dror, D. E. Shaw, "Parallel random numbers:
/// as easy as 1, 2, 3", SC '11, [doi:10.1145/2063384.2063405].
///
/// [doi:10.1145/2063384.2063405]: https://doi.org/10.1145/2063384.2063405
struct PhiloxKey: Sendable {
    /// (k₀, k₁), as `Philox4x32` takes it.
    let key: (UInt32, UInt32)

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
    }
}
