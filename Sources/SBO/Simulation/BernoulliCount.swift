/// How many of m stations an irregularity is planted in, when each gets it independently with
/// probability t/2³², without drawing a 32-bit number per station: 64 stations at a time,
/// their uniform numbers compared with t bit by bit, most significant bit first.
///
/// Station i (one of 64 lanes) has u_i uniform on {0, …, 2³² − 1}; bit b of u_i is bit i of
/// the (31 − b)-th 64-bit word drawn for the block, so the u_i are independent and uniform.
/// With t_b the bits of t:
/// ```
/// undecided = all lanes,  below = none
/// for b = 31 … 0, while some lane is undecided and t has a 1 at bit b or below:
///     w = next word
///     t_b = 1:  below ∪= undecided ∖ w;   undecided ∩= w      (u_i has 0 where t has 1: u_i < t)
///     t_b = 0:  undecided ∖= w                               (u_i has 1 where t has 0: u_i > t)
/// count += |below|                        (a lane still undecided has u_i ≥ t: not below)
/// ```
/// so the count is exactly #{i : u_i < t}, the count of ``SimulationWorker``'s per-station
/// rule y_i = [u_i < t], and has the Binomial(m, t/2³²) distribution. Each word settles half
/// of the undecided lanes on average, so a block costs about log₂ 64 + 2 ≈ 8 words instead of
/// 32 — the reason for the method. t = 0 and t = 2³² (probability 0 and 1) draw nothing.
///
/// Checked in `BernoulliCountTests`: exact counts for a known first word, the binomial mean and
/// variance, the edge cases.
///
/// Reference: the bitwise comparison of a uniform with a binary fraction is the method of
/// D. E. Knuth and A. C. Yao, "The complexity of nonuniform random number generation", in
/// *Algorithms and Complexity* (J. F. Traub, ed.), Academic Press, 1976, 357–428, here run on
/// 64 lanes at once.
enum BernoulliCount {
    /// #{i < m : u_i < t} for m independent uniform 32-bit u_i.
    /// - Parameters:
    ///   - trials: m ≥ 0.
    ///   - threshold: t ∈ [0, 2³²].
    static func count(
        trials m: Int, threshold t: UInt64, using generator: inout some RandomNumberGenerator
    ) -> Int {
        precondition(m >= 0 && t <= 1 << 32, "m ≥ 0 and t ≤ 2³²")
        if t == 0 { return 0 }
        if t == 1 << 32 { return m }
        var total = 0
        var remaining = m
        while remaining > 0 {
            let lanes = min(64, remaining)
            var undecided: UInt64 = lanes == 64 ? ~0 : (1 << UInt64(lanes)) - 1
            var below: UInt64 = 0
            var bit: UInt64 = 31
            while undecided != 0 {
                let word = generator.next()
                if (t >> bit) & 1 == 1 {
                    below |= undecided & ~word
                    undecided &= word
                } else {
                    undecided &= ~word
                }
                // With only zeros left in t, an undecided lane can no longer fall below it.
                if t & ((1 << bit) - 1) == 0 { break }
                bit -= 1
            }
            total += below.nonzeroBitCount
            remaining -= lanes
        }
        return total
    }
}
