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
    /// With the 32-bit limbs ℓ_j = H₇₋ⱼ (so x = Σ_j ℓ_j 2^32j) and P_{j,g} the g-th base-10⁸
    /// digit of 2^32j, the base-10⁸ digits G_g of x (least significant first) are
    /// ```
    /// S_g = Σ_{j=0}^{7} ℓ_j · P_{j,g}        (each S_g < 8 · 2³² · 10⁸ < 2⁶⁴)
    /// G_g = (S_g + c_g) mod 10⁸,   c_{g+1} = ⌊(S_g + c_g) / 10⁸⌋,   c_0 = 0
    /// ```
    /// for g = 0…9 (x < 10⁸⁰): independent multiply-adds, then one carry chain whose divisions
    /// by the constant 10⁸ compile to multiplications. With R_g the eight digits of G_g
    /// reversed (so R_g's digits read d_{8g} … d_{8g+7}), the chunks cut the digit string
    /// R_0 R_1 … R_9 into pieces of 19 (see `chunks(reversedGroups:)`).
    init(digestWords h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)) {
        let (l0, l1, l2, l3) = (UInt64(h.7), UInt64(h.6), UInt64(h.5), UInt64(h.4))
        let (l4, l5, l6, l7) = (UInt64(h.3), UInt64(h.2), UInt64(h.1), UInt64(h.0))
        var reversed: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        Self.powersOfTwo32InBase1e8.withUnsafeBufferPointer { p in
            Self.reversedFourDigits.withUnsafeBufferPointer { reverse4 in
                withUnsafeMutableBytes(of: &reversed) { raw in
                    let r = raw.baseAddress!.assumingMemoryBound(to: UInt64.self)
                    var carry: UInt64 = 0
                    for g in 0..<10 {
                        let low: UInt64 = l0 &* p[g] &+ l1 &* p[10 + g] &+ l2 &* p[20 + g] &+ l3 &* p[30 + g]
                        let high: UInt64 = l4 &* p[40 + g] &+ l5 &* p[50 + g] &+ l6 &* p[60 + g] &+ l7 &* p[70 + g]
                        let sum = low &+ high &+ carry
                        let group = sum % 100_000_000
                        carry = sum / 100_000_000
                        // G = a·10⁴ + b: the reversed eight digits are rev(b)·10⁴ + rev(a).
                        r[g] = UInt64(reverse4[Int(group % 10_000)]) &* 10_000
                            &+ UInt64(reverse4[Int(group / 10_000)])
                    }
                }
            }
        }
        (chunk0, chunk1, chunk2, chunk3, chunk4) = Self.chunks(reversedGroups: reversed)
    }

    /// ``leadingDigits`` of the ticket of the digest whose big-endian words are H₀…H₇, from
    /// the three least significant base-10⁸ groups G₀, G₁, G₂ alone (chunk_0 reads only
    /// R_0, R_1 and R_2; see `init(digestWords:)`), a third of the work of the whole ticket.
    static func leadingDigits(digestWords h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)) -> UInt64 {
        let limbs: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (
            UInt64(h.7), UInt64(h.6), UInt64(h.5), UInt64(h.4), UInt64(h.3), UInt64(h.2), UInt64(h.1), UInt64(h.0))
        return powersOfTwo32InBase1e8.withUnsafeBufferPointer { p in
            reversedFourDigits.withUnsafeBufferPointer { reverse4 in
                withUnsafeBytes(of: limbs) { raw in
                    let l = raw.baseAddress!.assumingMemoryBound(to: UInt64.self)
                    var carry: UInt64 = 0
                    var reversed: (UInt64, UInt64, UInt64) = (0, 0, 0)
                    for g in 0..<3 {
                        var sum = carry
                        for j in 0..<8 { sum &+= l[j] &* p[10 * j + g] }
                        let group = sum % 100_000_000
                        carry = sum / 100_000_000
                        let r = UInt64(reverse4[Int(group % 10_000)]) &* 10_000 &+ UInt64(reverse4[Int(group / 10_000)])
                        switch g {
                        case 0: reversed.0 = r
                        case 1: reversed.1 = r
                        default: reversed.2 = r
                        }
                    }
                    return reversed.0 * 100_000_000_000 + reversed.1 * 1_000 + reversed.2 / 100_000
                }
            }
        }
    }

    /// Cuts the 80-digit string R_0 R_1 … R_9 (eight digits each; digit k of the string is
    /// d_k) into the five 19-digit chunks, the last padded with 15 zeros (d_80…d_94 = 0):
    /// ```
    /// chunk_0 = d_0…d_18  = R_0·10¹¹ + R_1·10³ + ⌊R_2/10⁵⌋
    /// chunk_1 = d_19…d_37 = (R_2 mod 10⁵)·10¹⁴ + R_3·10⁶ + ⌊R_4/10²⌋
    /// chunk_2 = d_38…d_56 = (R_4 mod 10²)·10¹⁷ + R_5·10⁹ + R_6·10 + ⌊R_7/10⁷⌋
    /// chunk_3 = d_57…d_75 = (R_7 mod 10⁷)·10¹² + R_8·10⁴ + ⌊R_9/10⁴⌋
    /// chunk_4 = d_76…d_94 = (R_9 mod 10⁴)·10¹⁵
    /// ```
    private static func chunks(
        reversedGroups r: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    ) -> (UInt64, UInt64, UInt64, UInt64, UInt64) {
        (
            r.0 * 100_000_000_000 + r.1 * 1_000 + r.2 / 100_000,
            r.2 % 100_000 * 100_000_000_000_000 + r.3 * 1_000_000 + r.4 / 100,
            r.4 % 100 * 100_000_000_000_000_000 + r.5 * 1_000_000_000 + r.6 * 10 + r.7 / 10_000_000,
            r.7 % 10_000_000 * 1_000_000_000_000 + r.8 * 10_000 + r.9 / 10_000,
            r.9 % 10_000 * 1_000_000_000_000_000
        )
    }

    /// P_{j,g} at index 10 j + g: the base-10⁸ digits of 2^32j, j = 0…7, g = 0…9 (least
    /// significant first), computed by repeated multiplication by 2³².
    private static let powersOfTwo32InBase1e8: [UInt64] = {
        var table: [UInt64] = []
        var power: [UInt64] = [1] + Array(repeating: 0, count: 9)
        for _ in 0..<8 {
            table += power
            var carry: UInt64 = 0
            for g in 0..<10 {
                let value = power[g] << 32 + carry
                power[g] = value % 100_000_000
                carry = value / 100_000_000
            }
        }
        return table
    }()

    /// The decimal digits of n, zero-padded to four, reversed, for n = 0…9999
    /// (e.g. 1230 → 321, 7 → 7000).
    private static let reversedFourDigits: [UInt16] = (0..<10_000).map { (n: Int) -> UInt16 in
        let (d0, d1, d2, d3) = (n % 10, n / 10 % 10, n / 100 % 10, n / 1000)
        return UInt16(d0 * 1000 + d1 * 100 + d2 * 10 + d3)
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
