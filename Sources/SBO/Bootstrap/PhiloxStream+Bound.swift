extension PhiloxStream {
    /// The bound s of a group's draws with what the batched multiply-shift needs for it: e, the
    /// indices per 32-bit word, and the rejection threshold t = 2³² mod s^e.
    ///
    /// e is the largest of 1 … 4 with s^e ≤ 2³² and a rejection probability t/2³² of at most
    /// 1/32 (e = 1 is always taken): 4 for s = 105 (t/2³² = 0.0095), 2 for s = 1,000 (s³
    /// would reject 6.9 % of words), 1 for s = 100,000. A word x gives
    /// ```
    /// p₁ = x · s,  i_j = ⌊p_j / 2³²⌋,  p_{j+1} = (p_j mod 2³²) · s;  rejected when p_e mod 2³² < t
    /// ```
    /// (`PhiloxStream`), which for e = 1 is `multiplyShiftCandidate`.
    struct Bound: Sendable {
        /// s, the number of possible indices, 1 ≤ s < 2³².
        let bound: UInt32
        /// e, the indices per word.
        let digits: Int
        /// t = 2³² mod s^e.
        let threshold: UInt32

        init(_ bound: UInt32) {
            precondition(bound >= 1, "a draw needs at least one station")
            self.bound = bound
            var digits = 1, threshold = UInt32((1 << 32) % UInt64(bound))
            var power = UInt64(bound)
            for candidate in 2...4 {
                power *= UInt64(bound)
                guard power <= 1 << 32 else { break }
                let remainder = (1 << 32) % power
                if remainder <= 1 << 27 { (digits, threshold) = (candidate, UInt32(remainder)) }
            }
            self.digits = digits
            self.threshold = threshold
        }

        /// The e indices of word `x` (in the first e lanes), or `nil` when it is rejected.
        func digits(of x: UInt32) -> SIMD4<UInt32>? {
            var result = SIMD4<UInt32>(), product = UInt64(x)
            for digit in 0..<digits {
                product = (product & 0xFFFF_FFFF) &* UInt64(bound)
                result[digit] = UInt32(truncatingIfNeeded: product >> 32)
            }
            return UInt32(truncatingIfNeeded: product) < threshold ? nil : result
        }
    }
}
