/// What `sbo frame` reports about a frame: station count, the spread of registered voters,
/// and the strata with their station counts.
public struct FrameSummary: Sendable, Equatable {
    /// Registered voters over the frame's stations.
    public struct VoterCounts: Sendable, Equatable {
        public let total: Int
        public let minimum: Int
        /// The median as R's `median` defines it: the mean of the two middle values for an
        /// even count.
        public let median: Double
        public let maximum: Int
    }

    /// One stratum: its name, its stations, and its registered voters when sizes are known.
    public struct StratumCount: Sendable, Equatable {
        public let name: String
        public let stations: Int
        public let registeredVoters: Int?
    }

    public let source: String
    public let stations: Int
    /// Nil when the frame has no size column.
    public let registeredVoters: VoterCounts?
    /// The column named by `--stratify-by`, if any.
    public let stratifiedBy: String?
    /// Strata in byte order of their names (one stratum `all` without `--stratify-by`).
    public let strata: [StratumCount]

    public init(frame: SamplingFrame, stratification: Stratification) {
        source = frame.source
        stations = frame.stationCount
        stratifiedBy = stratification.column
        if let sizes = frame.sizes {
            registeredVoters = VoterCounts(
                total: sizes.reduce(0, +), minimum: sizes.min() ?? 0, median: Self.median(of: sizes),
                maximum: sizes.max() ?? 0)
        } else {
            registeredVoters = nil
        }
        strata = zip(stratification.names, stratification.members).map { name, rows in
            StratumCount(
                name: name, stations: rows.count,
                registeredVoters: frame.sizes.map { sizes in rows.reduce(0) { $0 + sizes[$1] } })
        }
    }

    /// The median as R's `median` defines it (the mean of the two middle values for an even
    /// count; 0 for no values), by radix selection, without sorting or copying the values:
    /// ```
    /// upper = the value of rank ⌊n/2⌋ (0-based, ascending)
    /// lower = upper if fewer than ⌊n/2⌋ values lie below it, else the largest that does
    /// median = upper (n odd), (lower + upper) / 2 (n even)
    /// ```
    /// The value of a rank is found digit by digit from the most significant bit on which the
    /// values differ, 16 bits a pass: count the values that share the digits found so far by
    /// their next digit, and step into the digit where the rank falls (the selection
    /// counterpart of most-significant-digit radix sorting; D. E. Knuth, *The Art of Computer
    /// Programming*, vol. 3, §5.2.5). Sizes below 2³⁰ take two passes, any `Int` at most four;
    /// memory is one 65,536-entry histogram.
    static func median(of values: [Int]) -> Double {
        guard !values.isEmpty else { return 0 }
        let middle = values.count / 2
        let upper = value(ofRank: middle, in: values)
        guard values.count % 2 == 0 else { return Double(upper) }
        var below = 0, largestBelow = Int.min
        for value in values where value < upper {
            below += 1
            largestBelow = max(largestBelow, value)
        }
        return ((below < middle ? Double(upper) : Double(largestBelow)) + Double(upper)) / 2
    }

    /// The value at 0-based `rank` of `values` in ascending order (see ``median(of:)``).
    private static func value(ofRank rank: Int, in values: [Int]) -> Int {
        // Keys in the order of the values: the sign bit flipped.
        let key = { (value: Int) in UInt64(bitPattern: Int64(value)) ^ 1 << 63 }
        var lowest = UInt64.max, highest = UInt64.min
        for value in values {
            lowest = min(lowest, key(value))
            highest = max(highest, key(value))
        }
        // Bits at and above `shift + width` are the prefix found so far.
        var shift = UInt64.bitWidth - (lowest ^ highest).leadingZeroBitCount
        var prefix = shift == UInt64.bitWidth ? 0 : (lowest >> shift) << shift
        var remaining = rank
        var histogram = [Int](repeating: 0, count: 1 << 16)
        while shift > 0 {
            let width = min(16, shift)
            shift -= width
            for digit in 0..<(1 << width) { histogram[digit] = 0 }
            let mask = UInt64(1) << width - 1
            for value in values where key(value) >> (shift + width) == prefix >> (shift + width) {
                histogram[Int(truncatingIfNeeded: key(value) >> shift & mask)] += 1
            }
            var digit = 0
            while remaining >= histogram[digit] {
                remaining -= histogram[digit]
                digit += 1
            }
            prefix |= UInt64(digit) << shift
        }
        return Int(Int64(bitPattern: prefix ^ 1 << 63))
    }
}
