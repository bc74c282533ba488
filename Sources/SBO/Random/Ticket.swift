/// A consistent-sampling ticket: a number in [0, 1) drawn from a SHA-256 digest exactly as
/// R. L. Rivest's `consistent_sampler` draws it, so that anyone can recompute and check it.
///
/// ```swift
/// Ticket.sha256Uniform("abc").decimalString
/// // "0.56998071861792858926477341561059638840106636224182943832566300809078486324348"
/// ```
///
/// With x the digest read as a big-endian 256-bit integer and d_k its k-th decimal digit
/// counted from the least significant (k = 0, 1, ...), the ticket's text is `0.` followed by
/// the decimal digits of x, zero-padded to at least 64 digits, in reverse order, and its
/// value is
/// ```
/// u = Σ_k d_k · 10^−(k+1)
/// ```
/// (the padding only appends zeros after the point, so it does not change u). Rivest reverses
/// the digits because the leading digits of x are biased while its low-order digits are not.
///
/// Storage: since x < 2²⁵⁶ < 10⁷⁸, five 19-digit chunks hold every digit:
/// ```
/// chunk_i = Σ_{j=0}^{18} d_{19i+j} · 10^(18−j)     i = 0…4
/// u       = Σ_i chunk_i · 10^−19(i+1)
/// ```
/// that is, chunk_i is the zero-padded 19-digit decimal of ⌊x / 10^19i⌋ mod 10^19 read
/// backwards. Each chunk is below 10¹⁹ < 2⁶⁴, so comparing the chunk tuples
/// lexicographically compares the values u numerically, and equal tickets have equal digits.
///
/// Agrees with Rivest's `sha256_uniform` (the SPEC's reference values, and a naive big-integer
/// recomputation for many ids: see `TicketTests`).
///
/// Reference: R. L. Rivest, *consistent_sampler*, `sha256_uniform` in `consistent_sampler.py`,
/// <https://github.com/ron-rivest/consistent_sampler>; R. L. Rivest, "Consistent sampling with
/// replacement" (2018), [arXiv:1808.10016].
///
/// [arXiv:1808.10016]: https://arxiv.org/abs/1808.10016
public struct Ticket: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// The five reversed 19-digit chunks chunk_0…chunk_4 (chunk_0 the most significant after
    /// the point). The synthesised `==` and `hash(into:)` use them; equal chunks are equal digits.
    private let chunk0, chunk1, chunk2, chunk3, chunk4: UInt64

    /// The ticket `sha256_uniform(text)`: the SHA-256 digest of the UTF-8 text, as a number in
    /// [0, 1) (see the type's description).
    public static func sha256Uniform(_ text: String) -> Ticket {
        var hasher = SHA256()
        hasher.update(text)
        return Ticket(digestWords: hasher.finalizedWords())
    }

    /// The ticket of the digest whose big-endian words are H₀…H₇.
    ///
    /// Converts x to nine base-10⁹ groups by schoolbook division of its 32-bit limbs (each
    /// step divides a 64-bit number by the constant 10⁹, which compiles to a multiplication),
    /// then deals the 81 digits, least significant first, into the five reversed chunks.
    init(digestWords h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)) {
        var limbs = h
        var result: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &limbs) { limbBytes in
            withUnsafeMutableBytes(of: &result) { resultBytes in
                let limb = limbBytes.baseAddress!.assumingMemoryBound(to: UInt32.self)
                let chunk = resultBytes.baseAddress!.assumingMemoryBound(to: UInt64.self)
                var firstNonzero = 0
                var chunkIndex = 0
                var accumulator: UInt64 = 0
                var digitsInAccumulator = 0
                for _ in 0..<9 {
                    // group = x mod 10⁹; x = ⌊x / 10⁹⌋
                    var remainder: UInt64 = 0
                    var i = firstNonzero
                    while i < 8 {
                        let current = remainder << 32 | UInt64(limb[i])
                        limb[i] = UInt32(truncatingIfNeeded: current / 1_000_000_000)
                        remainder = current % 1_000_000_000
                        i += 1
                    }
                    while firstNonzero < 8 && limb[firstNonzero] == 0 { firstNonzero += 1 }
                    // The group's nine digits, least significant first, append to the chunks.
                    var group = remainder
                    for _ in 0..<9 {
                        accumulator = accumulator &* 10 &+ group % 10
                        group /= 10
                        digitsInAccumulator += 1
                        if digitsInAccumulator == 19 {
                            chunk[chunkIndex] = accumulator
                            chunkIndex += 1
                            accumulator = 0
                            digitsInAccumulator = 0
                        }
                    }
                }
                // 81 = 4 · 19 + 5 digits dealt: the last chunk holds 5, and 14 zeros follow.
                chunk[4] = accumulator &* 100_000_000_000_000
            }
        }
        (chunk0, chunk1, chunk2, chunk3, chunk4) = result
    }

    /// The first 19 decimal digits after the point, as an integer in [0, 10¹⁹): ⌊u · 10¹⁹⌋.
    /// For a uniformly random digest it is uniform on [0, 10¹⁹) up to a relative bias below
    /// 10⁻⁵⁸, so callers may draw exact integers from it.
    public var leadingDigits: UInt64 { chunk0 }

    /// Rivest's text of the ticket: `0.` and the reversed decimal digits of x, at least 64.
    public var decimalString: String {
        var digits = [UInt8](repeating: 0, count: 95)
        var highestNonzero = -1
        let chunkArray = [chunk0, chunk1, chunk2, chunk3, chunk4]
        for (i, chunk) in chunkArray.enumerated() {
            var rest = chunk
            for j in stride(from: 18, through: 0, by: -1) {
                let digit = UInt8(rest % 10)
                rest /= 10
                digits[19 * i + j] = digit
                if digit != 0 { highestNonzero = max(highestNonzero, 19 * i + j) }
            }
        }
        let length = max(64, highestNonzero + 1)
        var text: [UInt8] = Array("0.".utf8)
        text.reserveCapacity(2 + length)
        for digit in digits[0..<length] { text.append(UInt8(ascii: "0") + digit) }
        return String(decoding: text, as: UTF8.self)
    }

    public var description: String { decimalString }

    public static func < (lhs: Ticket, rhs: Ticket) -> Bool {
        (lhs.chunk0, lhs.chunk1, lhs.chunk2, lhs.chunk3, lhs.chunk4)
            < (rhs.chunk0, rhs.chunk1, rhs.chunk2, rhs.chunk3, rhs.chunk4)
    }
}
