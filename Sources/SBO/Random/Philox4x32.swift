import CPhilox

/// The counter-based generator Philox4x32-10 of Salmon, Moraes, Dror and Shaw: the i-th block
/// of output is a keyed bijection of the counter i, so any block can be computed directly and
/// distinct streams are distinct counter ranges under one key.
///
/// ```swift
/// var generator = Philox4x32(seed: "dice: 3 6 1 4 4 2", stream: 7)   // replicate 7
/// let draw = boundedRandom(below: 10, using: &generator)
/// ```
///
/// One block maps a counter (c₀, c₁, c₂, c₃) and key (k₀, k₁) of 32-bit words through ten
/// rounds; with `hi`/`lo` the upper and lower 32 bits of a 64-bit product, one round is
/// ```
/// (c₀, c₁, c₂, c₃) ← (hi(M₁·c₂) ⊕ c₁ ⊕ k₀,  lo(M₁·c₂),  hi(M₀·c₀) ⊕ c₃ ⊕ k₁,  lo(M₀·c₀))
/// M₀ = 0xD2511F53,  M₁ = 0xCD9E8D57
/// ```
/// and between rounds the key is bumped by the Weyl constants
/// `(k₀, k₁) ← (k₀ + 0x9E3779B9, k₁ + 0xBB67AE85)` (mod 2³²).
///
/// As a `RandomNumberGenerator`, each block (x₀, x₁, x₂, x₃) gives two outputs,
/// `x₁·2³² + x₀` then `x₃·2³² + x₂`, after which the 128-bit counter
/// `c₀ + c₁·2³² + c₂·2⁶⁴ + c₃·2⁹⁶` increases by one.
///
/// Seed expansion (`init(seed:stream:)`): with D = SHA-256 of the UTF-8 text
/// `"sbo-philox:" + seed`, k₀ and k₁ are D's bytes 0–3 and 4–7 read big-endian, and the
/// counter starts at (0, 0, s mod 2³², ⌊s / 2³²⌋) for stream s. Stream s thus uses the counters
/// s·2⁶⁴ + b for block b < 2⁶⁴: streams never share a counter (before 2⁶⁵ outputs of one
/// stream), and since the block function is a bijection for a fixed key they never share a
/// block. Salmon et al. report that Philox4x32-10 passes TestU01's BigCrush.
///
/// Agrees with the Random123 known-answer vectors (`tests/kat_vectors`, lines 24–29, of
/// <https://github.com/DEShawResearch/random123> at commit 9545ff6) and its golden outputs with
/// an independent Python implementation (see `Philox4x32Tests`).
///
/// Reference: J. K. Salmon, M. A. Moraes, R. O. Dror, D. E. Shaw, "Parallel random numbers:
/// as easy as 1, 2, 3", SC '11, [doi:10.1145/2063384.2063405].
///
/// [doi:10.1145/2063384.2063405]: https://doi.org/10.1145/2063384.2063405
public struct Philox4x32: RandomNumberGenerator, Sendable {
    /// The key (k₀, k₁).
    private let key0, key1: UInt32
    /// The counter of the next block to compute, least significant word first.
    private var counter0, counter1, counter2, counter3: UInt32
    /// The second output of the last block, not yet returned.
    private var spare: UInt64 = 0
    /// Whether `spare` holds an output.
    private var hasSpare = false

    /// A generator with the given key whose first block is computed from `counter`.
    public init(key: (UInt32, UInt32), counter: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)) {
        (key0, key1) = key
        (counter0, counter1, counter2, counter3) = counter
    }

    /// The generator for stream `stream` under `seed` (see the type's description for the
    /// seed expansion). Distinct streams of one seed are independent.
    public init(seed: String, stream: UInt64 = 0) {
        let digest = SHA256.digest("sbo-philox:" + seed)
        func word(_ at: Int) -> UInt32 {
            UInt32(digest[at]) << 24 | UInt32(digest[at + 1]) << 16
                | UInt32(digest[at + 2]) << 8 | UInt32(digest[at + 3])
        }
        self.init(
            key: (word(0), word(4)),
            counter: (0, 0, UInt32(truncatingIfNeeded: stream), UInt32(truncatingIfNeeded: stream >> 32))
        )
    }

    /// The Philox4x32-10 block function: ten rounds applied to `counter` under `key`.
    public static func block(
        counter: (UInt32, UInt32, UInt32, UInt32), key: (UInt32, UInt32)
    ) -> (UInt32, UInt32, UInt32, UInt32) {
        block(counter: counter, key: key, rounds: 10)
    }

    /// The Philox4x32 block function with `rounds` rounds (Random123 also publishes vectors
    /// for 7 rounds, which check the key schedule).
    static func block(
        counter: (UInt32, UInt32, UInt32, UInt32), key: (UInt32, UInt32), rounds: Int
    ) -> (UInt32, UInt32, UInt32, UInt32) {
        var (c0, c1, c2, c3) = counter
        var (k0, k1) = key
        for round in 0..<rounds {
            if round > 0 {
                k0 &+= 0x9E37_79B9
                k1 &+= 0xBB67_AE85
            }
            let product0 = UInt64(0xD251_1F53 as UInt32) &* UInt64(c0)
            let product1 = UInt64(0xCD9E_8D57 as UInt32) &* UInt64(c2)
            (c0, c1, c2, c3) = (
                UInt32(truncatingIfNeeded: product1 >> 32) ^ c1 ^ k0,
                UInt32(truncatingIfNeeded: product1),
                UInt32(truncatingIfNeeded: product0 >> 32) ^ c3 ^ k1,
                UInt32(truncatingIfNeeded: product0)
            )
        }
        return (c0, c1, c2, c3)
    }

    public mutating func next() -> UInt64 {
        if hasSpare {
            hasSpare = false
            return spare
        }
        let (x0, x1, x2, x3) = Self.block(
            counter: (counter0, counter1, counter2, counter3), key: (key0, key1), rounds: 10)
        // 128-bit increment with carries.
        counter0 &+= 1
        if counter0 == 0 {
            counter1 &+= 1
            if counter1 == 0 {
                counter2 &+= 1
                if counter2 == 0 { counter3 &+= 1 }
            }
        }
        spare = UInt64(x3) << 32 | UInt64(x2)
        hasSpare = true
        return UInt64(x1) << 32 | UInt64(x0)
    }

    /// Writes the next `outputs.count` outputs of ``next()`` to `outputs`: eight blocks at a
    /// time computed in vector lanes (CPhilox, AVX2 where the CPU has it), the rest — a spare
    /// output first, a last partial run, counters about to carry into c₂ — one by one.
    /// `PhiloxBufferTests` compares the two.
    mutating func fill(_ outputs: UnsafeMutableBufferPointer<UInt64>) {
        var index = 0
        if hasSpare, !outputs.isEmpty {
            outputs[0] = spare
            hasSpare = false
            index = 1
        }
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 32) { words in
            while outputs.count - index >= 16 {
                let first = UInt64(counter1) << 32 | UInt64(counter0)
                guard first <= UInt64.max - 8 else { break }
                // words[8w + l] = x_w of block first + l.
                sbo_philox_blocks_variant(Self.laneVariant, words.baseAddress, 8, first, counter2, counter3, key0, key1)
                for block in 0..<8 {
                    outputs[index + 2 * block] = UInt64(words[8 + block]) << 32 | UInt64(words[block])
                    outputs[index + 2 * block + 1] = UInt64(words[24 + block]) << 32 | UInt64(words[16 + block])
                }
                counter0 = UInt32(truncatingIfNeeded: first + 8)
                counter1 = UInt32(truncatingIfNeeded: (first + 8) >> 32)
                index += 16
            }
        }
        while index < outputs.count {
            outputs[index] = next()
            index += 1
        }
    }

    /// CPhilox's variant for this CPU: 1 (AVX2) or 0 (portable).
    private static let laneVariant: Int32 = sbo_philox_avx2_available() == 1 ? 1 : 0
}
