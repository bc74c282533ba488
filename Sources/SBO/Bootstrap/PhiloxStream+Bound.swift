extension PhiloxStream {
    /// The bound s of a group's draws with what Lemire's method needs for it: the word width w
    /// and the rejection threshold t = 2^w mod s.
    ///
    /// Bounds up to 4,096 use 16-bit half words, which halves the generator's work per draw; a
    /// half word is rejected with probability t/2¹⁶ < s/2¹⁶ ≤ 1/16 (2.6e−4 for s = 105).
    /// Larger bounds use whole 32-bit words. Either way
    /// ```
    /// m = x · s;  reject when (m mod 2^w) < t;  index = ⌊m / 2^w⌋
    /// ```
    /// which is `multiplyShiftCandidate` with the threshold computed once per group.
    struct Bound: Sendable {
        /// s, the number of possible indices, 1 ≤ s < 2³².
        let bound: UInt32
        /// t = 2^w mod s.
        let threshold: UInt32
        /// Whether w = 16 (else 32).
        let usesHalfWords: Bool

        /// The largest bound drawn from half words.
        static let halfWordLimit: UInt32 = 4096

        init(_ bound: UInt32) {
            precondition(bound >= 1, "a draw needs at least one station")
            self.bound = bound
            usesHalfWords = bound <= Self.halfWordLimit
            threshold = usesHalfWords ? (1 << 16) % bound : (0 &- bound) % bound
        }
    }
}
