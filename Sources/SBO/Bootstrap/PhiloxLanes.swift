/// Philox4x32-10 computed for several counters at once, one counter per 64-bit SIMD lane: the
/// block function of `Philox4x32`, vectorised.
///
/// Word w of lane l sits in the low 32 bits of lane l of the w-th vector; the high 32 bits are
/// arbitrary. One round on every lane is
/// ```
/// (c₀, c₁, c₂, c₃) ← (hi(M₁ c₂) ⊕ c₁ ⊕ k₀, lo(M₁ c₂), hi(M₀ c₀) ⊕ c₃ ⊕ k₁, lo(M₀ c₀))
/// ```
/// with M₀ = 0xD2511F53, M₁ = 0xCD9E8D57 and the key bumped by (0x9E3779B9, 0xBB67AE85) after
/// each round (Salmon et al., §4.1). Only the low 32 bits of c₀ and c₂ enter a product (a
/// 32 × 32 → 64-bit lane multiply), and hi(p) is taken by swapping the two halves of each
/// 64-bit lane (one shuffle, which leaves lo(p) as the "arbitrary" high half), so garbage
/// above bit 31 never reaches the low 32 bits of any word.
///
/// Reference: J. K. Salmon, M. A. Moraes, R. O. Dror, D. E. Shaw, "Parallel random numbers:
/// as easy as 1, 2, 3", SC '11, [doi:10.1145/2063384.2063405].
///
/// [doi:10.1145/2063384.2063405]: https://doi.org/10.1145/2063384.2063405
protocol PhiloxLanes: SIMD where Scalar == UInt64 {
    /// The lanes seen as 32-bit halves, low half first.
    associatedtype Halves: EvenAndOddHalves
    /// The 32-bit words of the lanes (their low halves).
    associatedtype Words: SIMD where Words.Scalar == UInt32
    /// A round key, held in both lanes of `key`, in every lane.
    static func broadcast(_ key: SIMD2<UInt64>) -> Self
    /// The low 32 bits of every lane.
    var words: Words { get }
}

extension PhiloxLanes {
    /// Each lane with its two 32-bit halves exchanged (`pshufd`).
    @inline(__always)
    func swappingHalves() -> Self {
        let halves = unsafeBitCast(self, to: Halves.self)
        var swapped = Halves()
        swapped.evenHalf = halves.oddHalf
        swapped.oddHalf = halves.evenHalf
        return unsafeBitCast(swapped, to: Self.self)
    }
}

/// A vector of 32-bit lanes with the standard library's even and odd halves.
protocol EvenAndOddHalves: SIMD where Scalar == UInt32 {
    associatedtype Half: SIMD where Half.Scalar == UInt32
    var evenHalf: Half { get set }
    var oddHalf: Half { get set }
}

extension SIMD4: EvenAndOddHalves where Scalar == UInt32 {}
extension SIMD8: EvenAndOddHalves where Scalar == UInt32 {}

extension SIMD2: PhiloxLanes where Scalar == UInt64 {
    typealias Halves = SIMD4<UInt32>
    typealias Words = SIMD2<UInt32>

    @inline(__always)
    static func broadcast(_ key: SIMD2<UInt64>) -> Self { key }

    @inline(__always)
    var words: SIMD2<UInt32> { SIMD2<UInt32>(truncatingIfNeeded: self) }
}

extension SIMD4: PhiloxLanes where Scalar == UInt64 {
    typealias Halves = SIMD8<UInt32>
    typealias Words = SIMD4<UInt32>

    @inline(__always)
    static func broadcast(_ key: SIMD2<UInt64>) -> Self { SIMD4(lowHalf: key, highHalf: key) }

    @inline(__always)
    var words: SIMD4<UInt32> { SIMD4<UInt32>(truncatingIfNeeded: self) }
}
